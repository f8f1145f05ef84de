import { and, eq } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { auditLog, documents, facts, sourceFiles } from '../../db/schema.ts';
import type { DocumentRecord } from '../documents/document.types.ts';
import { notExtractedBecause } from '../extract/extract-facts.ts';
import type { Fact } from '../extract/fact.types.ts';
import { contentDifference, contentHash, factContent, factIdentities } from './fact-identity.ts';

export interface StoredExtraction {
  readonly documentId: number;
  /** False when the same text was stored before. */
  readonly newDocument: boolean;
  readonly counts: { readonly new: number; readonly unchanged: number; readonly changed: number; readonly needsReview: number; readonly removed: number };
}

const REVIEWED = new Set(['approved', 'rejected', 'edited']);

/** Records a file handed in; the same bytes are one row however often they arrive. */
export function recordSourceFile(store: Store, file: { name: string; sha256: string; size: number; status: 'stored' | 'failed'; error?: string }): number {
  const inserted = store.insert(sourceFiles).values({ ...file, error: file.error ?? null }).onConflictDoNothing({ target: sourceFiles.sha256 }).returning({ id: sourceFiles.id }).get();
  return inserted?.id ?? store.select({ id: sourceFiles.id }).from(sourceFiles).where(eq(sourceFiles.sha256, file.sha256)).get()!.id;
}

/**
 * Stores a document and the facts one rules version read from it, in one transaction, so a job run
 * twice stores nothing twice. Against facts already stored for the same text:
 * - pending facts are replaced by the new reading (and dropped when no longer produced);
 * - reviewed facts read alike are kept as reviewed;
 * - reviewed facts read differently, or no longer produced, need review again, the difference noted
 *   on the fact and in the audit log.
 */
export function storeExtraction(store: Store, input: { document: DocumentRecord; facts: readonly Fact[]; rulesVersion: string; sourceFileId?: number }): StoredExtraction {
  return store.transaction((tx) => {
    const { document, rulesVersion } = input;
    const extractionNote = notExtractedBecause(document);
    const inserted = tx.insert(documents).values({
      sha256: document.sha256, sourceFileId: input.sourceFileId ?? null, source: document.source, position: document.position, parts: document.parts,
      type: document.type, title: document.title, date: document.date, reference: document.reference, classification: document.classification,
      language: document.language ?? null, extractionNote,
      reader: document.reader, text: document.text,
    }).onConflictDoNothing({ target: documents.sha256 }).returning({ id: documents.id }).get();
    const documentId = inserted?.id ?? tx.select({ id: documents.id }).from(documents).where(eq(documents.sha256, document.sha256)).get()!.id;

    const existing = new Map(tx.select().from(facts).where(eq(facts.documentId, documentId)).all().map((row) => [row.identity, row]));
    const counts = { new: 0, unchanged: 0, changed: 0, needsReview: 0, removed: 0 };
    const identities = factIdentities(input.facts);
    const now = new Date();
    input.facts.forEach((fact, i) => {
      const identity = identities[i]!;
      const hash = contentHash(fact);
      const values = {
        kind: fact.kind, type: fact.kind === 'entity' ? fact.type : null, contentHash: hash, data: factContent(fact) as Record<string, unknown>,
        evidenceText: fact.evidence.text, evidenceStart: fact.evidence.start, evidenceEnd: fact.evidence.end,
        confidence: fact.confidence, rule: fact.rule, rulesVersion, updatedAt: now,
      };
      const row = existing.get(identity);
      existing.delete(identity);
      if (!row) {
        tx.insert(facts).values({ documentId, identity, ...values }).run();
        counts.new++;
      } else if (row.contentHash === hash) {
        tx.update(facts).set({ rule: fact.rule, confidence: fact.confidence, rulesVersion }).where(eq(facts.id, row.id)).run();
        counts.unchanged++;
      } else if (!REVIEWED.has(row.reviewState)) {
        tx.update(facts).set(values).where(eq(facts.id, row.id)).run();
        counts.changed++;
      } else {
        const difference = contentDifference(row.data, values.data);
        tx.update(facts).set({ ...values, reviewState: 'needs_review', reviewNote: `rules ${rulesVersion} read this differently: ${JSON.stringify(difference)}` }).where(eq(facts.id, row.id)).run();
        tx.insert(auditLog).values({ factId: row.id, actor: `rules:${rulesVersion}`, action: 'reread', before: { reviewState: row.reviewState, data: row.data }, after: { reviewState: 'needs_review', data: values.data } }).run();
        counts.needsReview++;
      }
    });
    for (const row of existing.values()) {
      if (REVIEWED.has(row.reviewState)) {
        tx.update(facts).set({ reviewState: 'needs_review', reviewNote: `rules ${rulesVersion} no longer produce this fact`, updatedAt: now }).where(eq(facts.id, row.id)).run();
        tx.insert(auditLog).values({ factId: row.id, actor: `rules:${rulesVersion}`, action: 'no-longer-produced', before: { reviewState: row.reviewState }, after: { reviewState: 'needs_review' } }).run();
        counts.needsReview++;
      } else if (row.reviewState !== 'needs_review') {
        tx.delete(facts).where(and(eq(facts.id, row.id), eq(facts.reviewState, 'pending'))).run();
        counts.removed++;
      }
    }
    const language = document.language === undefined ? {} : { language: document.language, extractionNote };
    tx.update(documents).set({ rulesVersion, extractedAt: now, ...language }).where(eq(documents.id, documentId)).run();
    return { documentId, newDocument: inserted !== undefined, counts };
  });
}
