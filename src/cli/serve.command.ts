import { Command } from 'commander';
import { join } from 'node:path';
import { runNightly } from '../../pipelines/nightly.pipeline.ts';
import { megabytes } from '../documents/file-size-limit.ts';
import { createBatchRuns } from '../inbox/batch-run.ts';
import { inboxFolders } from '../inbox/inbox-folders.ts';
import { watchInbox } from '../inbox/inbox-watcher.ts';
import { logger } from '../logging/logger.ts';
import { scheduleNightly } from '../queue/nightly-schedule.ts';
import { acquirePersistLock, PersistLockRefused } from '../queue/persist-lock.ts';
import { openPipelineQueues } from '../queue/pipeline-queues.ts';
import { createStageThreads } from '../queue/stage-threads.ts';
import { STAGE_TASKS } from '../queue/stage-tasks.ts';
import type { Fact } from '../extract/fact.types.ts';
import { startPipelineWorkers } from '../queue/pipeline-workers.ts';
import { checkRedis, connectRedis } from '../queue/redis-connection.ts';
import { closeInterruptedRuns } from '../store/runs.repository.ts';
import { storeIdentity } from '../store/store-identity.repository.ts';
import { startWebServer } from '../web/start-web-server.ts';
import { loadWebSecret } from '../web/web-secret.ts';
import type { CliContext } from './cli-context.ts';
import { stopWithin, untilSignal } from './shutdown.ts';
import { configFrom, dataOption, openConfiguredStore, storeFile } from './store-options.ts';

export function serveCommand(context: CliContext): Command {
  return new Command('serve')
    .description('Serve the review pages; with Redis, also watch the inbox folder and run the pipeline workers. Processed files go to archive/, failed ones to failed/ with the reason.')
    .option('--inbox <dir>', 'folder to watch (default DATA/inbox)')
    .option('--port <n>', 'HTTP port for the web pages (default 8080)')
    .addOption(dataOption())
    .action(async (options: { inbox?: string; port?: string; data?: string }) => {
      const config = configFrom(options);
      const log = logger.child({ component: 'serve' });
      const check = await checkRedis(config.redisUrl);
      const store = openConfiguredStore(config);
      const secret = loadWebSecret(config.dataDir);
      if (!check.ok) {
        // Reviewing and exporting need only the store: serve them, and say what is missing.
        context.err(`factline serve: ${check.error}; serving the review pages only: the inbox, the workers and the queue dashboard need Redis\n`);
        const server = await startWebServer({ store, secret, port: config.port, maxRequestKb: config.maxRequestKb, trustedProxies: config.trustedProxies, redisUrl: config.redisUrl });
        context.out(`factline serve: pages at ${server.address} (review pages only, no Redis), data in ${config.dataDir}; Ctrl-C to stop\n`);
        await untilSignal();
        await server.close();
        store.$client.close();
        return;
      }
      for (const warning of check.warnings) context.err(`factline serve: warning: ${warning}\n`);
      const redis = connectRedis(config.redisUrl, 'worker');
      const queues = openPipelineQueues(redis, config.queuePrefix);
      let lostLock: (reason: string) => void = () => undefined;
      const lockLost = new Promise<string>((resolve) => (lostLock = resolve));
      let nightly: Awaited<ReturnType<typeof scheduleNightly>> | undefined;
      const nightlyThreads = createStageThreads({ module: STAGE_TASKS, size: 1, timeoutMs: config.extractTimeoutMs, memoryMb: config.extractMemoryMb });
      const schedule = async () => {
        nightly = await scheduleNightly({
          redis, prefix: config.queuePrefix, pattern: config.nightlyCron, timezone: config.timezone,
          run: async () => {
            const report = await runNightly({
              store, reportsDir: join(config.dataDir, 'reports'), sweepInbox: () => watcher!.sweep(),
              extract: async (document) => (await nightlyThreads.run<{ facts: Fact[] }>('extract', document, `${document.source} #${document.position}`)).facts,
            });
            log.info({ run: report.runId, counts: report.counts, report: report.reportPath }, 'nightly run finished');
            return report.counts;
          },
        });
      };
      const lock = await acquirePersistLock({
        redis, prefix: config.queuePrefix, storeId: storeIdentity(store), store: storeFile(config),
        onRewritten: () => {
          log.warn('Redis had lost the persist lock and the nightly schedule (restarted empty?): both written again');
          void nightly?.reschedule().catch((error: Error) => log.error({ reason: error.message }, 'cannot register the nightly run again'));
        },
        onLost: (holder) => lostLock(holder ? `process ${holder.pid} on ${holder.host} (${holder.store}) took the persist lock` : 'the persist lock was taken'),
      }).catch((error: unknown) => {
        if (error instanceof PersistLockRefused) return error;
        throw error;
      });

      let watcher: Awaited<ReturnType<typeof watchInbox>> | undefined;
      let workers: ReturnType<typeof startPipelineWorkers> | undefined;
      if (lock instanceof PersistLockRefused) {
        // Another process writes this queue's store: this one would split the documents between two files.
        context.err(`factline serve: ${lock.message}; serving the web pages only (no inbox, no workers, no nightly run)\n`);
        log.error({ holder: lock.holder }, 'persist role refused: another process holds the persist lock');
      } else {
        const interrupted = closeInterruptedRuns(store);
        if (interrupted > 0) log.warn({ runs: interrupted }, 'runs left open by a stopped process closed as interrupted');
        const maxBytes = megabytes(config.maxFileMb);
        workers = startPipelineWorkers({
          redis, prefix: config.queuePrefix, store, storeFile: storeFile(config), roles: ['ingest', 'extract', 'persist'], extractConcurrency: config.extractConcurrency,
          lockDurationMs: config.lockMs, maxBytes, budget: { timeoutMs: config.extractTimeoutMs, memoryMb: config.extractMemoryMb },
        });
        const folders = inboxFolders(config.inbox);
        watcher = await watchInbox({ folders, queues, redis, store, maxBytes, stableMs: config.fileStableMs, batches: createBatchRuns(store) });
        await schedule();
        context.out(`factline serve: watching ${folders.inbox} (archive/, failed/ beside it), data in ${config.dataDir}, Redis ${config.redisUrl}, nightly run "${config.nightlyCron}" ${config.timezone}\n`);
      }
      const server = await startWebServer({ store, secret, port: config.port, queues, maxRequestKb: config.maxRequestKb, trustedProxies: config.trustedProxies });
      context.out(`factline serve: pages at ${server.address} (queue dashboard at ${server.address}/admin/queues for operators); Ctrl-C to stop\n`);

      const reason = await Promise.race([untilSignal(), lockLost]);
      context.out(`factline serve: ${reason}: stopping; jobs in hand get ${config.shutdownGraceMs / 1000} s to finish\n`);
      if (!reason.startsWith('SIG')) {
        log.error({ reason }, 'persist lock lost: stopping so that only one process writes the store');
        context.exitStatus = 1;
      }
      await stopWithin(config.shutdownGraceMs + 10000, async () => {
        await server.close();
        await watcher?.close();
        // A nightly run in hand gets the same grace as the pipeline's jobs; then its extraction is stopped.
        const graceOver = setTimeout(() => void nightlyThreads.close(), config.shutdownGraceMs);
        graceOver.unref();
        await Promise.all([nightly?.close(), workers?.close({ graceMs: config.shutdownGraceMs })]);
        clearTimeout(graceOver);
        await nightlyThreads.close();
        await queues.close();
        if (!(lock instanceof PersistLockRefused)) await lock.release();
        redis.disconnect();
        store.$client.close();
      });
    });
}
