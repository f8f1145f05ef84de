import { FlowProducer, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Store } from '../../db/client.ts';
import { extractDocument, readFileDocuments, storeDocumentFacts, storeFailedFile } from '../../pipelines/ingest.pipeline.ts';
import { isDocumentReadError } from '../documents/document-read-error.ts';
import type { DocumentRecord } from '../documents/document.types.ts';
import { DEFAULT_MAX_BYTES } from '../documents/read-documents.ts';
import { RULES_VERSION } from '../extract/extract-facts.ts';
import type { Fact } from '../extract/fact.types.ts';
import { logger as rootLogger, type Logger } from '../logging/logger.ts';
import { recordDocumentFailure } from '../store/document-failures.repository.ts';
import { describeStoreError, StoreWriteError } from '../store/store-errors.ts';
import { JOB_OPTIONS, jobId } from './job-options.ts';
import { ExtractPayload, ExtractResult, type IngestResult, IngestPayload, PersistPayload, QUEUE_NAMES, readPayload } from './payloads.ts';
import { BudgetExceededError, createStageThreads, type StageThreads } from './stage-threads.ts';
import { STAGE_TASKS } from './stage-tasks.ts';

/**
 * The queue only transports: each processor checks its payload, calls its pipeline stage and queues the
 * next stage. Reading and extraction run in budgeted worker threads (stage-threads.ts), so no file, however
 * shaped, holds a worker past its budget or blocks lock renewal. Extract workers are stateless and may run
 * anywhere against the same Redis; exactly one persist worker, next to the SQLite file, writes (persist-lock.ts).
 */
export interface WorkerOptions {
  readonly redis: Redis;
  readonly prefix: string;
  readonly roles: readonly ('ingest' | 'extract' | 'persist')[];
  /** Needed by the persist role only. */
  readonly store?: Store;
  /** The SQLite file's path, to name it in store errors. */
  readonly storeFile?: string;
  readonly extractConcurrency?: number;
  /** Run stages in budgeted threads (default) or in this process (tests of the queue logic only). */
  readonly threads?: boolean;
  /** Time and heap budget of one file's reading or one document's extraction. */
  readonly budget?: { readonly timeoutMs: number; readonly memoryMb: number };
  /** The reading stage's own budget, when it should differ from `budget` (tests of one stage's budget). */
  readonly readBudget?: { readonly timeoutMs: number; readonly memoryMb: number };
  /** Files larger than this fail at once with the reason. */
  readonly maxBytes?: number;
  /** Lock duration of active jobs; a worker killed mid-job has its job picked up again after about this long. */
  readonly lockDurationMs?: number;
  readonly logger?: Logger;
}

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Finishes the jobs in hand for up to `graceMs`, then stops them (they are retried at the next start). */
  close(options?: { graceMs?: number }): Promise<void>;
}

const DEFAULT_BUDGET = { timeoutMs: 60000, memoryMb: 1024 };

export function startPipelineWorkers(options: WorkerOptions): RunningWorkers {
  const { redis, prefix } = options;
  const log = (options.logger ?? rootLogger).child({ component: 'workers', prefix });
  const connection = { connection: redis, prefix };
  const flows = new FlowProducer(connection);
  const persistQueue = new Queue(QUEUE_NAMES.persist, { ...connection, defaultJobOptions: JOB_OPTIONS });
  const locks = { lockDuration: options.lockDurationMs ?? 30000, stalledInterval: options.lockDurationMs ?? 30000 };
  const budget = options.budget ?? DEFAULT_BUDGET;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const pools: StageThreads[] = [];
  const inThreads = (size: number, limits = budget): StageThreads | undefined => {
    if (options.threads === false) return undefined;
    const pool = createStageThreads({ module: STAGE_TASKS, size, ...limits });
    pools.push(pool);
    return pool;
  };
  const workers: Worker[] = [];

  if (options.roles.includes('ingest')) {
    const threads = inThreads(1, options.readBudget ?? budget);
    workers.push(new Worker(QUEUE_NAMES.ingest, async (job: Job): Promise<IngestResult> => {
      const payload = readPayload(IngestPayload, job.data, QUEUE_NAMES.ingest);
      const take = payload.take ?? String(job.id);
      const bytes = await redis.getBuffer(payload.blobKey);
      if (!bytes) throw new UnrecoverableError(`${payload.name}: its bytes are no longer in Redis (${payload.blobKey}); drop the file again`);
      const source = { name: payload.name, sha256: payload.sha256, size: payload.size };
      let documents: DocumentRecord[];
      try {
        const input = { name: payload.name, bytes, maxBytes };
        documents = threads ? await threads.run<DocumentRecord[]>('read', input, payload.name) : await readFileDocuments(input);
      } catch (error) {
        if (!isDocumentReadError(error) && !(error instanceof BudgetExceededError)) throw error;
        // A file that cannot be read fails the same way every time: keep it with its reason, do not retry.
        const reason = isDocumentReadError(error) ? error.reason : error.message;
        await persistQueue.add('failed-file', { v: 1, failedFile: { ...source, reason } }, { jobId: jobId('failed', payload.sha256, take) });
        throw new UnrecoverableError(error.message);
      }
      const result: IngestResult = { documents: [] };
      // One flow per document: persist waits for its child, extract, and stores what it returns. A failed
      // extraction does not fail the persist job: persist runs anyway and records the failure in the store.
      for (const document of documents) {
        const persistJobId = jobId('persist', document.sha256, RULES_VERSION, take);
        await flows.add({
          name: 'persist', queueName: QUEUE_NAMES.persist, data: { v: 1, documentSha256: document.sha256, position: document.position, source }, opts: { ...JOB_OPTIONS, jobId: persistJobId },
          children: [{ name: 'extract', queueName: QUEUE_NAMES.extract, data: { v: 1, document, source }, opts: { ...JOB_OPTIONS, jobId: jobId('extract', document.sha256, RULES_VERSION, take), ignoreDependencyOnFailure: true } }],
        });
        result.documents.push({ sha256: document.sha256, position: document.position, persistJobId });
      }
      return result;
    }, { ...connection, ...locks }));
  }

  if (options.roles.includes('extract')) {
    const threads = inThreads(options.extractConcurrency ?? 1);
    workers.push(new Worker(QUEUE_NAMES.extract, async (job: Job) => {
      const { document } = readPayload(ExtractPayload, job.data, QUEUE_NAMES.extract);
      const label = `${document.source} #${document.position}`;
      try {
        const extraction = threads ? await threads.run<ReturnType<typeof extractDocument>>('extract', document, label) : extractDocument(document);
        return { document, ...extraction };
      } catch (error) {
        // Over budget once is over budget every time: no retry, the document is failed with the reason.
        if (error instanceof BudgetExceededError) throw new UnrecoverableError(error.message);
        throw error;
      }
    }, { ...connection, ...locks, concurrency: options.extractConcurrency ?? 1 }));
  }

  if (options.roles.includes('persist')) {
    const store = options.store;
    if (!store) throw new Error('the persist worker needs the SQLite store');
    const storeFile = options.storeFile ?? 'the store';
    const persist = new Worker(QUEUE_NAMES.persist, async (job: Job) => {
      const payload = readPayload(PersistPayload, job.data, QUEUE_NAMES.persist);
      try {
        if ('failedFile' in payload) return storeFailedFile(store, payload.failedFile);
        const extracted = Object.values(await job.getChildrenValues()).map((value) => readPayload(ExtractResult, value, QUEUE_NAMES.persist))[0];
        if (!extracted) {
          const reason = Object.values(await job.getIgnoredChildrenFailures())[0] ?? `its extract job left no result`;
          recordDocumentFailure(store, failureOf(payload, 'extract', reason));
          log.warn({ document: payload.documentSha256, file: payload.source?.name, position: payload.position, stage: 'extract', reason }, 'document failed');
          return { failed: reason };
        }
        const stored = storeDocumentFacts(store, { document: extracted.document, facts: extracted.facts as unknown as Fact[], rulesVersion: extracted.rulesVersion, ...(payload.source ? { source: payload.source } : {}) });
        return { documentId: stored.documentId, counts: stored.counts };
      } catch (error) {
        const described = describeStoreError(error, storeFile);
        if (described instanceof StoreWriteError && !described.transient) throw new UnrecoverableError(described.reason);
        throw described;
      }
    }, { ...connection, ...locks, concurrency: 1 });
    // Once the retries are spent the document is recorded as failed in the store, if the store can take it.
    persist.on('failed', (job, error) => {
      if (!job || ('failedFile' in (job.data as object))) return;
      const final = error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (!final) return;
      const parsed = PersistPayload.safeParse(job.data);
      if (!parsed.success || 'failedFile' in parsed.data) return;
      try {
        recordDocumentFailure(store, failureOf(parsed.data, 'persist', error.message));
      } catch (recordError) {
        log.error({ document: parsed.data.documentSha256, reason: (describeStoreError(recordError, storeFile) as Error).message }, 'cannot record the failed document in the store either');
      }
    });
    workers.push(persist);
  }

  for (const worker of workers) {
    worker.on('error', (error) => log.error({ queue: worker.name, reason: error.message }, 'worker error'));
    worker.on('failed', (job, error) => log.warn({ queue: worker.name, job: job?.id, file: fileOf(job), attempt: job?.attemptsMade, reason: error.message }, 'job failed'));
  }
  return {
    workers,
    async close({ graceMs = Number.POSITIVE_INFINITY } = {}) {
      const closing = Promise.all(workers.map((worker) => worker.close()));
      const inTime = await Promise.race([closing.then(() => true), sleep(graceMs).then(() => false)]);
      // Past the grace period the work in hand is stopped: its jobs fail this attempt and are retried later.
      if (!inTime) log.warn({ graceMs }, 'stopping the jobs in hand: the grace period is over');
      await Promise.all(pools.map((pool) => pool.close()));
      if (!inTime) await Promise.all(workers.map((worker) => worker.close(true)));
      await closing;
      await Promise.all([flows.close(), persistQueue.close()]);
    },
  };
}

type DocumentPersist = Exclude<PersistPayload, { failedFile: unknown }>;

const failureOf = (payload: DocumentPersist, stage: 'extract' | 'persist', reason: string) => ({
  documentSha256: payload.documentSha256, sourceName: payload.source?.name ?? 'unknown file', sourceSha256: payload.source?.sha256 ?? null, position: payload.position ?? 1, stage, reason,
});

function fileOf(job: Job | undefined): string | undefined {
  const data = job?.data as { name?: string; source?: { name?: string }; document?: { source?: string } } | undefined;
  return data?.name ?? data?.source?.name ?? data?.document?.source;
}

const sleep = (ms: number) => new Promise<void>((resolve) => {
  if (Number.isFinite(ms)) setTimeout(resolve, ms).unref();
});
