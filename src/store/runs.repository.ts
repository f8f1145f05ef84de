import { eq, ne, or, isNull } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { documents, runs } from '../../db/schema.ts';
import type { DocumentRecord } from '../documents/document.types.ts';

export function startRun(store: Store, kind: 'batch' | 'nightly' | 'reextract'): number {
  return store.insert(runs).values({ kind }).returning({ id: runs.id }).get().id;
}

export function finishRun(store: Store, id: number, result: { status: 'succeeded' | 'failed' | 'interrupted'; counts: Record<string, number>; errors: { file: string; reason: string }[]; reportPath?: string }): void {
  store.update(runs).set({ ...result, reportPath: result.reportPath ?? null, finishedAt: new Date() }).where(eq(runs.id, id)).run();
}

/**
 * Runs still marked running when the process that owns the runs starts: whatever ran them stopped
 * (a kill, a crash) before finishing. They are closed as interrupted, never left running for ever.
 */
export function closeInterruptedRuns(store: Store): number {
  return store.update(runs).set({ status: 'interrupted', finishedAt: new Date() }).where(eq(runs.status, 'running')).run().changes;
}

/** Documents last read by other rules than these (or never read), oldest first. */
export function documentsToReextract(store: Store, rulesVersion: string): (DocumentRecord & { id: number })[] {
  return store.select().from(documents).where(or(isNull(documents.rulesVersion), ne(documents.rulesVersion, rulesVersion))).orderBy(documents.id).all()
    .map((row) => ({
      id: row.id, source: row.source, position: row.position, parts: row.parts, reader: row.reader as DocumentRecord['reader'], sha256: row.sha256,
      type: row.type as DocumentRecord['type'], title: row.title, date: row.date, reference: row.reference, classification: row.classification, language: row.language, text: row.text,
    }));
}
