import { FlowProducer, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import type { Store } from '../../db/client.ts';
import { readFileDocuments, storeDocumentFacts, storeFailedFile } from '../../pipelines/ingest.pipeline.ts';
import { RULES_VERSION } from '../extract/extract-facts.ts';
import extractProcessor from './extract.processor.ts';
import { isDocumentReadError } from '../documents/document-read-error.ts';
import type { Fact } from '../extract/fact.types.ts';
import { JOB_OPTIONS, jobId } from './job-options.ts';
import { ExtractResult, IngestPayload, PersistPayload, QUEUE_NAMES, readPayload } from './payloads.ts';

/**
 * The queue only transports: each processor checks its payload, calls its pipeline stage and queues the
 * next stage. Extract workers are stateless and may run anywhere against the same Redis; exactly one
 * persist worker, next to the SQLite file, writes.
 */
export interface WorkerOptions {
  readonly redis: Redis;
  readonly prefix: string;
  readonly roles: readonly ('ingest' | 'extract' | 'persist')[];
  /** Needed by the persist role only. */
  readonly store?: Store;
  readonly extractConcurrency?: number;
  /** Run extraction in sandboxed worker threads (default) or in this process (tests of the queue logic). */
  readonly sandboxedExtract?: boolean;
  /** Lock duration of active jobs; a worker killed mid-job has its job picked up again after about this long. */
  readonly lockDurationMs?: number;
}

const EXTRACT_SANDBOX = fileURLToPath(new URL('./extract.sandbox.mjs', import.meta.url));

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Finishes the jobs in hand (or hands them back), then closes. */
  close(): Promise<void>;
}

export function startPipelineWorkers(options: WorkerOptions): RunningWorkers {
  const { redis, prefix } = options;
  const connection = { connection: redis, prefix };
  const flows = new FlowProducer(connection);
  const persistQueue = new Queue(QUEUE_NAMES.persist, { ...connection, defaultJobOptions: JOB_OPTIONS });
  const locks = { lockDuration: options.lockDurationMs ?? 30000, stalledInterval: options.lockDurationMs ?? 30000 };
  const workers: Worker[] = [];

  if (options.roles.includes('ingest')) {
    workers.push(new Worker(QUEUE_NAMES.ingest, async (job: Job) => {
      const payload = readPayload(IngestPayload, job.data, QUEUE_NAMES.ingest);
      const bytes = await redis.getBuffer(payload.blobKey);
      if (!bytes) throw new UnrecoverableError(`${payload.name}: its bytes are no longer in Redis (${payload.blobKey})`);
      const source = { name: payload.name, sha256: payload.sha256, size: payload.size };
      try {
        const documents = await readFileDocuments({ name: payload.name, bytes });
        // One flow per document: persist waits for its child, extract, and stores what it returns.
        for (const document of documents) {
          await flows.add({
            name: 'persist', queueName: QUEUE_NAMES.persist, data: { v: 1, documentSha256: document.sha256, source }, opts: { ...JOB_OPTIONS, jobId: jobId('persist', document.sha256, RULES_VERSION) },
            children: [{ name: 'extract', queueName: QUEUE_NAMES.extract, data: { v: 1, document, source }, opts: { ...JOB_OPTIONS, jobId: jobId('extract', document.sha256, RULES_VERSION), failParentOnFailure: true } }],
          });
        }
        return { documents: documents.length };
      } catch (error) {
        if (!isDocumentReadError(error)) throw error;
        // A file that cannot be read fails the same way every time: keep it with its reason, do not retry.
        await persistQueue.add('failed-file', { v: 1, failedFile: { ...source, reason: error.reason } }, { jobId: jobId('failed', payload.sha256) });
        throw new UnrecoverableError(error.message);
      }
    }, { ...connection, ...locks }));
  }

  if (options.roles.includes('extract')) {
    const processor = options.sandboxedExtract === false ? extractProcessor : EXTRACT_SANDBOX;
    // Worker threads, not child processes: threads die with their worker, even under SIGKILL, whereas an
    // orphaned BullMQ child process was seen spinning on its closed IPC channel long after its parent died.
    workers.push(new Worker(QUEUE_NAMES.extract, processor, { ...connection, ...locks, concurrency: options.extractConcurrency ?? 1, useWorkerThreads: true }));
  }

  if (options.roles.includes('persist')) {
    const store = options.store;
    if (!store) throw new Error('the persist worker needs the SQLite store');
    workers.push(new Worker(QUEUE_NAMES.persist, async (job: Job) => {
      const payload = readPayload(PersistPayload, job.data, QUEUE_NAMES.persist);
      if ('failedFile' in payload) return storeFailedFile(store, payload.failedFile);
      const extracted = Object.values(await job.getChildrenValues()).map((value) => readPayload(ExtractResult, value, QUEUE_NAMES.persist))[0];
      if (!extracted) throw new Error(`persist job ${job.id}: its extract job left no result`);
      const stored = storeDocumentFacts(store, { document: extracted.document, facts: extracted.facts as unknown as Fact[], rulesVersion: extracted.rulesVersion, ...(payload.source ? { source: payload.source } : {}) });
      return { documentId: stored.documentId, counts: stored.counts };
    }, { ...connection, ...locks, concurrency: 1 }));
  }

  for (const worker of workers) worker.on('error', () => undefined);
  return {
    workers,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([flows.close(), persistQueue.close()]);
    },
  };
}
