import { Command, Option } from 'commander';
import { megabytes } from '../documents/file-size-limit.ts';
import { logger } from '../logging/logger.ts';
import { acquirePersistLock, type PersistLock, PersistLockRefused } from '../queue/persist-lock.ts';
import { startPipelineWorkers } from '../queue/pipeline-workers.ts';
import { connectRedis } from '../queue/redis-connection.ts';
import { storeIdentity } from '../store/store-identity.repository.ts';
import type { CliContext } from './cli-context.ts';
import { redisAnswers } from './redis-required.ts';
import { stopWithin, untilSignal } from './shutdown.ts';
import { configFrom, dataOption, openConfiguredStore, storeFile } from './store-options.ts';

const ROLES = ['ingest', 'extract', 'persist'] as const;

export function workerCommand(context: CliContext): Command {
  return new Command('worker')
    .description('Run pipeline workers alone, e.g. more extract workers on other machines against the same Redis. Only one process per queue may hold the persist role.')
    .addOption(new Option('--role <roles...>', 'which stages to work on').choices(ROLES).default(['ingest', 'extract']))
    .option('--concurrency <n>', 'extract jobs at once in this process', '1')
    .addOption(dataOption())
    .action(async (options: { role: (typeof ROLES)[number][]; concurrency: string; data?: string }) => {
      const config = configFrom(options);
      if (!(await redisAnswers(config.redisUrl, context))) return;
      const redis = connectRedis(config.redisUrl, 'worker');
      let roles = options.role;
      let lock: PersistLock | undefined;
      const store = roles.includes('persist') ? openConfiguredStore(config) : undefined;
      let lostLock: (reason: string) => void = () => undefined;
      const lockLost = new Promise<string>((resolve) => (lostLock = resolve));
      if (store) {
        try {
          lock = await acquirePersistLock({ redis, prefix: config.queuePrefix, storeId: storeIdentity(store), store: storeFile(config), onLost: () => lostLock('the persist lock was taken by another process') });
        } catch (error) {
          if (!(error instanceof PersistLockRefused)) throw error;
          context.err(`factline worker: persist role refused: ${error.message}\n`);
          context.exitStatus = 1;
          roles = roles.filter((role) => role !== 'persist');
          if (roles.length === 0) {
            redis.disconnect();
            store.$client.close();
            return;
          }
        }
      }
      const workers = startPipelineWorkers({
        redis, prefix: config.queuePrefix, roles, ...(lock && store ? { store, storeFile: storeFile(config) } : {}), extractConcurrency: Number(options.concurrency),
        lockDurationMs: config.lockMs, maxBytes: megabytes(config.maxFileMb), budget: { timeoutMs: config.extractTimeoutMs, memoryMb: config.extractMemoryMb },
      });
      context.out(`factline worker: ${roles.join(', ')} on ${config.redisUrl} (prefix ${config.queuePrefix}); Ctrl-C to stop\n`);
      const reason = await Promise.race([untilSignal(), lockLost]);
      if (!reason.startsWith('SIG')) {
        logger.error({ reason }, 'persist lock lost: stopping');
        context.exitStatus = 1;
      }
      context.out(`factline worker: ${reason}: finishing jobs in hand (up to ${config.shutdownGraceMs / 1000} s)\n`);
      await stopWithin(config.shutdownGraceMs + 10000, async () => {
        await workers.close({ graceMs: config.shutdownGraceMs });
        await lock?.release();
        redis.disconnect();
        store?.$client.close();
      });
    });
}
