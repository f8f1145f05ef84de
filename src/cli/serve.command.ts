import { serve } from '@hono/node-server';
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
import { redisAnswers } from './redis-required.ts';
import { createWebApp } from '../web/web-app.ts';
import { loadWebSecret } from '../web/web-secret.ts';
import { untilSignal } from './shutdown.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

export function serveCommand(context: CliContext): Command {
  return new Command('serve')
    .description('Watch the inbox folder and run the pipeline workers (needs Redis). Processed files go to archive/, failed ones to failed/ with the reason.')
    .option('--inbox <dir>', 'folder to watch (default DATA/inbox)')
    .option('--port <n>', 'HTTP port for the web pages (default 8080)')
    .addOption(dataOption())
    .action(async (options: { inbox?: string; port?: string; data?: string }) => {
      const config = configFrom(options);
      if (!(await redisAnswers(config.redisUrl, context, 'factline serve'))) return;
      const store = openConfiguredStore(config);
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
      const server = serve({ fetch: createWebApp({ store, secret: loadWebSecret(config.dataDir), queues }).fetch, hostname: '127.0.0.1', port: config.port });
      const address = await new Promise<string>((resolve) => server.once('listening', () => {
        const bound = server.address();
        resolve(typeof bound === 'object' && bound ? `http://127.0.0.1:${bound.port}` : `port ${config.port}`);
      }));
      context.out(`factline serve: pages at ${address} (queue dashboard at ${address}/admin/queues for operators)\n`);
      context.out(`factline serve: watching ${folders.inbox} (archive/, failed/ beside it), data in ${config.dataDir}, Redis ${config.redisUrl}, nightly run "${config.nightlyCron}" ${config.timezone}; Ctrl-C to stop\n`);
      const signal = await untilSignal();
      context.out(`factline serve: ${signal}: finishing jobs in hand\n`);
      await new Promise((resolve) => server.close(resolve));
      await nightly.close();
      await watcher.close();
      await workers.close();
      await queues.close();
      redis.disconnect();
      store.$client.close();
    });
}
