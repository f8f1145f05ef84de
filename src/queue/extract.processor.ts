import type { SandboxedJob } from 'bullmq';
import { extractDocument } from '../../pipelines/ingest.pipeline.ts';
import { ExtractPayload, QUEUE_NAMES, readPayload } from './payloads.ts';

/**
 * The extract stage as a BullMQ processor. It is CPU-bound, so it runs sandboxed (a worker thread per
 * worker slot, see extract.sandbox.mjs): a long document then never blocks the lock renewal of other
 * jobs. It returns the facts; the persist job, its parent in the flow, stores them.
 */
export default async function extractProcessor(job: SandboxedJob | { data: unknown }) {
  const payload = readPayload(ExtractPayload, job.data, QUEUE_NAMES.extract);
  return { document: payload.document, ...extractDocument(payload.document) };
}
