import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/run-cli.ts';
import { JUNE, type ReviewedStore, reviewedStore } from '../support/reviewed-store.ts';

let fixture: ReviewedStore;
beforeAll(async () => {
  fixture = await reviewedStore();
  fixture.store.$client.close();
}, 60_000);

const exportOf = (...args: string[]) => runCli('export', '--data', fixture.dir, ...args);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('factline export', () => {
  it('writes exactly the approved and edited facts as one JSON object that counts what it left out', async () => {
    const { status, stdout, stderr } = await exportOf();
    expect(status).toBe(0);
    const exported = JSON.parse(stdout);
    expect(sorted(exported.facts.map((fact: { id: number }) => fact.id))).toEqual(fixture.deliveredIds);
    expect(exported).toMatchObject({ count: 4, left_out: { classified: 2, by_classification: { LIMITE: 2 } }, filters: { include_classified: false } });
    expect(stderr).toBe('exported 4 facts; left out 2 from classified documents (LIMITE: 2); --include-classified to include them\n');
  });

  it('gives each fact its SPEC.md shape, evidence, review and document', async () => {
    const facts = jsonLines((await exportOf('--format', 'jsonl')).stdout);
    const figure = facts.find((fact) => fact.kind === 'figure' && fact.review.state === 'approved')!;
    expect(Object.keys(figure)).toEqual(['kind', 'value', 'unit', 'subject', 'qualifier', 'action', 'year', 'evidence', 'id', 'rule', 'rules_version', 'confidence', 'review', 'document']);
    expect(figure.review).toEqual({ state: 'approved', by: 'ana', at: new Date(JUNE).toISOString() });
    expect(figure.document).toEqual({ id: fixture.pressReleaseId, source: expect.stringMatching(/eurojust-pr-50/), type: 'press_release', title: null, date: null, reference: null, classification: null });
    expect(figure.evidence).toEqual({ text: expect.any(String), start: expect.any(Number), end: expect.any(Number) });
    const entity = facts.find((fact) => fact.kind === 'entity')!;
    expect(entity).toMatchObject({ type: expect.any(String), name: expect.any(String), mentions: expect.any(Array) });
  });

  it('exports an edited fact with the reviewer\'s values and keeps what the rules read', async () => {
    const facts = jsonLines((await exportOf('--format', 'jsonl')).stdout);
    const edited = facts.find((fact) => fact.id === fixture.edited.id)!;
    expect(edited).toMatchObject({ subject: 'jurisdictions worldwide', qualifier: 'at_least', value: fixture.edited.data.value });
    expect(edited.review).toMatchObject({ state: 'edited', original: { subject: fixture.edited.data.subject, qualifier: fixture.edited.data.qualifier } });
  });

  it('includes the facts of the LIMITE document only with --include-classified, and says so', async () => {
    const { stdout, stderr } = await exportOf('--format', 'jsonl', '--include-classified');
    const facts = jsonLines(stdout);
    expect(sorted(facts.map((fact) => fact.id))).toEqual(sorted([...fixture.deliveredIds, ...fixture.classifiedIds]));
    expect(facts.filter((fact) => fact.document.classification === 'LIMITE').map((fact) => fact.document.reference)).toEqual(['15571/25', '15571/25']);
    expect(stderr).toBe('exported 6 facts, 2 of them from classified documents (LIMITE: 2)\n');
  });

  it('filters by review date and kind', async () => {
    const since = jsonLines((await exportOf('--format', 'jsonl', '--since', '2025-06-01')).stdout);
    expect(sorted(since.map((fact) => fact.id))).toEqual(fixture.deliveredIds.filter((id) => !fixture.marchIds.includes(id)));
    const sinceInstant = await exportOf('--format', 'jsonl', '--since', '2025-03-01T09:00:00Z', '--kind', 'signing');
    expect(jsonLines(sinceInstant.stdout).map((fact) => fact.kind)).toEqual(['signing']);
    expect(sinceInstant.stderr).toMatch(/^exported 1 fact; left out 1 from classified documents \(LIMITE: 1\)/);
    expect(jsonLines((await exportOf('--format', 'jsonl', '--since', '2025-03-01T09:00:01Z', '--kind', 'signing')).stdout)).toEqual([]);
  });

  it('refuses an invalid date, kind or format with exit status 2 and says what it expected', async () => {
    const date = await exportOf('--since', '2025-02-30');
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/--since.*'2025-02-30' is invalid\. expected an ISO date or date-time/);
    const kind = await exportOf('--kind', 'person');
    expect(kind.status).toBe(2);
    expect(kind.stderr).toMatch(/--kind.*expected one of entity, figure, signing/);
    expect((await exportOf('--format', 'xml')).status).toBe(2);
  });

  it('writes CSV that parses back to the same facts, one fixed set of columns', async () => {
    const { stdout } = await exportOf('--format', 'csv', '--include-classified');
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    const facts = jsonLines((await exportOf('--format', 'jsonl', '--include-classified')).stdout);
    expect(rows.map((row) => Number(row.id))).toEqual(facts.map((fact) => fact.id));
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['id', 'kind', 'type', 'name', 'value', 'unit', 'subject', 'counterpart', 'parties', 'evidence_text', 'evidence_start', 'evidence_end', 'review_state', 'reviewed_by', 'reviewed_at', 'document_id', 'document_source', 'document_classification']));
    const edited = rows.find((row) => Number(row.id) === fixture.edited.id)!;
    expect(edited).toMatchObject({ kind: 'figure', subject: 'jurisdictions worldwide', review_state: 'edited', value: String(fixture.edited.data.value) });
    expect(JSON.parse(edited.original!)).toMatchObject({ subject: fixture.edited.data.subject });
    const signing = rows.find((row) => row.kind === 'signing')!;
    expect(JSON.parse(signing.parties!)).toHaveLength(2);
    for (const row of rows) expect(row.evidence_text).toBe(facts.find((fact) => fact.id === Number(row.id))!.evidence.text);
  });

  it('writes to --out instead of standard output', async () => {
    const out = join(fixture.dir, 'facts.jsonl');
    const { status, stdout, stderr } = await exportOf('--format', 'jsonl', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^exported 4 facts/);
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(4);
  });

  it('says where it looked when there is no store, instead of creating an empty one', async () => {
    const { status, stderr } = await runCli('export', '--data', join(fixture.dir, 'nowhere'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/no store at .*nowhere/);
  });
});

describe('factline export --rejections', () => {
  it('writes each rejected fact as a regression case: sentence, highlighted words, reading, coded reason and note', async () => {
    const { status, stdout, stderr } = await exportOf('--rejections');
    expect(status).toBe(0);
    const cases = jsonLines(stdout);
    expect(cases.map((c) => c.fact_id)).toEqual(sorted([fixture.rejected.id, fixture.edited.id]));
    const rejected = cases.find((c) => c.case === 'rejected')!;
    expect(rejected).toMatchObject({
      sentence: fixture.rejected.evidenceText,
      evidence: { start: fixture.rejected.evidenceStart, end: fixture.rejected.evidenceEnd },
      extracted: { kind: 'figure', value: fixture.rejected.data.value, unit: fixture.rejected.data.unit },
      expected: null,
      reason: { code: 'wrong_subject', label: 'wrong subject, action or qualifier' },
      note: 'counts the delegations, not the countries',
      rule: fixture.rejected.rule,
      rules_version: 'v1',
      document: { source: expect.stringMatching(/eurojust-pr-50/) },
    });
    expect(rejected.sentence).toContain(rejected.highlighted);
    expect(rejected.highlighted).toMatch(/\d/);
    expect(stderr).toBe('exported 2 regression cases (1 rejected, 1 corrected); left out 1 from classified documents (LIMITE: 1); --include-classified to include them\n');
  });

  it('writes each edited fact as a corrected case: what the rule read against what the reviewer corrected', async () => {
    const corrected = jsonLines((await exportOf('--rejections')).stdout).find((c) => c.case === 'corrected')!;
    expect(corrected).toMatchObject({
      extracted: { kind: 'figure', subject: fixture.edited.data.subject },
      expected: { kind: 'figure', subject: 'jurisdictions worldwide', qualifier: 'at_least' },
      differences: { subject: [fixture.edited.data.subject, 'jurisdictions worldwide'], qualifier: [fixture.edited.data.qualifier, 'at_least'] },
      reason: null,
    });
  });

  it('includes the classified document\'s rejections only when asked, in JSON with the counts and in CSV', async () => {
    const json = JSON.parse((await exportOf('--rejections', '--format', 'json', '--include-classified')).stdout);
    expect(json).toMatchObject({ count: 3, left_out: { classified: 0 } });
    expect(json.cases.find((c: { fact_id: number }) => c.fact_id === fixture.classifiedRejected.id)).toMatchObject({ reason: { code: 'not_a_fact' }, document: { classification: 'LIMITE' } });
    const rows = parse((await exportOf('--rejections', '--format', 'csv')).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.case)).toEqual(expect.arrayContaining(['rejected', 'corrected']));
    expect(rows.find((row) => row.case === 'rejected')).toMatchObject({ reason: 'wrong_subject', note: 'counts the delegations, not the countries', sentence: fixture.rejected.evidenceText });
  });
});
