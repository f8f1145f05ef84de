import { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { JOB_OPTIONS, jobId, newTake } from './job-options.ts';
import { type IngestPayload, QUEUE_NAMES } from './payloads.ts';

export interface PipelineQueues {
  readonly ingest: Queue<IngestPayload>;
  readonly extract: Queue;
  readonly persist: Queue;
  readonly prefix: string;
  readonly redis: Redis;
  close(): Promise<void>;
}

export function openPipelineQueues(redis: Redis, prefix: string): PipelineQueues {
  const options = { connection: redis, prefix, defaultJobOptions: JOB_OPTIONS };
  const ingest = new Queue<IngestPayload>(QUEUE_NAMES.ingest, options);
  const extract = new Queue(QUEUE_NAMES.extract, options);
  const persist = new Queue(QUEUE_NAMES.persist, options);
  return {
    ingest, extract, persist, prefix, redis,
    async close() {
      await Promise.all([ingest.close(), extract.close(), persist.close()]);
    },
  };
}

const BLOB_TTL_SECONDS = 14 * 24 * 3600;
export const blobKey = (prefix: string, sha256: string) => `${prefix}:blob:${sha256}`;

/**
 * Hands a file to the pipeline: its bytes go to a Redis key every worker machine can read, and an
 * ingest job is queued for this take of the file. The same content handed in twice is read twice and
 * stored once: the store, not a finished job in Redis, knows what it holds. Callers check the size limit
 * before they read a file into memory.
 */
export async function enqueueFile(queues: PipelineQueues, file: { name: string; bytes: Uint8Array; sha256?: string }): Promise<{ sha256: string; jobId: string; take: string }> {
  const sha256 = file.sha256 ?? createHash('sha256').update(file.bytes).digest('hex');
  const key = blobKey(queues.prefix, sha256);
  await queues.redis.set(key, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), 'EX', BLOB_TTL_SECONDS);
  const take = newTake();
  const id = jobId('ingest', sha256, take);
  await queues.ingest.add('ingest', { v: 1, name: file.name, blobKey: key, sha256, size: file.bytes.byteLength, take }, { jobId: id });
  return { sha256, jobId: id, take };
}
