import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { logger as rootLogger, type Logger } from '../logging/logger.ts';
import { QUEUE_NAMES } from './payloads.ts';

/**
 * The nightly run as a BullMQ job scheduler: upserting it again at every start is idempotent (one
 * scheduler, one delayed job), and a changed cron pattern replaces the old one. Only the process that
 * holds the persist lock registers it, so two processes never both run the night's work.
 */
export async function scheduleNightly(input: { redis: Redis; prefix: string; pattern: string; timezone: string; run: () => Promise<unknown>; logger?: Logger }): Promise<{ reschedule(): Promise<void>; close(): Promise<void> }> {
  const log = (input.logger ?? rootLogger).child({ component: 'nightly' });
  const connection = { connection: input.redis, prefix: input.prefix };
  const queue = new Queue(QUEUE_NAMES.nightly, connection);
  const upsert = () => queue.upsertJobScheduler('nightly', { pattern: input.pattern, tz: input.timezone }, { name: 'nightly', data: { v: 1 }, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60000 }, removeOnFail: false } });
  await upsert();
  const worker = new Worker(QUEUE_NAMES.nightly, () => input.run(), { ...connection, concurrency: 1, lockDuration: 120000 });
  worker.on('error', (error) => log.error({ reason: error.message }, 'nightly worker error'));
  worker.on('failed', (job, error) => log.error({ job: job?.id, attempt: job?.attemptsMade, reason: error.message }, 'nightly run failed'));
  return {
    async reschedule() {
      await upsert();
    },
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
