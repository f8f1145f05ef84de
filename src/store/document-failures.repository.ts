import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { documentFailures, documents } from '../../db/schema.ts';

export interface DocumentFailure {
  readonly documentSha256: string;
  readonly sourceName: string;
  readonly sourceSha256?: string | null;
  readonly position: number;
  readonly stage: 'read' | 'extract' | 'persist';
  readonly reason: string;
}

/**
 * Records that a document could not be extracted or stored, with the stage and the reason. A later
 * failure of the same document replaces the reason (the newest is what an operator needs); a document
 * stored after all resolves it, and the row stays as history.
 */
export function recordDocumentFailure(store: Store, failure: DocumentFailure): void {
  const values = { ...failure, sourceSha256: failure.sourceSha256 ?? null, failedAt: new Date(), resolvedAt: null };
  store.insert(documentFailures).values(values).onConflictDoUpdate({ target: documentFailures.documentSha256, set: values }).run();
}

export function resolveDocumentFailure(store: Store, documentSha256: string): void {
  store.update(documentFailures).set({ resolvedAt: new Date() }).where(and(eq(documentFailures.documentSha256, documentSha256), isNull(documentFailures.resolvedAt))).run();
}

/** Unresolved failures, newest first. */
export function openDocumentFailures(store: Store, limit = 50): (DocumentFailure & { failedAt: Date })[] {
  return store.select({
    documentSha256: documentFailures.documentSha256, sourceName: documentFailures.sourceName, sourceSha256: documentFailures.sourceSha256,
    position: documentFailures.position, stage: documentFailures.stage, reason: documentFailures.reason, failedAt: documentFailures.failedAt,
  }).from(documentFailures).where(isNull(documentFailures.resolvedAt)).orderBy(desc(documentFailures.failedAt)).limit(limit).all();
}

/**
 * What the store says of these documents: stored (with facts read by some rules), failed with a
 * reason, or neither yet. This, not a finished queue job, is what decides where a file goes.
 */
export function documentOutcomes(store: Store, shas: readonly string[]): Map<string, { stored: true } | { failed: string }> {
  const outcomes = new Map<string, { stored: true } | { failed: string }>();
  if (shas.length === 0) return outcomes;
  for (const row of store.select({ sha256: documents.sha256 }).from(documents).where(and(inArray(documents.sha256, [...shas]), isNotNull(documents.rulesVersion))).all()) {
    outcomes.set(row.sha256, { stored: true });
  }
  const failed = store.select({ sha256: documentFailures.documentSha256, stage: documentFailures.stage, reason: documentFailures.reason }).from(documentFailures)
    .where(and(inArray(documentFailures.documentSha256, [...shas]), isNull(documentFailures.resolvedAt))).all();
  for (const row of failed) if (!outcomes.has(row.sha256)) outcomes.set(row.sha256, { failed: `${row.stage}: ${row.reason}` });
  return outcomes;
}
