import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { auditLog, facts } from '../../db/schema.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { decideFact, undoLastDecision } from '../../src/store/review-decisions.repository.ts';
import { storeExtraction } from '../../src/store/extractions.repository.ts';

async function storeWithFacts() {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'factline-review-')), 'factline.sqlite'));
  const [document] = await readDocuments({ source: 'x.txt', bytes: Buffer.from('Police in Latvia arrested 14 suspects and seized EUR 2 million. Europol supported the operation.') });
  storeExtraction(store, { document: document!, facts: extractFacts(document!), rulesVersion: 'v1' });
  const figure = store.select().from(facts).all().find((row) => row.kind === 'figure')!;
  return { store, figure };
}

describe('review decisions', () => {
  it('approves, with who and when in the audit log', async () => {
    const { store, figure } = await storeWithFacts();
    expect(decideFact(store, { factId: figure.id, revision: 0, actor: 'ana', decision: { kind: 'approve' } })).toEqual({ ok: true, revision: 1 });
    expect(store.select().from(facts).where(eq(facts.id, figure.id)).get()).toMatchObject({ reviewState: 'approved', reviewedBy: 'ana', revision: 1 });
    expect(store.select().from(auditLog).where(eq(auditLog.factId, figure.id)).all()).toMatchObject([{ actor: 'ana', action: 'approve', before: { reviewState: 'pending' }, after: { reviewState: 'approved' } }]);
  });

  it('rejects with a coded reason and free text', async () => {
    const { store, figure } = await storeWithFacts();
    decideFact(store, { factId: figure.id, revision: 0, actor: 'ana', decision: { kind: 'reject', reason: 'not_a_fact', note: 'a case number' } });
    expect(store.select().from(facts).where(eq(facts.id, figure.id)).get()).toMatchObject({ reviewState: 'rejected', rejectReason: 'not_a_fact', rejectNote: 'a case number' });
  });

  it('edits a fact, keeping the original reading next to the correction, and refuses fields of another kind', async () => {
    const { store, figure } = await storeWithFacts();
    decideFact(store, { factId: figure.id, revision: 0, actor: 'ana', decision: { kind: 'edit', changes: { subject: 'suspected smugglers' } } });
    const row = store.select().from(facts).where(eq(facts.id, figure.id)).get()!;
    expect(row).toMatchObject({ reviewState: 'edited', editedData: { subject: 'suspected smugglers', value: row.data.value } });
    expect(row.data.subject).not.toBe('suspected smugglers');
    expect(decideFact(store, { factId: figure.id, revision: 1, actor: 'ana', decision: { kind: 'edit', changes: { counterpart: 'Peru' } } })).toMatchObject({ ok: false, conflict: 'cannot edit counterpart of a figure' });
  });

  it('tells the second of two reviewers deciding at once, and overwrites nothing', async () => {
    const { store, figure } = await storeWithFacts();
    expect(decideFact(store, { factId: figure.id, revision: 0, actor: 'ana', decision: { kind: 'approve' } }).ok).toBe(true);
    const second = decideFact(store, { factId: figure.id, revision: 0, actor: 'ben', decision: { kind: 'reject', reason: 'wrong_value' } });
    expect(second).toMatchObject({ ok: false, conflict: expect.stringMatching(/approved by ana while you looked at it/) });
    expect(store.select().from(facts).where(eq(facts.id, figure.id)).get()).toMatchObject({ reviewState: 'approved', reviewedBy: 'ana' });
  });

  it('undoes the reviewer\'s own last decision once', async () => {
    const { store, figure } = await storeWithFacts();
    decideFact(store, { factId: figure.id, revision: 0, actor: 'ana', decision: { kind: 'reject', reason: 'duplicate' } });
    expect(undoLastDecision(store, 'ana')).toMatchObject({ ok: true, factId: figure.id });
    expect(store.select().from(facts).where(eq(facts.id, figure.id)).get()).toMatchObject({ reviewState: 'pending', rejectReason: null });
    expect(undoLastDecision(store, 'ana')).toMatchObject({ ok: false, conflict: 'nothing to undo' });
    expect(store.select().from(auditLog).where(eq(auditLog.factId, figure.id)).all().map((e) => e.action)).toEqual(['reject', 'undo']);
  });
});
