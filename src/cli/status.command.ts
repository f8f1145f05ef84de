import { Command } from 'commander';
import { readdir } from 'node:fs/promises';
import { inboxFolders } from '../inbox/inbox-folders.ts';
import { openPipelineQueues } from '../queue/pipeline-queues.ts';
import { checkRedis, connectRedis } from '../queue/redis-connection.ts';
import { storeStatus } from '../store/status.repository.ts';
import type { CliContext } from './cli-context.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

export function statusCommand(context: CliContext): Command {
  return new Command('status')
    .description('Show stored documents and facts by review state, failed files, recent runs and queue counts (queues need Redis).')
    .option('--json', 'print one JSON object', false)
    .addOption(dataOption())
    .action(async (options: { json: boolean; data?: string }) => {
      const config = configFrom(options);
      const store = openConfiguredStore(config);
      const status = storeStatus(store);
      store.$client.close();
      const queues = await queueCounts(config.redisUrl, config.queuePrefix);
      // Where a dropped file is now: still in the inbox, in processing/, or (below) failed with its reason.
      const folders = inboxFolders(config.inbox);
      const inInbox = await filesIn(folders.inbox);
      const inProcessing = await filesIn(folders.processing);
      const summary = {
        documents: status.documents,
        facts: status.facts,
        pending: status.byReviewState.pending ?? 0,
        failed: status.failedFiles.length + status.failedDocuments.length,
        byReviewState: status.byReviewState,
        failedFiles: status.failedFiles,
        failedDocuments: status.failedDocuments,
        inInbox,
        inProcessing,
        recentRuns: status.recentRuns,
        queues,
      };
      if (options.json) {
        context.out(`${JSON.stringify(summary)}\n`);
        return;
      }
      const lines = [
        `documents: ${summary.documents}   facts: ${summary.facts}   ${Object.entries(status.byReviewState).map(([k, v]) => `${k}: ${v}`).join('   ')}`,
        `failed files: ${status.failedFiles.length}${status.failedFiles.map((f) => `\n  ${f.name}: ${f.reason}`).join('')}`,
        `failed documents: ${status.failedDocuments.length}${status.failedDocuments.map((f) => `\n  ${f.file} #${f.position} (${f.stage}): ${f.reason}`).join('')}`,
        `waiting: ${inInbox.length} in the inbox, ${inProcessing.length} in processing/${inProcessing.map((name) => `\n  ${name}`).join('')}`,
        `recent runs: ${status.recentRuns.length === 0 ? 'none' : status.recentRuns.map((r) => `\n  #${r.id} ${r.kind} ${r.status} ${JSON.stringify(r.counts)}`).join('')}`,
        queues.error ? `queues: ${queues.error}` : `queues: ${Object.entries(queues.counts ?? {}).map(([q, c]) => `${q} ${JSON.stringify(c)}`).join('   ')}`,
      ];
      context.out(`${lines.join('\n')}\n`);
    });
}

async function queueCounts(url: string, prefix: string): Promise<{ counts?: Record<string, Record<string, number>>; error?: string }> {
  const check = await checkRedis(url);
  if (!check.ok) return { error: `unavailable (${check.error})` };
  const redis = connectRedis(url, 'worker');
  const queues = openPipelineQueues(redis, prefix);
  try {
    const counts: Record<string, Record<string, number>> = {};
    for (const queue of [queues.ingest, queues.extract, queues.persist]) counts[queue.name] = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return { counts };
  } finally {
    await queues.close();
    redis.disconnect();
  }
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
}
