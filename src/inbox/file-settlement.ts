import type { Store } from '../../db/client.ts';
import { documentOutcomes, recordDocumentFailure } from '../store/document-failures.repository.ts';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { IngestResult } from '../queue/payloads.ts';

/** A file in processing/ and what is known of its way through the queue. */
export interface FileInProcessing {
  readonly path: string;
  readonly name: string;
  readonly sha256: string;
  ingestJobId?: string;
  documents?: IngestResult['documents'];
}

export type Settlement =
  | { readonly state: 'waiting' }
  | { readonly state: 'stored'; readonly documents: number }
  | { readonly state: 'failed'; readonly reasons: readonly string[]; readonly stored: number }
  | { readonly state: 'lost'; readonly reason: string };

/**
 * Where a file stands, asked of the store first and of the queue second. A file is done only when the
 * store holds every document read from it, or holds the reason a document failed: a finished job in
 * Redis proves nothing about this store (it may be new, restored, or have lost a write). Jobs missing
 * from Redis (it restarted empty, or was flushed) make the file `lost`: the caller hands it in again.
 */
export async function settleFile(file: FileInProcessing, deps: { store: Store; queues: PipelineQueues }): Promise<Settlement> {
  if (!file.ingestJobId) return { state: 'lost', reason: 'not handed to the queue yet' };
  if (!file.documents) {
    const job = await deps.queues.ingest.getJob(file.ingestJobId);
    if (!job) return { state: 'lost', reason: 'its ingest job is no longer in Redis' };
    const state = await job.getState();
    if (state === 'failed') return { state: 'failed', reasons: [job.failedReason || 'reading failed'], stored: 0 };
    if (state !== 'completed') return { state: 'waiting' };
    const result = IngestResult.safeParse(typeof job.returnvalue === 'string' ? JSON.parse(job.returnvalue) : job.returnvalue);
    if (!result.success) return { state: 'lost', reason: 'its ingest job left no readable result' };
    file.documents = result.data.documents;
  }
  const documents = file.documents;
  let outcomes = documentOutcomes(deps.store, documents.map((d) => d.sha256));
  for (const document of documents) {
    const outcome = outcomes.get(document.sha256);
    if (outcome && 'stored' in outcome) continue;
    // Failed before, or not stored yet: this take's own persist job has the last word.
    const job = await deps.queues.persist.getJob(document.persistJobId);
    if (!job) return { state: 'lost', reason: `the persist job of document ${document.position} is no longer in Redis` };
    const state = await job.getState();
    if (state !== 'completed' && state !== 'failed') return { state: 'waiting' };
    outcomes = documentOutcomes(deps.store, documents.map((d) => d.sha256));
    if (outcomes.has(document.sha256)) continue;
    if (state === 'completed') return { state: 'lost', reason: `document ${document.position} was processed but is not in this store` };
    try {
      recordDocumentFailure(deps.store, { documentSha256: document.sha256, sourceName: file.name, sourceSha256: file.sha256, position: document.position, stage: 'persist', reason: job.failedReason });
    } catch {
      // The store cannot take it either (read-only, full): the reason still goes with the file to failed/.
    }
    outcomes.set(document.sha256, { failed: `persist: ${job.failedReason}` });
  }
  const reasons = documents.flatMap((d) => {
    const outcome = outcomes.get(d.sha256);
    return outcome && 'failed' in outcome ? [`document ${d.position} of ${documents.length}: ${outcome.failed}`] : [];
  });
  if (reasons.length > 0) return { state: 'failed', reasons, stored: documents.length - reasons.length };
  return { state: 'stored', documents: documents.length };
}
