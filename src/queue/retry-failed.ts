import type { PipelineQueues } from './pipeline-queues.ts';

/** Re-queues every failed job of every stage; returns what was retried and why it had failed. */
export async function retryFailedJobs(queues: PipelineQueues): Promise<{ queue: string; id: string; reason: string }[]> {
  const retried: { queue: string; id: string; reason: string }[] = [];
  for (const queue of [queues.ingest, queues.extract, queues.persist]) {
    for (const job of await queue.getFailed()) {
      await job.retry('failed');
      retried.push({ queue: queue.name, id: String(job.id), reason: job.failedReason });
    }
  }
  return retried;
}
