import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAMES } from './payloads.ts';

/**
 * The nightly run as a BullMQ job scheduler: upserting it again at every start is idempotent (one
 * scheduler, one delayed job), and a changed cron pattern replaces the old one.
 */
export async function scheduleNightly(input: { redis: Redis; prefix: string; pattern: string; timezone: string; run: () => Promise<unknown> }): Promise<{ close(): Promise<void> }> {
  const connection = { connection: input.redis, prefix: input.prefix };
  const queue = new Queue(QUEUE_NAMES.nightly, connection);
  await queue.upsertJobScheduler('nightly', { pattern: input.pattern, tz: input.timezone }, { name: 'nightly', data: { v: 1 }, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60000 }, removeOnFail: false } });
  const worker = new Worker(QUEUE_NAMES.nightly, () => input.run(), { ...connection, concurrency: 1, lockDuration: 120000 });
  worker.on('error', () => undefined);
  return {
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
