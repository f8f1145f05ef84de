import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { facts, runs } from '../../db/schema.ts';
import { runNightly } from '../../pipelines/nightly.pipeline.ts';
import { readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { storeExtraction } from '../../src/store/extractions.repository.ts';
import { setReviewState } from '../../src/store/review-state.repository.ts';
import type { Fact } from '../../src/extract/fact.types.ts';
import { createStageThreads } from '../../src/queue/stage-threads.ts';
import { STAGE_TASKS } from '../../src/queue/stage-tasks.ts';
import { fixture } from '../support/fixture-paths.ts';

describe('the nightly run', () => {
  it('re-extracts documents read by older rules, keeps reviews read alike, and writes a run report', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factline-nightly-'));
    const store = openStore(join(folder, 'factline.sqlite'));
    const [document] = await readDocumentsFromFile(fixture('corpus/eurojust-pr-50-jurisdictions-working-arrangements.txt'), { maxBytes: 1e9 });
    const current = extractFacts(document!);
    // An older rules version missed the last fact and read the first figure's subject differently.
    const firstFigure = current.findIndex((f) => f.kind === 'figure');
    const older = current.slice(0, -1).map((f, i) => (i === firstFigure && f.kind === 'figure' ? { ...f, subject: 'old reading' } : f));
    storeExtraction(store, { document: document!, facts: older, rulesVersion: 'old' });
    for (const row of store.select().from(facts).all()) setReviewState(store, { factId: row.id, state: 'approved', actor: 'ana' });

    const report = await runNightly({ store, reportsDir: join(folder, 'reports') });
    expect(report.counts).toMatchObject({ documentsReextracted: 1, factsNew: 1, factsNeedingReview: 1, factsUnchanged: current.length - 2, failures: 0 });
    expect(readFileSync(report.reportPath, 'utf8')).toMatch(/# factline nightly run \d+[\s\S]*\| documentsReextracted \| 1 \|/);
    expect(store.select().from(runs).all()).toMatchObject([{ kind: 'nightly', status: 'succeeded', reportPath: report.reportPath }]);

    const again = await runNightly({ store, reportsDir: join(folder, 'reports') });
    expect(again.counts.documentsReextracted).toBe(0);
  });

  it('reports a document whose re-extraction goes over its budget as a failure with the reason, and finishes the run', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factline-nightly-budget-'));
    const store = openStore(join(folder, 'factline.sqlite'));
    const [document] = await readDocumentsFromFile(fixture('corpus/council-note-15571-25-drug-trafficking-summary.txt'), { maxBytes: 1e9 });
    storeExtraction(store, { document: document!, facts: [], rulesVersion: 'old' });
    const threads = createStageThreads({ module: STAGE_TASKS, size: 1, timeoutMs: 1, memoryMb: 512 });
    try {
      const report = await runNightly({ store, reportsDir: join(folder, 'reports'), extract: async (d) => (await threads.run<{ facts: Fact[] }>('extract', d, `${d.source} #${d.position}`)).facts });
      expect(report.counts).toMatchObject({ documentsReextracted: 0, failures: 1 });
      expect(report.errors).toEqual([{ file: `${document!.source} #1`, reason: expect.stringMatching(/extract went over its time budget of 1 ms and was stopped/) }]);
      expect(readFileSync(report.reportPath, 'utf8')).toMatch(/## Failures\n\n- .+ #1: .+time budget/);
      expect(store.select().from(runs).all()).toMatchObject([{ kind: 'nightly', status: 'failed' }]);
    } finally {
      await threads.close();
    }
  });
});
