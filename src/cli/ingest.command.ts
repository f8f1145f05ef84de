import { Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileTooLarge, megabytes } from '../documents/file-size-limit.ts';
import { logger } from '../logging/logger.ts';
import { openPipelineQueues, enqueueFile } from '../queue/pipeline-queues.ts';
import { readPersistLock } from '../queue/persist-lock.ts';
import { connectRedis } from '../queue/redis-connection.ts';
import type { CliContext } from './cli-context.ts';
import { redisAnswers } from './redis-required.ts';
import { expandInputs } from './input-files.ts';
import { configFrom, dataOption } from './store-options.ts';

export function ingestCommand(context: CliContext): Command {
  return new Command('ingest')
    .description('Queue files or folders for the pipeline (needs Redis; `factline serve` or `factline worker --role persist` stores them). Files over the size limit are refused here.')
    .argument('<paths...>', 'files or folders')
    .addOption(dataOption())
    .action(async (paths: string[], options: { data?: string }) => {
      const config = configFrom(options);
      if (!(await redisAnswers(config.redisUrl, context))) return;
      const redis = connectRedis(config.redisUrl, 'worker');
      const queues = openPipelineQueues(redis, config.queuePrefix);
      const maxBytes = megabytes(config.maxFileMb);
      const log = logger.child({ component: 'ingest' });
      try {
        for (const file of await expandInputs(paths)) {
          try {
            // Refused before it is read into memory or sent to Redis.
            const size = (await stat(file)).size;
            if (size > maxBytes) throw fileTooLarge(file, size, maxBytes);
            const { sha256 } = await enqueueFile(queues, { name: basename(file), bytes: await readFile(file) });
            log.info({ file, sha256 }, 'file queued');
            context.out(`queued ${file} (${sha256.slice(0, 12)})\n`);
          } catch (error) {
            context.exitStatus = 1;
            const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((error as { reason?: string }).reason ?? (error as Error).message);
            log.warn({ file, reason }, 'file refused');
            context.err(`factline: ${file}: ${reason}\n`);
          }
        }
        if (!(await readPersistLock(redis, config.queuePrefix))) {
          context.err(`factline ingest: no process holds the persist role for queue prefix "${config.queuePrefix}" now: the files wait in the queue until \`factline serve\` or \`factline worker --role persist\` runs\n`);
        }
      } finally {
        await queues.close();
        redis.disconnect();
      }
    });
}
