import { copyFileSync, mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Writable } from 'node:stream';
import { openStore, type Store } from '../../db/client.ts';
import { createBatchRuns } from '../../src/inbox/batch-run.ts';
import { inboxFolders } from '../../src/inbox/inbox-folders.ts';
import { watchInbox } from '../../src/inbox/inbox-watcher.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { openPipelineQueues } from '../../src/queue/pipeline-queues.ts';
import { startPipelineWorkers } from '../../src/queue/pipeline-workers.ts';
import { dropPrefix, REDIS_URL } from './redis.ts';

/**
 * The watched inbox with all three workers in this process, on the real Redis and a real SQLite
 * file, with the log captured: what `factline serve` runs, minus the web pages.
 */
export async function startInboxPipeline(input: { prefix: string; dataDir?: string; store?: Store; timeoutMs?: number; readTimeoutMs?: number; maxBytes?: number; stableMs?: number }) {
  const dataDir = input.dataDir ?? mkdtempSync(join(tmpdir(), 'factline-inbox-'));
  const store = input.store ?? openStore(join(dataDir, 'factline.sqlite'));
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', pretty: false, destination: new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk))); done(); } }) });
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queues = openPipelineQueues(redis, input.prefix);
  const workers = startPipelineWorkers({ redis, prefix: input.prefix, store, roles: ['ingest', 'extract', 'persist'], budget: { timeoutMs: input.timeoutMs ?? 60000, memoryMb: 1024 }, readBudget: { timeoutMs: input.readTimeoutMs ?? 60000, memoryMb: 1024 }, logger, ...(input.maxBytes ? { maxBytes: input.maxBytes } : {}) });
  const folders = inboxFolders(join(dataDir, 'inbox'));
  mkdirSync(folders.inbox, { recursive: true });
  const watcher = await watchInbox({ folders, queues, redis, store, maxBytes: input.maxBytes ?? 50 * 1024 * 1024, stableMs: input.stableMs ?? 200, reconcileMs: 500, batches: createBatchRuns(store), logger });
  return {
    dataDir, store, folders, lines, queues,
    /** Copies under a hidden name, then renames: the way operators are told to drop files. */
    drop(source: string, name: string) {
      const hidden = join(folders.inbox, `.${name}`);
      copyFileSync(source, hidden);
      renameSync(hidden, join(folders.inbox, name));
    },
    async stop(options: { drop?: boolean; keepStore?: boolean } = {}) {
      await watcher.close();
      await workers.close({ graceMs: 5000 });
      await queues.close();
      if (options.drop) await dropPrefix(redis, input.prefix);
      redis.disconnect();
      if (!options.keepStore) store.$client.close();
    },
  };
}
