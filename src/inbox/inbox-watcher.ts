import { watch } from 'chokidar';
import { QueueEvents } from 'bullmq';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Redis } from 'ioredis';
import type { Store } from '../../db/client.ts';
import { fileTooLarge } from '../documents/file-size-limit.ts';
import { logger as rootLogger, type Logger } from '../logging/logger.ts';
import { enqueueFile, type PipelineQueues } from '../queue/pipeline-queues.ts';
import { QUEUE_NAMES } from '../queue/payloads.ts';
import { recordSourceFile } from '../store/extractions.repository.ts';
import { type FileInProcessing, settleFile } from './file-settlement.ts';
import { createInboxFolders, type InboxFolders, moveInto, moveToFailed } from './inbox-folders.ts';
import { createWriteCompletion, isUnfinishedName } from './write-completion.ts';

export interface InboxWatcher {
  /** Takes every complete file lying in the inbox now (the nightly run's sweep). */
  sweep(): Promise<{ queued: number; errors: { file: string; reason: string }[] }>;
  /** Files in processing/ and what they wait for. */
  inProcessing(): { name: string; waitingFor: string }[];
  close(): Promise<void>;
}

export interface BatchObserver {
  fileTaken(): void;
  fileDone(file: string, outcome: { documents?: number; failed?: string }): void;
  idle(): void;
}

export interface InboxOptions {
  readonly folders: InboxFolders;
  readonly queues: PipelineQueues;
  readonly redis: Redis;
  /** The store this process writes: it, not the queue, says whether a file's documents are stored. */
  readonly store: Store;
  readonly maxBytes: number;
  /** How long size and modification time must stay unchanged before a file is taken. */
  readonly stableMs: number;
  /** How often files in processing/ are checked against the store and the queue, events or not. */
  readonly reconcileMs?: number;
  readonly batches?: BatchObserver;
  readonly logger?: Logger;
}

/** A file handed in again and again because Redis keeps losing its jobs is failed after this many. */
const MAX_TAKES = 5;

/**
 * The watch folder. A file is taken once complete (write-completion.ts), moved to processing/ and
 * handed to the queue; it leaves processing/ only when the store holds every document read from it
 * (archive/) or the reason it could not (failed/, with NAME.error.txt). Files found in processing/ at
 * start, and files whose jobs Redis lost, are handed in again; the store keeps each document once.
 */
export async function watchInbox(options: InboxOptions): Promise<InboxWatcher> {
  const { folders, queues, store } = options;
  const log = (options.logger ?? rootLogger).child({ component: 'inbox' });
  await createInboxFolders(folders);
  const batches = recordingSafely(options.batches, log);
  const tracked = new Map<string, FileInProcessing & { takes: number; checking: boolean; again: boolean; waitingFor: string }>();
  const byJob = new Map<string, string>();
  // QueueEvents blocks on its connection, so each has its own; BullMQ leaves given connections open, so we close them.
  const eventsConnections = [QUEUE_NAMES.ingest, QUEUE_NAMES.persist].map(() => options.redis.duplicate());
  for (const connection of eventsConnections) connection.on('error', () => undefined);
  const events = [QUEUE_NAMES.ingest, QUEUE_NAMES.persist].map((name, i) => new QueueEvents(name, { connection: eventsConnections[i]!, prefix: queues.prefix }));

  const finish = async (file: FileInProcessing, outcome: { documents: number } | { failed: string }) => {
    tracked.delete(file.path);
    try {
      if ('failed' in outcome) {
        // Reasons from the reader already start with the file's name; the .error.txt names it once.
        const reason = outcome.failed.startsWith(`${file.name}: `) ? outcome.failed.slice(file.name.length + 2) : outcome.failed;
        const target = await moveToFailed(file.path, folders, file.name, reason);
        log.warn({ file: file.name, sha256: file.sha256, reason, to: target }, 'file failed');
      } else {
        const target = await moveInto(file.path, folders.archive, file.name);
        log.info({ file: file.name, sha256: file.sha256, documents: outcome.documents, to: target }, 'file stored');
      }
    } catch (error) {
      log.error({ file: file.name, reason: (error as Error).message }, 'cannot move the file out of processing/');
    }
    batches?.fileDone(file.name, 'failed' in outcome ? { failed: outcome.failed } : { documents: outcome.documents });
    if (tracked.size === 0) batches?.idle();
  };

  const handIn = async (file: FileInProcessing & { takes: number; waitingFor: string }) => {
    file.documents = undefined;
    file.ingestJobId = undefined;
    const bytes = await readFile(file.path);
    const { jobId } = await enqueueFile(queues, { name: file.name, bytes, sha256: file.sha256 });
    // Counted once queued: Redis being down for a while is not a lost take, only jobs that vanish are.
    file.takes++;
    file.ingestJobId = jobId;
    file.waitingFor = 'reading';
    byJob.set(jobId, file.path);
  };

  const check = async (path: string) => {
    const file = tracked.get(path);
    if (!file) return;
    if (file.checking) return void (file.again = true);
    file.checking = true;
    try {
      const settlement = await settleFile(file, { store, queues });
      for (const document of file.documents ?? []) byJob.set(document.persistJobId, path);
      if (settlement.state === 'waiting') file.waitingFor = file.documents ? `${file.documents.length} document(s) to store` : 'reading';
      else if (settlement.state === 'stored') await finish(file, { documents: settlement.documents });
      else if (settlement.state === 'failed') {
        if (settlement.stored === 0 && !file.documents) recordSourceFile(store, { name: file.name, sha256: file.sha256, size: (await stat(path)).size, status: 'failed', error: settlement.reasons.join('; ') });
        await finish(file, { failed: settlement.reasons.join('; ') });
      } else if (file.takes >= MAX_TAKES) {
        await finish(file, { failed: `handed to the queue ${file.takes} times and its jobs were lost each time (last: ${settlement.reason})` });
      } else {
        if (file.takes > 0) log.warn({ file: file.name, reason: settlement.reason }, 'handing the file in again');
        await handIn(file);
      }
    } catch (error) {
      // Redis or the store not answering: the file stays in processing/ and is checked again later.
      log.warn({ file: file.name, reason: (error as Error).message }, 'cannot settle the file yet; it stays in processing/');
    } finally {
      file.checking = false;
      if (file.again) {
        file.again = false;
        void check(path);
      }
    }
  };

  const take = async (path: string, name: string) => {
    try {
      const size = (await stat(path)).size;
      const sha256 = await hashFile(path);
      batches?.fileTaken();
      log.info({ file: name, sha256, size }, 'file taken');
      if (size > options.maxBytes) {
        const reason = fileTooLarge(name, size, options.maxBytes).reason;
        try {
          recordSourceFile(store, { name, sha256, size, status: 'failed', error: reason });
        } catch (error) {
          log.error({ file: name, reason: (error as Error).message }, 'cannot record the refused file in the store');
        }
        tracked.set(path, { path, name, sha256, takes: 0, checking: false, again: false, waitingFor: '' });
        return await finish({ path, name, sha256 }, { failed: reason });
      }
      tracked.set(path, { path, name, sha256, takes: 0, checking: false, again: false, waitingFor: 'the queue' });
      await check(path);
    } catch (error) {
      log.error({ file: name, reason: (error as Error).message }, 'cannot take the file');
    }
  };

  for (const event of events) {
    const onJob = ({ jobId }: { jobId: string }) => {
      const path = byJob.get(jobId);
      if (path) void check(path);
    };
    event.on('completed', onJob);
    event.on('failed', onJob);
    event.on('error', () => undefined);
  }
  await Promise.all(events.map((event) => event.waitUntilReady()));

  // Left in processing/ by a stop or a crash: handed in again, the store keeps each document once.
  for (const entry of await readdir(folders.processing, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.startsWith('.')) await take(join(folders.processing, entry.name), entry.name);
  }
  const reconcile = setInterval(() => {
    for (const path of tracked.keys()) void check(path);
  }, options.reconcileMs ?? 5000);
  reconcile.unref();

  const moveAndTake = async (path: string) => {
    const name = basename(path);
    try {
      await take(await moveInto(path, folders.processing, name), name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.error({ file: name, reason: (error as Error).message }, 'cannot move the file into processing/');
    }
  };
  const completion = createWriteCompletion({ stableMs: options.stableMs, onComplete: (path) => void moveAndTake(path) });
  const watcher = watch(folders.inbox, {
    ignoreInitial: false,
    depth: 0,
    // Never ignore when stats are not known yet: chokidar then asks again with them.
    ignored: (path, stats) => (path !== folders.inbox && isUnfinishedName(path)) || (stats?.isFile() === false && path !== folders.inbox),
  });
  watcher.on('add', (path) => completion.watch(path));
  watcher.on('change', (path) => completion.watch(path));
  watcher.on('error', (error) => log.error({ reason: (error as Error).message }, 'inbox watcher error'));

  return {
    async sweep() {
      const errors: { file: string; reason: string }[] = [];
      let queued = 0;
      for (const entry of await readdir(folders.inbox, { withFileTypes: true })) {
        if (!entry.isFile() || isUnfinishedName(entry.name)) continue;
        const path = join(folders.inbox, entry.name);
        try {
          // Only files that stopped changing: one still being written is left for the watcher.
          if (Date.now() - (await stat(path)).mtimeMs < options.stableMs) continue;
          await moveAndTake(path);
          queued++;
        } catch (error) {
          errors.push({ file: entry.name, reason: (error as Error).message });
        }
      }
      return { queued, errors };
    },
    inProcessing: () => [...tracked.values()].map((file) => ({ name: file.name, waitingFor: file.waitingFor })),
    async close() {
      clearInterval(reconcile);
      completion.close();
      await watcher.close();
      await Promise.all(events.map((event) => event.close()));
      for (const connection of eventsConnections) connection.disconnect();
    },
  };
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path).on('data', (chunk) => hash.update(chunk)).on('error', reject).on('end', () => resolve(hash.digest('hex')));
  });
}

/** Run bookkeeping that fails (a store that cannot be written) is logged; it never stops a file. */
function recordingSafely(batches: BatchObserver | undefined, log: Logger): BatchObserver | undefined {
  if (!batches) return undefined;
  const safely = (what: string, action: () => void) => {
    try {
      action();
    } catch (error) {
      log.error({ reason: (error as Error).message }, `cannot record the batch run (${what})`);
    }
  };
  return {
    fileTaken: () => safely('file taken', () => batches.fileTaken()),
    fileDone: (file, outcome) => safely('file done', () => batches.fileDone(file, outcome)),
    idle: () => safely('run finished', () => batches.idle()),
  };
}
