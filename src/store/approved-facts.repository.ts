import { and, asc, count, eq, gte, inArray, isNotNull, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { documents, facts } from '../../db/schema.ts';
import { type Clearance, mayRead } from '../auth/clearances.ts';
import { documentMetadataColumns, documentTexts, reviewedFactColumns } from './fact-columns.ts';

export const FACT_KINDS = ['entity', 'figure', 'signing'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The review states whose facts leave the building: a reviewer said yes, as read or as corrected. */
const DELIVERED_STATES = ['approved', 'edited'] as const;
/** The states that tell rule authors a rule was wrong: rejected outright, or corrected. */
const RULE_ERROR_STATES = ['rejected', 'edited'] as const;

export interface DocumentMetadataRow {
  readonly id: number;
  readonly source: string;
  readonly type: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly reference: string | null;
  readonly classification: string | null;
}

export interface ReviewedFactRow {
  readonly id: number;
  readonly kind: FactKind;
  readonly type: string | null;
  /** The fact as the rules read it. */
  readonly data: Record<string, unknown>;
  /** The fact as the reviewer corrected it, when edited. */
  readonly editedData: Record<string, unknown> | null;
  readonly evidenceText: string;
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
  readonly confidence: number;
  readonly rule: string;
  readonly rulesVersion: string;
  readonly reviewState: 'approved' | 'edited' | 'rejected';
  readonly rejectReason: string | null;
  readonly rejectNote: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  readonly document: DocumentMetadataRow;
}

export interface ReviewedFactsFilter {
  readonly kind?: FactKind;
  /** Reviewed at or after this instant. */
  readonly since?: Date;
  readonly documentId?: number;
  /** The markings the reader is cleared for; facts of documents marked otherwise are left out and counted. None by default. */
  readonly cleared?: Clearance;
}

/** How many facts matched the filter but were left out because their document carries a marking the reader is not cleared for. */
export interface LeftOut {
  readonly classified: number;
  readonly byClassification: Readonly<Record<string, number>>;
}

export interface ReviewedFactsPage<Row> {
  readonly facts: Row[];
  /** How many facts match, over all pages. */
  readonly total: number;
  readonly leftOut: LeftOut;
  /** Among the delivered facts, how many come from classified documents (the reader being cleared for them). */
  readonly classifiedIncluded: LeftOut;
}

export interface Paging {
  readonly limit: number;
  readonly offset: number;
}

/**
 * Approved and edited facts, never pending, rejected or needing review: what downstream consumers may
 * read. Ordered by fact id, so pages are stable while reviewers keep approving.
 */
export function approvedFacts(store: Store, filter: ReviewedFactsFilter, paging?: Paging): ReviewedFactsPage<ReviewedFactRow> {
  return reviewedFacts(store, DELIVERED_STATES, filter, paging);
}

/** Rejected and edited facts: the cases where a rule read something wrong. */
export function ruleErrorFacts(store: Store, filter: ReviewedFactsFilter): ReviewedFactsPage<ReviewedFactRow & { highlighted: string }> {
  const page = reviewedFacts(store, RULE_ERROR_STATES, filter);
  // Sliced in JavaScript, not with SQL substr(): offsets are UTF-16 code units, SQLite counts code points.
  const texts = documentTexts(store, [...new Set(page.facts.map((row) => row.document.id))]);
  return { ...page, facts: page.facts.map((row) => ({ ...row, highlighted: texts.get(row.document.id)!.slice(row.evidenceStart, row.evidenceEnd) })) };
}

export type ApprovedDocument =
  | { readonly found: true; readonly document: DocumentMetadataRow & { readonly text: string }; readonly facts: ReviewedFactRow[] }
  | { readonly found: false; readonly reason: 'missing' }
  | { readonly found: false; readonly reason: 'classified'; readonly classification: string };

/** A document's metadata and text with its approved facts; a classified one only for a reader cleared for its marking. */
export function approvedDocument(store: Store, documentId: number, options: { cleared: Clearance }): ApprovedDocument {
  const document = store.select({ ...documentMetadataColumns, text: documents.text }).from(documents).where(eq(documents.id, documentId)).get();
  if (!document) return { found: false, reason: 'missing' };
  if (document.classification !== null && !mayRead(options.cleared, document.classification)) return { found: false, reason: 'classified', classification: document.classification };
  return { found: true, document, facts: approvedFacts(store, { documentId, cleared: options.cleared }).facts };
}

/** Documents the reader may see: unmarked, or marked with a marking they are cleared for. */
export function readableDocuments(cleared: Clearance): SQL | undefined {
  if (cleared === 'all') return undefined;
  return cleared.length === 0 ? isNull(documents.classification) : or(isNull(documents.classification), inArray(documents.classification, [...cleared]));
}

/** The complement: documents carrying a marking the reader is not cleared for. */
export function unreadableDocuments(cleared: Clearance): SQL {
  if (cleared === 'all') return sql`0`;
  return cleared.length === 0 ? isNotNull(documents.classification) : and(isNotNull(documents.classification), notInArray(documents.classification, [...cleared]))!;
}

function reviewedFacts(store: Store, states: readonly ReviewedFactRow['reviewState'][], filter: ReviewedFactsFilter, paging?: Paging): ReviewedFactsPage<ReviewedFactRow> {
  const matching: SQL[] = [inArray(facts.reviewState, [...states])];
  if (filter.kind) matching.push(eq(facts.kind, filter.kind));
  if (filter.since) matching.push(gte(facts.reviewedAt, filter.since));
  if (filter.documentId !== undefined) matching.push(eq(facts.documentId, filter.documentId));
  const cleared = filter.cleared ?? [];
  const delivered = and(...matching, readableDocuments(cleared));

  const query = store.select({ ...reviewedFactColumns, document: documentMetadataColumns }).from(facts)
    .innerJoin(documents, eq(documents.id, facts.documentId)).where(delivered).orderBy(asc(facts.id));
  const rows = (paging ? query.limit(paging.limit).offset(paging.offset) : query).all() as ReviewedFactRow[];
  const total = paging ? store.select({ n: count() }).from(facts).innerJoin(documents, eq(documents.id, facts.documentId)).where(delivered).get()!.n : rows.length;

  return {
    facts: rows, total,
    leftOut: countByClassification(store, and(...matching, unreadableDocuments(cleared))!),
    classifiedIncluded: countByClassification(store, and(...matching, isNotNull(documents.classification), readableDocuments(cleared))!),
  };
}

export function countByClassification(store: Store, where: SQL): LeftOut {
  const groups = store.select({ classification: documents.classification, n: count() }).from(facts)
    .innerJoin(documents, eq(documents.id, facts.documentId)).where(where).groupBy(documents.classification).all();
  return {
    classified: groups.reduce((sum, group) => sum + group.n, 0),
    byClassification: Object.fromEntries(groups.map((group) => [group.classification!, group.n])),
  };
}
