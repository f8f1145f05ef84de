import { Command } from 'commander';
import { join } from 'node:path';
import { runNightly } from '../../pipelines/nightly.pipeline.ts';
import { scheduleNightly } from '../queue/nightly-schedule.ts';
import { createBatchRuns } from '../inbox/batch-run.ts';
import { inboxFolders } from '../inbox/inbox-folders.ts';
import { watchInbox } from '../inbox/inbox-watcher.ts';
import { openPipelineQueues } from '../queue/pipeline-queues.ts';
import { startPipelineWorkers } from '../queue/pipeline-workers.ts';
import { connectRedis } from '../queue/redis-connection.ts';
import type { CliContext } from './cli-context.ts';
import { checkRedis } from '../queue/redis-connection.ts';
import { startWebServer } from '../web/start-web-server.ts';
import { loadWebSecret } from '../web/web-secret.ts';
import { untilSignal } from './shutdown.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

export function serveCommand(context: CliContext): Command {
  return new Command('serve')
    .description('Serve the review pages; with Redis, also watch the inbox folder and run the pipeline workers. Processed files go to archive/, failed ones to failed/ with the reason.')
    .option('--inbox <dir>', 'folder to watch (default DATA/inbox)')
    .option('--port <n>', 'HTTP port for the web pages (default 8080)')
    .addOption(dataOption())
    .action(async (options: { inbox?: string; port?: string; data?: string }) => {
      const config = configFrom(options);
      const check = await checkRedis(config.redisUrl);
      const store = openConfiguredStore(config);
      const secret = loadWebSecret(config.dataDir);
      if (!check.ok) {
        // Reviewing and exporting need only the store: serve them, and say what is missing.
        context.err(`factline serve: ${check.error}; serving the review pages only: the inbox, the workers and the queue dashboard need Redis\n`);
        const server = await startWebServer({ store, secret, port: config.port });
        context.out(`factline serve: pages at ${server.address} (review pages only, no Redis), data in ${config.dataDir}; Ctrl-C to stop\n`);
        await untilSignal();
        await server.close();
        store.$client.close();
        return;
      }
      for (const warning of check.warnings) context.err(`factline serve: warning: ${warning}\n`);
      const redis = connectRedis(config.redisUrl, 'worker');
      const queues = openPipelineQueues(redis, config.queuePrefix);
      const workers = startPipelineWorkers({ redis, prefix: config.queuePrefix, store, roles: ['ingest', 'extract', 'persist'], extractConcurrency: config.extractConcurrency, lockDurationMs: config.lockMs });
      const folders = inboxFolders(config.inbox);
      const watcher = await watchInbox({ folders, queues, redis, batches: createBatchRuns(store), onError: (message) => context.err(`factline serve: ${message}\n`) });
      const nightly = await scheduleNightly({
        redis, prefix: config.queuePrefix, pattern: config.nightlyCron, timezone: config.timezone,
        run: async () => {
          const report = await runNightly({ store, reportsDir: join(config.dataDir, 'reports'), sweepInbox: () => watcher.sweep() });
          context.out(`factline serve: nightly run ${report.runId}: ${JSON.stringify(report.counts)}; report ${report.reportPath}\n`);
          return report.counts;
        },
      });
      const server = await startWebServer({ store, secret, port: config.port, queues });
      context.out(`factline serve: pages at ${server.address} (queue dashboard at ${server.address}/admin/queues for operators)\n`);
      context.out(`factline serve: watching ${folders.inbox} (archive/, failed/ beside it), data in ${config.dataDir}, Redis ${config.redisUrl}, nightly run "${config.nightlyCron}" ${config.timezone}; Ctrl-C to stop\n`);
      const signal = await untilSignal();
      context.out(`factline serve: ${signal}: finishing jobs in hand\n`);
      await server.close();
      await nightly.close();
      await watcher.close();
      await workers.close();
      await queues.close();
      redis.disconnect();
      store.$client.close();
    });
}
