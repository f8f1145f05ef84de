import type { JobsOptions } from 'bullmq';

/**
 * Retries with exponential backoff for transient failures (Redis hiccups, SQLite busy); deterministic
 * ones are thrown as UnrecoverableError and fail at once. Failed jobs are kept with their error so
 * `factline retry` can re-queue them; finished ones are trimmed so Redis does not grow forever.
 */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: false,
};

/** BullMQ job ids may not contain ':' or be all digits. */
export const jobId = (...parts: string[]): string => parts.join('-').replace(/[^A-Za-z0-9_.-]/g, '_');

/** A fresh take id: see IngestPayload.take. */
export const newTake = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
