import { inArray } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { documents, facts } from '../../db/schema.ts';

/** A document as facts carry it: what it is and its marking, without its text. */
export const documentMetadataColumns = {
  id: documents.id, source: documents.source, type: documents.type, title: documents.title,
  date: documents.date, reference: documents.reference, classification: documents.classification,
};

/** A fact with its reading, evidence, rule and review decision: what review pages and exports both show. */
export const reviewedFactColumns = {
  id: facts.id, kind: facts.kind, type: facts.type, data: facts.data, editedData: facts.editedData,
  evidenceText: facts.evidenceText, evidenceStart: facts.evidenceStart, evidenceEnd: facts.evidenceEnd,
  confidence: facts.confidence, rule: facts.rule, rulesVersion: facts.rulesVersion, reviewState: facts.reviewState,
  rejectReason: facts.rejectReason, rejectNote: facts.rejectNote, reviewedBy: facts.reviewedBy, reviewedAt: facts.reviewedAt,
};

/** The texts of some documents, read once for all their facts (highlights, paragraphs, evidence words). */
export function documentTexts(store: Store, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(store.select({ id: documents.id, text: documents.text }).from(documents).where(inArray(documents.id, [...ids])).all().map((row) => [row.id, row.text]));
}
