import { count, desc, eq, sql } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { documents, facts, runs, sourceFiles } from '../../db/schema.ts';
import { openDocumentFailures } from './document-failures.repository.ts';

export interface StoreStatus {
  readonly documents: number;
  readonly facts: number;
  readonly byReviewState: Record<string, number>;
  readonly failedFiles: { name: string; reason: string | null; at: Date }[];
  /** Documents read from a file but not extracted or stored, with the stage and the reason. */
  readonly failedDocuments: { file: string; position: number; stage: string; reason: string; at: Date }[];
  readonly recentRuns: { id: number; kind: string; status: string; counts: Record<string, number>; startedAt: Date; finishedAt: Date | null }[];
}

export function storeStatus(store: Store): StoreStatus {
  const byReviewState = Object.fromEntries(
    store.select({ state: facts.reviewState, n: count() }).from(facts).groupBy(facts.reviewState).all().map((row) => [row.state, row.n]),
  );
  return {
    documents: store.select({ n: count() }).from(documents).get()?.n ?? 0,
    facts: store.select({ n: count() }).from(facts).get()?.n ?? 0,
    byReviewState,
    failedFiles: store.select({ name: sourceFiles.name, reason: sourceFiles.error, at: sourceFiles.receivedAt }).from(sourceFiles)
      .where(eq(sourceFiles.status, 'failed')).orderBy(desc(sourceFiles.receivedAt)).limit(20).all(),
    failedDocuments: openDocumentFailures(store, 20).map((f) => ({ file: f.sourceName, position: f.position, stage: f.stage, reason: f.reason, at: f.failedAt })),
    recentRuns: store.select({ id: runs.id, kind: runs.kind, status: runs.status, counts: runs.counts, startedAt: runs.startedAt, finishedAt: runs.finishedAt })
      .from(runs).orderBy(desc(runs.startedAt), desc(sql`${runs.id}`)).limit(10).all(),
  };
}
