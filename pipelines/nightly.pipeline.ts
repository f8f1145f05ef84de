import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../db/client.ts';
import type { DocumentRecord } from '../src/documents/document.types.ts';
import { extractFacts, RULES_VERSION } from '../src/extract/extract-facts.ts';
import type { Fact } from '../src/extract/fact.types.ts';
import { storeExtraction } from '../src/store/extractions.repository.ts';
import { documentsToReextract, finishRun, startRun } from '../src/store/runs.repository.ts';

/**
 * The nightly run, in order: sweep the inbox (files the watcher has not taken yet go to the queue),
 * re-extract every document whose facts were read by older rules, and report. Re-extraction runs here,
 * next to the SQLite file, yielding between documents so the job's lock keeps being renewed.
 */
export interface NightlyReport {
  readonly runId: number;
  readonly counts: Record<string, number>;
  readonly errors: { file: string; reason: string }[];
  readonly reportPath: string;
}

export async function runNightly(input: {
  store: Store; reportsDir: string; sweepInbox?: () => Promise<{ queued: number; errors: { file: string; reason: string }[] }>; rulesVersion?: string;
  /** How a document is extracted: `serve` passes budgeted stage threads, so one stored document of any shape cannot stall the night. */
  extract?: (document: DocumentRecord) => Promise<Fact[]>;
}): Promise<NightlyReport> {
  const { store } = input;
  const rulesVersion = input.rulesVersion ?? RULES_VERSION;
  const runId = startRun(store, 'nightly');
  const counts: Record<string, number> = { filesQueued: 0, documentsReextracted: 0, factsNew: 0, factsChanged: 0, factsUnchanged: 0, factsNeedingReview: 0, factsRemoved: 0, failures: 0 };
  const errors: { file: string; reason: string }[] = [];
  if (input.sweepInbox) {
    const swept = await input.sweepInbox();
    counts.filesQueued = swept.queued;
    errors.push(...swept.errors);
  }
  for (const document of documentsToReextract(store, rulesVersion)) {
    try {
      const facts = input.extract ? await input.extract(document) : extractFacts(document);
      const result = storeExtraction(store, { document, facts, rulesVersion });
      counts.documentsReextracted!++;
      counts.factsNew! += result.counts.new;
      counts.factsChanged! += result.counts.changed;
      counts.factsUnchanged! += result.counts.unchanged;
      counts.factsNeedingReview! += result.counts.needsReview;
      counts.factsRemoved! += result.counts.removed;
    } catch (error) {
      errors.push({ file: `${document.source} #${document.position}`, reason: (error as Error).message });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  counts.failures = errors.length;
  await mkdir(input.reportsDir, { recursive: true });
  const reportPath = join(input.reportsDir, `run-${runId}-${new Date().toISOString().slice(0, 10)}.md`);
  await writeFile(reportPath, markdownReport(runId, rulesVersion, counts, errors));
  finishRun(store, runId, { status: errors.length === 0 ? 'succeeded' : 'failed', counts, errors, reportPath });
  return { runId, counts, errors, reportPath };
}

function markdownReport(runId: number, rulesVersion: string, counts: Record<string, number>, errors: { file: string; reason: string }[]): string {
  const rows = Object.entries(counts).map(([name, value]) => `| ${name} | ${value} |`).join('\n');
  const failures = errors.length === 0 ? 'None.' : errors.map((e) => `- ${e.file}: ${e.reason}`).join('\n');
  return `# factline nightly run ${runId}\n\n${new Date().toISOString()}, rules ${rulesVersion}\n\n| count | value |\n|---|---|\n${rows}\n\n## Failures\n\n${failures}\n`;
}
