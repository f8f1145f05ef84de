import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Store } from '../../db/client.ts';
import { extractDocument, readFileDocuments, storeDocumentFacts, storeFailedFile } from '../../pipelines/ingest.pipeline.ts';
import { isDocumentReadError } from '../documents/document-read-error.ts';
import type { Fact } from '../extract/fact.types.ts';
import { JOB_OPTIONS, jobId } from './job-options.ts';
import { ExtractPayload, IngestPayload, PersistPayload, QUEUE_NAMES, readPayload } from './payloads.ts';

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
}

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Finishes the jobs in hand (or hands them back), then closes. */
  close(): Promise<void>;
}

export function startPipelineWorkers(options: WorkerOptions): RunningWorkers {
  const { redis, prefix } = options;
  const connection = { connection: redis, prefix };
  const extractQueue = new Queue(QUEUE_NAMES.extract, { ...connection, defaultJobOptions: JOB_OPTIONS });
  const persistQueue = new Queue(QUEUE_NAMES.persist, { ...connection, defaultJobOptions: JOB_OPTIONS });
  const workers: Worker[] = [];

  if (options.roles.includes('ingest')) {
    workers.push(new Worker(QUEUE_NAMES.ingest, async (job: Job) => {
      const payload = readPayload(IngestPayload, job.data, QUEUE_NAMES.ingest);
      const bytes = await redis.getBuffer(payload.blobKey);
      if (!bytes) throw new UnrecoverableError(`${payload.name}: its bytes are no longer in Redis (${payload.blobKey})`);
      const source = { name: payload.name, sha256: payload.sha256, size: payload.size };
      try {
        const documents = await readFileDocuments({ name: payload.name, bytes });
        for (const document of documents) await extractQueue.add('extract', { v: 1, document, source }, { jobId: jobId('extract', document.sha256) });
        return { documents: documents.length };
      } catch (error) {
        if (!isDocumentReadError(error)) throw error;
        // A file that cannot be read fails the same way every time: keep it with its reason, do not retry.
        await persistQueue.add('failed-file', { v: 1, failedFile: { ...source, reason: error.reason } }, { jobId: jobId('failed', payload.sha256) });
        throw new UnrecoverableError(error.message);
      }
    }, connection));
  }

  if (options.roles.includes('extract')) {
    workers.push(new Worker(QUEUE_NAMES.extract, async (job: Job) => {
      const payload = readPayload(ExtractPayload, job.data, QUEUE_NAMES.extract);
      const { facts, rulesVersion } = extractDocument(payload.document);
      await persistQueue.add('persist', { v: 1, document: payload.document, facts, rulesVersion, source: payload.source }, { jobId: jobId('persist', payload.document.sha256, rulesVersion) });
      return { facts: facts.length };
    }, { ...connection, concurrency: options.extractConcurrency ?? 1 }));
  }

  if (options.roles.includes('persist')) {
    const store = options.store;
    if (!store) throw new Error('the persist worker needs the SQLite store');
    workers.push(new Worker(QUEUE_NAMES.persist, async (job: Job) => {
      const payload = readPayload(PersistPayload, job.data, QUEUE_NAMES.persist);
      if ('failedFile' in payload) return storeFailedFile(store, payload.failedFile);
      return storeDocumentFacts(store, { document: payload.document, facts: payload.facts as unknown as Fact[], rulesVersion: payload.rulesVersion, ...(payload.source ? { source: payload.source } : {}) });
    }, { ...connection, concurrency: 1 }));
  }

  for (const worker of workers) worker.on('error', () => undefined);
  return {
    workers,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([extractQueue.close(), persistQueue.close()]);
    },
  };
}
