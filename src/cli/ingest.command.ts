import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openPipelineQueues, enqueueFile } from '../queue/pipeline-queues.ts';
import { connectRedis } from '../queue/redis-connection.ts';
import type { CliContext } from './cli-context.ts';
import { redisAnswers } from './redis-required.ts';
import { expandInputs } from './input-files.ts';
import { configFrom, dataOption } from './store-options.ts';

export function ingestCommand(context: CliContext): Command {
  return new Command('ingest')
    .description('Queue files or folders for the pipeline (needs Redis; `factline serve` or `factline worker` processes them).')
    .argument('<paths...>', 'files or folders')
    .addOption(dataOption())
    .action(async (paths: string[], options: { data?: string }) => {
      const config = configFrom(options);
      if (!(await redisAnswers(config.redisUrl, context))) return;
      const redis = connectRedis(config.redisUrl, 'worker');
      const queues = openPipelineQueues(redis, config.queuePrefix);
      try {
        for (const file of await expandInputs(paths)) {
          try {
            const { sha256 } = await enqueueFile(queues, { name: basename(file), bytes: await readFile(file) });
            context.out(`queued ${file} (${sha256.slice(0, 12)})\n`);
          } catch (error) {
            context.exitStatus = 1;
            context.err(`factline: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
          }
        }
      } finally {
        await queues.close();
        redis.disconnect();
      }
    });
}
