import { Command, Option } from 'commander';
import { startPipelineWorkers } from '../queue/pipeline-workers.ts';
import { connectRedis } from '../queue/redis-connection.ts';
import type { CliContext } from './cli-context.ts';
import { redisAnswers } from './redis-required.ts';
import { untilSignal } from './shutdown.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

const ROLES = ['ingest', 'extract', 'persist'] as const;

export function workerCommand(context: CliContext): Command {
  return new Command('worker')
    .description('Run pipeline workers alone, e.g. more extract workers on other machines against the same Redis.')
    .addOption(new Option('--role <roles...>', 'which stages to work on').choices(ROLES).default(['ingest', 'extract']))
    .option('--concurrency <n>', 'extract jobs at once in this process', '1')
    .addOption(dataOption())
    .action(async (options: { role: (typeof ROLES)[number][]; concurrency: string; data?: string }) => {
      const config = configFrom(options);
      if (!(await redisAnswers(config.redisUrl, context))) return;
      const store = options.role.includes('persist') ? openConfiguredStore(config) : undefined;
      const redis = connectRedis(config.redisUrl, 'worker');
      const workers = startPipelineWorkers({ redis, prefix: config.queuePrefix, roles: options.role, ...(store ? { store } : {}), extractConcurrency: Number(options.concurrency), lockDurationMs: config.lockMs });
      context.out(`factline worker: ${options.role.join(', ')} on ${config.redisUrl} (prefix ${config.queuePrefix}); Ctrl-C to stop\n`);
      const signal = await untilSignal();
      context.out(`factline worker: ${signal}: finishing jobs in hand\n`);
      await workers.close();
      redis.disconnect();
      store?.$client.close();
    });
}
