import { watch } from 'chokidar';
import { QueueEvents } from 'bullmq';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Redis } from 'ioredis';
import { enqueueFile, type PipelineQueues } from '../queue/pipeline-queues.ts';
import { QUEUE_NAMES } from '../queue/payloads.ts';
import { createInboxFolders, type InboxFolders, moveInto, moveToFailed } from './inbox-folders.ts';

export interface InboxWatcher {
  /** Takes every file lying in the inbox now (the nightly run's sweep). */
  sweep(): Promise<{ queued: number; errors: { file: string; reason: string }[] }>;
  close(): Promise<void>;
}

interface Waiting {
  readonly path: string;
  readonly name: string;
}

/**
 * Watches the inbox: a file is read once it has stopped growing (chokidar's awaitWriteFinish), moved
 * to processing/ and queued; when its ingest job completes it moves to archive/, when it fails to
 * failed/ with the reason. Files that arrived while factline was down are swept at start, and files
 * left in processing/ by a crash are queued again (the job id per content makes that safe).
 */
export interface BatchObserver {
  fileTaken(): void;
  fileDone(file: string, outcome: { documents?: number; failed?: string }): void;
  idle(): void;
}

export async function watchInbox(options: { folders: InboxFolders; queues: PipelineQueues; redis: Redis; onError: (message: string) => void; batches?: BatchObserver }): Promise<InboxWatcher> {
  const { folders, queues } = options;
  await createInboxFolders(folders);
  const waiting = new Map<string, Waiting[]>();
  // QueueEvents blocks on its own connection; BullMQ leaves a connection it was given open, so we close it.
  const eventsConnection = options.redis.duplicate();
  const events = new QueueEvents(QUEUE_NAMES.ingest, { connection: eventsConnection, prefix: queues.prefix });

  const settle = async (jobId: string, outcome: { failed?: string; documents?: number }) => {
    const files = waiting.get(jobId) ?? [];
    waiting.delete(jobId);
    for (const file of files) {
      try {
        if (outcome.failed === undefined) await moveInto(file.path, folders.archive, file.name);
        else await moveToFailed(file.path, folders, file.name, outcome.failed);
      } catch (error) {
        options.onError(`${file.name}: cannot move out of processing/ (${(error as Error).message})`);
      }
      options.batches?.fileDone(file.name, outcome);
    }
    if (waiting.size === 0) options.batches?.idle();
  };
  const documentsOf = (value: unknown) => (typeof value === 'object' && value !== null && 'documents' in value ? Number((value as { documents: unknown }).documents) : 0);
  events.on('completed', ({ jobId, returnvalue }) => void settle(jobId, { documents: documentsOf(typeof returnvalue === 'string' ? safeJson(returnvalue) : returnvalue) }));
  events.on('failed', ({ jobId, failedReason }) => void settle(jobId, { failed: failedReason }));
  await events.waitUntilReady();

  const take = async (path: string, name: string) => {
    try {
      const bytes = await readFile(path);
      const { jobId } = await enqueueFile(queues, { name, bytes });
      options.batches?.fileTaken();
      waiting.set(jobId, [...(waiting.get(jobId) ?? []), { path, name }]);
      // The same content queued before: its job may have finished already, so settle from its state.
      const job = await queues.ingest.getJob(jobId);
      const state = await job?.getState();
      if (state === 'completed') await settle(jobId, { documents: 0 });
      else if (state === 'failed') await settle(jobId, { failed: job?.failedReason ?? 'failed' });
    } catch (error) {
      options.onError(`${name}: ${(error as Error).message}`);
    }
  };

  for (const entry of await readdir(folders.processing)) {
    if (!entry.startsWith('.')) await take(join(folders.processing, entry), entry);
  }

  const watcher = watch(folders.inbox, {
    ignoreInitial: false,
    depth: 0,
    awaitWriteFinish: { stabilityThreshold: 1000, pollInterval: 100 },
    // Never ignore when stats are not known yet: chokidar then asks again with them.
    ignored: (path, stats) => basename(path).startsWith('.') || (stats?.isFile() === false && path !== folders.inbox),
  });
  watcher.on('add', async (path) => {
    const name = basename(path);
    try {
      await take(await moveInto(path, folders.processing, name), name);
    } catch (error) {
      options.onError(`${name}: cannot move into processing/ (${(error as Error).message})`);
    }
  });
  watcher.on('error', (error) => options.onError(`inbox watcher: ${(error as Error).message}`));

  return {
    async sweep() {
      const errors: { file: string; reason: string }[] = [];
      let queued = 0;
      for (const entry of await readdir(folders.inbox, { withFileTypes: true })) {
        if (!entry.isFile() || entry.name.startsWith('.')) continue;
        try {
          await take(await moveInto(join(folders.inbox, entry.name), folders.processing, entry.name), entry.name);
          queued++;
        } catch (error) {
          errors.push({ file: entry.name, reason: (error as Error).message });
        }
      }
      return { queued, errors };
    },
    async close() {
      await watcher.close();
      await events.close();
      eventsConnection.disconnect();
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
