import { Command } from 'commander';
import { openPipelineQueues } from '../queue/pipeline-queues.ts';
import { connectRedis } from '../queue/redis-connection.ts';
import { retryFailedJobs } from '../queue/retry-failed.ts';
import type { CliContext } from './cli-context.ts';
import { redisAnswers } from './redis-required.ts';
import { configFrom, dataOption } from './store-options.ts';

export function retryCommand(context: CliContext): Command {
  return new Command('retry')
    .description('Re-queue every failed job (after fixing what made it fail), listing each with its error.')
    .addOption(dataOption())
    .action(async (options: { data?: string }) => {
      const config = configFrom(options);
      if (!(await redisAnswers(config.redisUrl, context))) return;
      const redis = connectRedis(config.redisUrl, 'worker');
      const queues = openPipelineQueues(redis, config.queuePrefix);
      try {
        const retried = await retryFailedJobs(queues);
        for (const job of retried) context.out(`retrying ${job.queue} ${job.id}: ${job.reason}\n`);
        context.out(`${retried.length} failed job(s) re-queued\n`);
      } finally {
        await queues.close();
        redis.disconnect();
      }
    });
}
