import type { Store } from '../../db/client.ts';
import { finishRun, startRun } from '../store/runs.repository.ts';

/**
 * Files dropped together make one batch run: it opens when the watcher takes a file while none is
 * open, counts each file as it is archived or failed, and closes (with its counts and failures in the
 * runs table) when no file is left in processing.
 */
export function createBatchRuns(store: Store) {
  let open: { id: number; counts: Record<string, number>; errors: { file: string; reason: string }[] } | undefined;
  return {
    fileTaken() {
      open ??= { id: startRun(store, 'batch'), counts: { files: 0, archived: 0, failed: 0, documents: 0 }, errors: [] };
      open.counts.files!++;
    },
    fileDone(file: string, outcome: { documents?: number; failed?: string }) {
      if (!open) return;
      if (outcome.failed === undefined) {
        open.counts.archived!++;
        open.counts.documents! += outcome.documents ?? 0;
      } else {
        open.counts.failed!++;
        open.errors.push({ file, reason: outcome.failed });
      }
    },
    idle() {
      if (!open) return;
      finishRun(store, open.id, { status: open.errors.length === 0 ? 'succeeded' : 'failed', counts: open.counts, errors: open.errors });
      open = undefined;
    },
  };
}
