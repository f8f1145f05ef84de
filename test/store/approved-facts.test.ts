import { describe, expect, it } from 'vitest';
import { approvedDocument, approvedFacts, ruleErrorFacts } from '../../src/store/approved-facts.repository.ts';
import { JUNE, reviewedStore } from '../support/reviewed-store.ts';

const ids = (rows: readonly { id: number }[]) => rows.map((row) => row.id);

describe('approved facts', () => {
  it('are exactly the approved and edited facts of unclassified documents, never pending, rejected or needing review', async () => {
    const fixture = await reviewedStore();
    const found = approvedFacts(fixture.store, {});
    expect(ids(found.facts)).toEqual(fixture.deliveredIds);
    expect(ids(found.facts)).not.toContain(fixture.rejected.id);
    expect(ids(found.facts)).not.toContain(fixture.needsReviewId);
    expect(ids(found.facts).some((id) => fixture.pendingIds.includes(id))).toBe(false);
  });

  it('leave out and count the facts of classified documents, by marking, unless asked for them', async () => {
    const fixture = await reviewedStore();
    const withheld = approvedFacts(fixture.store, {});
    expect(withheld.leftOut).toEqual({ classified: 2, byClassification: { LIMITE: 2 } });
    const all = approvedFacts(fixture.store, { cleared: 'all' });
    expect(ids(all.facts)).toEqual([...fixture.deliveredIds, ...fixture.classifiedIds].sort((a, b) => a - b));
    expect(all.leftOut.classified).toBe(0);
    expect(all.classifiedIncluded).toEqual({ classified: 2, byClassification: { LIMITE: 2 } });
    expect(all.facts.find((row) => row.id === fixture.classifiedIds[0])!.document).toMatchObject({ reference: '15571/25', classification: 'LIMITE' });
  });

  it('filter by kind, by review date and by document, counting only what the filter would have left in', async () => {
    const fixture = await reviewedStore();
    expect(approvedFacts(fixture.store, { kind: 'figure' }).facts.every((row) => row.kind === 'figure')).toBe(true);
    expect(approvedFacts(fixture.store, { kind: 'entity' }).leftOut.classified).toBe(0);
    const june = approvedFacts(fixture.store, { since: new Date(JUNE) });
    expect(ids(june.facts)).toEqual(fixture.deliveredIds.filter((id) => !fixture.marchIds.includes(id)));
    expect(approvedFacts(fixture.store, { since: new Date('2025-07-01') }).facts).toEqual([]);
    expect(approvedFacts(fixture.store, { documentId: fixture.councilNoteId, cleared: 'all' }).facts).toHaveLength(2);
  });

  it('page in fact id order with the total over all pages', async () => {
    const fixture = await reviewedStore();
    const first = approvedFacts(fixture.store, {}, { limit: 3, offset: 0 });
    const second = approvedFacts(fixture.store, {}, { limit: 3, offset: 3 });
    expect(first.total).toBe(4);
    expect([...ids(first.facts), ...ids(second.facts)]).toEqual(fixture.deliveredIds);
  });

  it('keep an edited fact\'s correction next to what the rules read', async () => {
    const fixture = await reviewedStore();
    const edited = approvedFacts(fixture.store, {}).facts.find((row) => row.id === fixture.edited.id)!;
    expect(edited).toMatchObject({ reviewState: 'edited', reviewedBy: 'ana', editedData: { subject: 'jurisdictions worldwide', qualifier: 'at_least' } });
    expect(edited.data.subject).not.toBe('jurisdictions worldwide');
  });
});

describe('clearances', () => {
  it('deliver a classified document\'s facts only to a reader cleared for its marking, counting them otherwise', async () => {
    const fixture = await reviewedStore();
    const restricted = approvedFacts(fixture.store, { cleared: ['RESTREINT UE/EU RESTRICTED'] });
    expect(ids(restricted.facts)).toEqual(fixture.deliveredIds);
    expect(restricted.leftOut).toEqual({ classified: 2, byClassification: { LIMITE: 2 } });
    const limite = approvedFacts(fixture.store, { cleared: ['LIMITE'] });
    expect(ids(limite.facts)).toEqual([...fixture.deliveredIds, ...fixture.classifiedIds].sort((a, b) => a - b));
    expect(limite.leftOut.classified).toBe(0);
    expect(limite.classifiedIncluded).toEqual({ classified: 2, byClassification: { LIMITE: 2 } });
    expect(approvedDocument(fixture.store, fixture.councilNoteId, { cleared: ['EU SECRET'] })).toMatchObject({ found: false, reason: 'classified' });
    expect(approvedDocument(fixture.store, fixture.councilNoteId, { cleared: ['LIMITE'] })).toMatchObject({ found: true });
  });
});

describe('rule errors', () => {
  it('are the rejected and edited facts, with the words the evidence offsets cover', async () => {
    const fixture = await reviewedStore();
    const errors = ruleErrorFacts(fixture.store, {});
    expect(ids(errors.facts)).toEqual([fixture.edited.id, fixture.rejected.id].sort((a, b) => a - b));
    const rejected = errors.facts.find((row) => row.id === fixture.rejected.id)!;
    expect(rejected).toMatchObject({ rejectReason: 'wrong_subject', rejectNote: 'counts the delegations, not the countries' });
    expect(rejected.evidenceText).toContain(rejected.highlighted);
    expect(errors.leftOut).toEqual({ classified: 1, byClassification: { LIMITE: 1 } });
  });
});

describe('a document with its approved facts', () => {
  it('is refused when classified unless asked for, and missing when unknown', async () => {
    const fixture = await reviewedStore();
    expect(approvedDocument(fixture.store, fixture.councilNoteId, { cleared: [] })).toEqual({ found: false, reason: 'classified', classification: 'LIMITE' });
    const note = approvedDocument(fixture.store, fixture.councilNoteId, { cleared: 'all' });
    expect(note.found && ids(note.facts)).toEqual(fixture.classifiedIds);
    expect(approvedDocument(fixture.store, 9999, { cleared: 'all' })).toEqual({ found: false, reason: 'missing' });
  });
});
