import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { auditLog, documents, facts } from '../../db/schema.ts';
import type { DocumentRecord } from '../../src/documents/document.types.ts';
import type { Fact, FigureFact } from '../../src/extract/fact.types.ts';
import { recordSourceFile, storeExtraction } from '../../src/store/extractions.repository.ts';
import { setReviewState } from '../../src/store/review-state.repository.ts';

const freshStore = () => openStore(join(mkdtempSync(join(tmpdir(), 'factline-store-')), 'factline.sqlite'));

const text = 'Police in Malta arrested 12 suspects. Officers seized 40 kilos of cocaine.';
const document: DocumentRecord = {
  source: 'malta.txt', position: 1, parts: 1, reader: 'text', sha256: 'a'.repeat(64), type: 'press_release',
  title: null, date: '2026-01-02', reference: null, classification: null, text,
};
const figure = (value: number, unit: string, subject: string, sentence: string, start: number): FigureFact => ({
  kind: 'figure', value, unit, subject, qualifier: 'exact', action: null, year: null,
  evidence: { text: sentence, start, end: start + 5 }, rule: 'figure.digits', confidence: 0.9,
});
const suspects = figure(12, 'count', 'suspects', 'Police in Malta arrested 12 suspects.', 25);
const cocaine = figure(40, 'kg', 'cocaine', 'Officers seized 40 kilos of cocaine.', 54);
const factRows = (store: ReturnType<typeof openStore>) => store.select().from(facts).all();

describe('storing extractions in SQLite', () => {
  it('applies the migrations to a new file and runs in WAL mode with foreign keys on', () => {
    const store = freshStore();
    expect(store.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.$client.prepare("select name from sqlite_master where type = 'table' and name = 'facts'").get()).toBeTruthy();
  });

  it('stores the same text once, and the same job twice stores no fact twice', () => {
    const store = freshStore();
    const first = storeExtraction(store, { document, facts: [suspects, cocaine], rulesVersion: 'v1' });
    const again = storeExtraction(store, { document: { ...document, source: 'copy-of-malta.txt' }, facts: [suspects, cocaine], rulesVersion: 'v1' });
    expect(first).toMatchObject({ newDocument: true, counts: { new: 2 } });
    expect(again).toMatchObject({ documentId: first.documentId, newDocument: false, counts: { new: 0, unchanged: 2 } });
    expect(store.select().from(documents).all()).toHaveLength(1);
    expect(factRows(store)).toHaveLength(2);
  });

  it('records a source file once per content', () => {
    const store = freshStore();
    const a = recordSourceFile(store, { name: 'a.pdf', sha256: 'f'.repeat(64), size: 10, status: 'stored' });
    const b = recordSourceFile(store, { name: 'a-copy.pdf', sha256: 'f'.repeat(64), size: 10, status: 'stored' });
    expect(b).toBe(a);
  });

  it('re-extraction replaces pending facts and drops those no longer produced', () => {
    const store = freshStore();
    storeExtraction(store, { document, facts: [suspects, cocaine], rulesVersion: 'v1' });
    const result = storeExtraction(store, { document, facts: [{ ...suspects, subject: 'suspected members' }], rulesVersion: 'v2' });
    expect(result.counts).toMatchObject({ changed: 1, removed: 1 });
    const rows = factRows(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reviewState: 'pending', rulesVersion: 'v2' });
    expect(rows[0]!.data.subject).toBe('suspected members');
  });

  it('keeps a reviewed fact read alike, and asks for review again when newer rules read it differently or not at all', () => {
    const store = freshStore();
    storeExtraction(store, { document, facts: [suspects, cocaine], rulesVersion: 'v1' });
    for (const row of factRows(store)) setReviewState(store, { factId: row.id, state: 'approved', actor: 'ana' });
    const changed: Fact[] = [{ ...suspects, action: 'arrested' }];
    const result = storeExtraction(store, { document, facts: changed, rulesVersion: 'v2' });
    expect(result.counts).toMatchObject({ needsReview: 2 });
    const rows = factRows(store);
    const reread = rows.find((r) => r.data.value === 12)!;
    const gone = rows.find((r) => r.data.value === 40)!;
    expect(reread.reviewState).toBe('needs_review');
    expect(reread.reviewNote).toContain('"action":[null,"arrested"]');
    expect(gone).toMatchObject({ reviewState: 'needs_review', reviewNote: 'rules v2 no longer produce this fact' });
    const trail = store.select().from(auditLog).where(eq(auditLog.factId, reread.id)).all().map((e) => `${e.actor}:${e.action}`);
    expect(trail).toEqual(['ana:review', 'rules:v2:reread']);

    const unchanged = freshStore();
    storeExtraction(unchanged, { document, facts: [suspects], rulesVersion: 'v1' });
    setReviewState(unchanged, { factId: factRows(unchanged)[0]!.id, state: 'approved', actor: 'ana' });
    expect(storeExtraction(unchanged, { document, facts: [{ ...suspects, rule: 'figure.digits.v2', confidence: 0.95 }], rulesVersion: 'v2' }).counts).toMatchObject({ unchanged: 1 });
    expect(factRows(unchanged)[0]).toMatchObject({ reviewState: 'approved', rule: 'figure.digits.v2', rulesVersion: 'v2' });
  });

  it('keeps a document in another language with its language and the reason it has no facts', () => {
    const store = freshStore();
    const french = { ...document, sha256: 'f'.repeat(64), language: 'fr', text: 'La police maltaise a arrêté 12 suspects.' };
    storeExtraction(store, { document: french, facts: [], rulesVersion: 'v1' });
    expect(store.select({ language: documents.language, note: documents.extractionNote }).from(documents).all()).toEqual([
      { language: 'fr', note: "not extracted: the document is in French (fr), and factline's rules read English" },
    ]);
  });
});

