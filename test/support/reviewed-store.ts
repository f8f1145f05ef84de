import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { openStore, type Store } from '../../db/client.ts';
import { facts } from '../../db/schema.ts';
import { DEFAULT_MAX_BYTES, readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { storeExtraction } from '../../src/store/extractions.repository.ts';
import { type Decision, decideFact } from '../../src/store/review-decisions.repository.ts';
import { setReviewState } from '../../src/store/review-state.repository.ts';
import { fixture } from './fixture-paths.ts';

export const MARCH = '2025-03-01T09:00:00Z';
export const JUNE = '2025-06-15T09:00:00Z';

type Row = typeof facts.$inferSelect;

export interface ReviewedStore {
  readonly dir: string;
  readonly store: Store;
  readonly pressReleaseId: number;
  readonly councilNoteId: number;
  /** Approved or edited, from the unclassified press release. */
  readonly deliveredIds: number[];
  /** Approved, from the LIMITE Council note 15571/25. */
  readonly classifiedIds: number[];
  readonly edited: Row;
  readonly rejected: Row;
  readonly classifiedRejected: Row;
  readonly needsReviewId: number;
  readonly pendingIds: number[];
  /** Reviewed in March; the rest of the decisions were made in June. */
  readonly marchIds: number[];
}

/**
 * A store holding two real corpus documents, a press release and the LIMITE Council note, with some of
 * their facts approved, edited, rejected, flagged for review again, and the rest pending, decided on two
 * different days.
 */
export async function reviewedStore(): Promise<ReviewedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'factline-delivery-'));
  const store = openStore(join(dir, 'factline.sqlite'));
  const stored = async (name: string) => {
    const [document] = await readDocumentsFromFile(fixture('corpus', name), { maxBytes: DEFAULT_MAX_BYTES });
    return storeExtraction(store, { document: document!, facts: extractFacts(document!), rulesVersion: 'v1' }).documentId;
  };
  const pressReleaseId = await stored('eurojust-pr-50-jurisdictions-working-arrangements.txt');
  const councilNoteId = await stored('council-note-15571-25-drug-trafficking-summary.txt');
  const rows = store.select().from(facts).all();
  const of = (documentId: number, kind: string) => rows.filter((row) => row.documentId === documentId && row.kind === kind);
  const [entity, flagged] = of(pressReleaseId, 'entity');
  const [signing] = of(pressReleaseId, 'signing');
  const [toEdit, approvedFigure, toReject] = of(pressReleaseId, 'figure');
  const [classifiedFigure, classifiedToReject] = of(councilNoteId, 'figure');
  const [classifiedSigning] = of(councilNoteId, 'signing');

  const decide = (row: Row, decision: Decision, at: string) => {
    vi.setSystemTime(new Date(at));
    const result = decideFact(store, { factId: row.id, revision: row.revision, actor: 'ana', decision });
    if (!result.ok) throw new Error(result.conflict);
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    decide(entity!, { kind: 'approve' }, MARCH);
    decide(signing!, { kind: 'approve' }, MARCH);
    decide(flagged!, { kind: 'approve' }, MARCH);
    decide(approvedFigure!, { kind: 'approve' }, JUNE);
    decide(toEdit!, { kind: 'edit', changes: { subject: 'jurisdictions worldwide', qualifier: 'at_least' } }, JUNE);
    decide(toReject!, { kind: 'reject', reason: 'wrong_subject', note: 'counts the delegations, not the countries' }, JUNE);
    decide(classifiedFigure!, { kind: 'approve' }, JUNE);
    decide(classifiedSigning!, { kind: 'approve' }, JUNE);
    decide(classifiedToReject!, { kind: 'reject', reason: 'not_a_fact' }, JUNE);
  } finally {
    vi.useRealTimers();
  }
  // Approved once, then newer rules read it differently: no longer deliverable until reviewed again.
  setReviewState(store, { factId: flagged!.id, state: 'needs_review', actor: 'rules:v2' });

  const reread = (row: Row) => store.select().from(facts).all().find((r) => r.id === row.id)!;
  const decided = new Set([entity, signing, flagged, approvedFigure, toEdit, toReject, classifiedFigure, classifiedSigning, classifiedToReject].map((row) => row!.id));
  return {
    dir, store, pressReleaseId, councilNoteId,
    deliveredIds: [entity!.id, signing!.id, approvedFigure!.id, toEdit!.id].sort((a, b) => a - b),
    classifiedIds: [classifiedFigure!.id, classifiedSigning!.id].sort((a, b) => a - b),
    edited: reread(toEdit!),
    rejected: reread(toReject!),
    classifiedRejected: reread(classifiedToReject!),
    needsReviewId: flagged!.id,
    pendingIds: rows.filter((row) => !decided.has(row.id)).map((row) => row.id),
    marchIds: [entity!.id, signing!.id],
  };
}
