import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { auditLog, documents, facts, type ReviewState } from '../../db/schema.ts';
import type { Clearance } from '../auth/clearances.ts';
import { countByClassification, type LeftOut, readableDocuments, unreadableDocuments } from './approved-facts.repository.ts';
import { documentMetadataColumns, documentTexts, reviewedFactColumns } from './fact-columns.ts';

/** What the queue shows: "to_review" is pending plus facts that newer rules read differently. */
export const QUEUE_STATUSES = ['to_review', 'pending', 'needs_review', 'approved', 'edited', 'rejected', 'all'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_ORDERS = ['confidence', 'document', 'kind'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

export interface QueueFilter {
  readonly status?: QueueStatus;
  readonly kind?: 'entity' | 'figure' | 'signing';
  /** Entity type (country, organisation...), figure unit or signing instrument. */
  readonly type?: string;
  readonly documentId?: number;
  /** A marking such as LIMITE, or "none" for unmarked documents. */
  readonly classification?: string;
  /** ISO alpha-2: the country itself, a signing with it, or a fact whose sentence names it. */
  readonly country?: string;
}

export interface DocumentSummary {
  readonly id: number;
  readonly source: string;
  readonly position: number;
  readonly parts: number;
  readonly type: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly reference: string | null;
  readonly classification: string | null;
}

export interface ReviewFact {
  readonly id: number;
  readonly documentId: number;
  readonly kind: 'entity' | 'figure' | 'signing';
  readonly type: string | null;
  readonly data: Record<string, unknown>;
  readonly editedData: Record<string, unknown> | null;
  readonly evidenceText: string;
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
  readonly confidence: number;
  readonly rule: string;
  readonly rulesVersion: string;
  readonly reviewState: ReviewState;
  readonly reviewNote: string | null;
  readonly revision: number;
  readonly rejectReason: string | null;
  readonly rejectNote: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
}

const documentSummary = { ...documentMetadataColumns, position: documents.position, parts: documents.parts };

const reviewFactColumns = { ...reviewedFactColumns, documentId: facts.documentId, reviewNote: facts.reviewNote, revision: facts.revision };

function statusCondition(status: QueueStatus): SQL | undefined {
  if (status === 'all') return undefined;
  if (status === 'to_review') return inArray(facts.reviewState, ['pending', 'needs_review']);
  return eq(facts.reviewState, status);
}

/** The sub-type a reviewer filters by: entity type, figure unit, or signing instrument. */
const subType = sql<string>`coalesce(${facts.type}, json_extract(${facts.data}, '$.unit'), json_extract(${facts.data}, '$.instrument'))`;

function filterConditions(filter: QueueFilter): SQL[] {
  const conditions: (SQL | undefined)[] = [statusCondition(filter.status ?? 'to_review')];
  if (filter.kind) conditions.push(eq(facts.kind, filter.kind));
  if (filter.type) conditions.push(sql`${subType} = ${filter.type}`);
  if (filter.documentId !== undefined) conditions.push(eq(facts.documentId, filter.documentId));
  if (filter.classification === 'none') conditions.push(isNull(documents.classification));
  else if (filter.classification === 'any') conditions.push(isNotNull(documents.classification));
  else if (filter.classification) conditions.push(eq(documents.classification, filter.classification));
  if (filter.country) {
    const code = filter.country.toUpperCase();
    // A sentence names the country when it holds the words of one of that country's mentions in the
    // document; another country's own entity fact is about that other country, whatever its sentence says.
    conditions.push(sql`(json_extract(${facts.data}, '$.code') = ${code}
      or json_extract(${facts.data}, '$.counterpartCode') = ${code}
      or (coalesce(${facts.type}, '') <> 'country' and exists (select 1 from facts as c, json_each(c.data, '$.mentions') as m
        where c.document_id = ${facts.documentId} and c.type = 'country' and json_extract(c.data, '$.code') = ${code}
        and instr(${facts.evidenceText}, substr(${documents.text}, json_extract(m.value, '$.start') + 1,
          json_extract(m.value, '$.end') - json_extract(m.value, '$.start'))) > 0)))`);
  }
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

function orderBy(order: QueueOrder) {
  if (order === 'document') return [asc(facts.documentId), asc(facts.evidenceStart), asc(facts.id)];
  if (order === 'kind') return [asc(facts.kind), asc(subType), asc(facts.confidence), asc(facts.id)];
  return [asc(facts.confidence), asc(facts.documentId), asc(facts.evidenceStart), asc(facts.id)];
}

export interface QueuePage {
  readonly facts: readonly (ReviewFact & { readonly document: DocumentSummary })[];
  readonly total: number;
  /** The texts of the documents on this page, for highlights and paragraphs. */
  readonly texts: ReadonlyMap<number, string>;
  /** Facts matching the filter that were not shown: their document's marking is one the reader is not cleared for. */
  readonly leftOut: LeftOut;
}

/**
 * One page of the review queue, holding only facts of documents the reader is cleared for (`cleared`).
 * Filters are bound parameters: whatever a reviewer types is data.
 */
export function reviewQueue(store: Store, input: { filter: QueueFilter; order: QueueOrder; offset: number; limit: number; cleared: Clearance }): QueuePage {
  const matching = filterConditions(input.filter);
  const where = and(...matching, readableDocuments(input.cleared));
  const rows = store.select({ fact: reviewFactColumns, document: documentSummary }).from(facts).innerJoin(documents, eq(documents.id, facts.documentId))
    .where(where).orderBy(...orderBy(input.order)).limit(input.limit).offset(input.offset).all();
  const total = store.select({ n: count() }).from(facts).innerJoin(documents, eq(documents.id, facts.documentId)).where(where).get()?.n ?? 0;
  const texts = documentTexts(store, [...new Set(rows.map((row) => row.document.id))]);
  const leftOut = countByClassification(store, and(...matching, unreadableDocuments(input.cleared))!);
  return { facts: rows.map((row) => ({ ...row.fact, document: row.document })), total, texts, leftOut };
}

export function reviewFact(store: Store, id: number): (ReviewFact & { document: DocumentSummary; text: string }) | undefined {
  const row = store.select({ fact: reviewFactColumns, document: documentSummary, text: documents.text }).from(facts)
    .innerJoin(documents, eq(documents.id, facts.documentId)).where(eq(facts.id, id)).get();
  return row && { ...row.fact, document: row.document, text: row.text };
}

export function documentWithFacts(store: Store, id: number): { document: DocumentSummary & { text: string }; facts: ReviewFact[] } | undefined {
  const document = store.select({ ...documentSummary, text: documents.text }).from(documents).where(eq(documents.id, id)).get();
  if (!document) return undefined;
  const rows = store.select(reviewFactColumns).from(facts).where(eq(facts.documentId, id)).orderBy(asc(facts.evidenceStart), asc(facts.id)).all();
  return { document, facts: rows };
}

export interface FilterChoices {
  readonly documents: readonly DocumentSummary[];
  readonly types: readonly { kind: string; type: string }[];
  readonly classifications: readonly string[];
  readonly countries: readonly { code: string; name: string }[];
}

/** What the queue's filter menus offer: only values that occur in documents the reader is cleared for (a title or a country is a clue too). */
export function filterChoices(store: Store, cleared: Clearance): FilterChoices {
  return {
    documents: store.select(documentSummary).from(documents).where(readableDocuments(cleared)).orderBy(asc(documents.id)).all(),
    types: store.selectDistinct({ kind: facts.kind, type: subType }).from(facts).innerJoin(documents, eq(documents.id, facts.documentId)).where(readableDocuments(cleared))
      .orderBy(asc(facts.kind), asc(subType)).all().filter((row) => row.type !== null),
    classifications: store.selectDistinct({ c: documents.classification }).from(documents).where(and(isNotNull(documents.classification), readableDocuments(cleared))).all().map((row) => row.c!),
    countries: store.selectDistinct({ code: sql<string>`json_extract(${facts.data}, '$.code')`, name: sql<string>`json_extract(${facts.data}, '$.name')` })
      .from(facts).innerJoin(documents, eq(documents.id, facts.documentId))
      .where(and(eq(facts.type, 'country'), sql`json_extract(${facts.data}, '$.code') is not null`, readableDocuments(cleared))).orderBy(sql`2`).all()
      .filter((row, i, all) => all.findIndex((other) => other.code === row.code) === i),
  };
}

export interface ReviewProgress {
  readonly byState: Record<ReviewState, number>;
  /** Decisions since the given time, per reviewer: approve, reject, edit, undo. */
  readonly byReviewer: readonly { reviewer: string; approve: number; reject: number; edit: number; undo: number }[];
}

export function reviewProgress(store: Store, since: Date): ReviewProgress {
  const byState = { pending: 0, needs_review: 0, approved: 0, edited: 0, rejected: 0 };
  for (const row of store.select({ state: facts.reviewState, n: count() }).from(facts).groupBy(facts.reviewState).all()) byState[row.state] = row.n;
  const reviewers = new Map<string, { reviewer: string; approve: number; reject: number; edit: number; undo: number }>();
  const decisions = store.select({ actor: auditLog.actor, action: auditLog.action, n: count() }).from(auditLog)
    .where(and(gte(auditLog.at, since), inArray(auditLog.action, ['approve', 'reject', 'edit', 'undo']))).groupBy(auditLog.actor, auditLog.action)
    .orderBy(desc(count())).all();
  for (const row of decisions) {
    const entry = reviewers.get(row.actor) ?? { reviewer: row.actor, approve: 0, reject: 0, edit: 0, undo: 0 };
    entry[row.action as 'approve'] += row.n;
    reviewers.set(row.actor, entry);
  }
  return { byState, byReviewer: [...reviewers.values()] };
}

/** Everything that happened to a fact, oldest first: decisions, undos, re-readings by newer rules. */
export function factHistory(store: Store, factId: number) {
  return store.select({ actor: auditLog.actor, action: auditLog.action, before: auditLog.before, after: auditLog.after, at: auditLog.at })
    .from(auditLog).where(eq(auditLog.factId, factId)).orderBy(asc(auditLog.id)).all();
}
