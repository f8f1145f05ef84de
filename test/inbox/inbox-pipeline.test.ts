import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { documents, sourceFiles } from '../../db/schema.ts';
import { storeStatus } from '../../src/store/status.repository.ts';
import { fixture } from '../support/fixture-paths.ts';
import { startInboxPipeline } from '../support/inbox-pipeline.ts';
import { uniquePrefix, waitFor } from '../support/redis.ts';

const running: { stop(o?: { drop?: boolean }): Promise<void> }[] = [];
afterEach(async () => {
  for (const pipeline of running.splice(0)) await pipeline.stop({ drop: true });
});
const start = async (input: Parameters<typeof startInboxPipeline>[0]) => {
  const pipeline = await startInboxPipeline(input);
  running.push(pipeline);
  return pipeline;
};
const corpus = (name: string) => fixture('corpus', name);
const storedDocuments = (store: ReturnType<typeof openStore>) => store.select().from(documents).all().filter((d) => d.rulesVersion !== null).length;
/** About 12 MB of real prose in one document: far more than any reading or extraction does in 3 s. */
const bigProse = (prefix: string) => {
  const prose = readFileSync(corpus('council-note-15571-25-drug-trafficking-summary.txt'), 'utf8');
  const big = join(tmpdir(), `factline-big-${prefix}.txt`);
  writeFileSync(big, Array.from({ length: 240 }, (_, i) => prose.replaceAll('2025', String(1900 + i))).join('\n\n'));
  return big;
};
const filesIn = (folder: string) => readdirSync(folder).filter((name) => !name.endsWith('.error.txt')).sort();

describe('the watched inbox', () => {
  it('stores files again in a new store on a Redis that has already seen them, instead of taking old finished jobs for done', async () => {
    const prefix = uniquePrefix();
    const first = await start({ prefix });
    first.drop(corpus('council-conclusions-11333-24-third-countries.txt'), 'conclusions.txt');
    await waitFor(() => filesIn(first.folders.archive), (names) => names.length === 1, 60000);
    expect(storedDocuments(first.store)).toBe(1);
    await running.pop()!.stop();

    // Same Redis, same prefix, an empty data folder: the file must be read and stored again.
    const second = await start({ prefix });
    second.drop(corpus('council-conclusions-11333-24-third-countries.txt'), 'conclusions.txt');
    await waitFor(() => filesIn(second.folders.archive), (names) => names.length === 1, 60000);
    expect(storedDocuments(second.store)).toBe(1);
  });

  it('stores a file written in 5 chunks over 5 s as one whole document, not as fragments', async () => {
    const prefix = uniquePrefix();
    const pipeline = await start({ prefix, stableMs: 2000 });
    const text = readFileSync(corpus('eurojust-pr-50-jurisdictions-working-arrangements.txt'), 'utf8');
    const path = join(pipeline.folders.inbox, 'release.txt');
    const chunk = Math.ceil(text.length / 5);
    for (let i = 0; i < 5; i++) {
      appendFileSync(path, text.slice(i * chunk, (i + 1) * chunk));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await waitFor(() => filesIn(pipeline.folders.archive), (names) => names.length === 1, 60000);
    const stored = pipeline.store.select().from(documents).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.text.length).toBeGreaterThan(text.length * 0.9);
  });

  it('fails a document whose extraction goes past its time budget with the reason, keeps its file in failed/, and goes on with the next files', async () => {
    const prefix = uniquePrefix();
    const pipeline = await start({ prefix, timeoutMs: 3000 });
    pipeline.drop(bigProse(prefix), 'annex.txt');
    pipeline.drop(corpus('eurojust-pr-50-jurisdictions-working-arrangements.txt'), 'release.txt');
    await waitFor(() => filesIn(pipeline.folders.failed), (names) => names.includes('annex.txt'), 60000);
    expect(readFileSync(join(pipeline.folders.failed, 'annex.txt.error.txt'), 'utf8')).toMatch(/annex\.txt: document 1 of 1: extract: .*went over its time budget of 3 s/);
    const status = storeStatus(pipeline.store);
    expect(status.failedDocuments).toMatchObject([{ file: 'annex.txt', position: 1, stage: 'extract', reason: expect.stringMatching(/time budget/) }]);
    // A short release is extracted well within the budget by a warm thread.
    await waitFor(() => filesIn(pipeline.folders.archive), (names) => names.includes('release.txt'), 60000);
    expect(existsSync(join(pipeline.folders.processing, 'annex.txt'))).toBe(false);
    expect(pipeline.lines).toEqual(expect.arrayContaining([
      expect.objectContaining({ component: 'inbox', msg: 'file taken', file: 'annex.txt' }),
      expect.objectContaining({ component: 'workers', msg: 'job failed', queue: 'extract', file: 'annex.txt', reason: expect.stringMatching(/time budget/) }),
      expect.objectContaining({ component: 'workers', msg: 'document failed', file: 'annex.txt', stage: 'extract', reason: expect.stringMatching(/time budget/) }),
      expect.objectContaining({ component: 'inbox', msg: 'file failed', file: 'annex.txt', reason: expect.stringMatching(/time budget/) }),
    ]));
  });

  it('fails a file whose reading goes past its time budget, with the reason, and reads the next files', async () => {
    const prefix = uniquePrefix();
    const pipeline = await start({ prefix, readTimeoutMs: 20 });
    pipeline.drop(bigProse(prefix), 'annex.txt');
    await waitFor(() => filesIn(pipeline.folders.failed), (names) => names.includes('annex.txt'), 60000);
    expect(readFileSync(join(pipeline.folders.failed, 'annex.txt.error.txt'), 'utf8')).toMatch(/^annex\.txt: read went over its time budget of 20 ms and was stopped/);
    expect(pipeline.store.select().from(sourceFiles).all()).toMatchObject([{ name: 'annex.txt', status: 'failed', error: expect.stringMatching(/time budget/) }]);
  });

  it('puts a file over the size limit in failed/ with the reason, without reading it, and records it in the store', async () => {
    const prefix = uniquePrefix();
    const pipeline = await start({ prefix, maxBytes: 4096 });
    pipeline.drop(corpus('council-note-15571-25-drug-trafficking-summary.txt'), 'note.txt');
    await waitFor(() => filesIn(pipeline.folders.failed), (names) => names.includes('note.txt'), 30000);
    expect(readFileSync(join(pipeline.folders.failed, 'note.txt.error.txt'), 'utf8')).toMatch(/note\.txt: file is 5\d KB, over the 4 KB limit/);
    expect(pipeline.store.select().from(sourceFiles).all()).toMatchObject([{ name: 'note.txt', status: 'failed', error: expect.stringMatching(/over the 4 KB limit/) }]);
    expect(await pipeline.queues.ingest.getJobCounts('waiting', 'completed', 'failed')).toEqual({ waiting: 0, completed: 0, failed: 0 });
  });

  it('retries a store that cannot be written, then puts the file in failed/ saying the store is read-only, never in archive/', async () => {
    const prefix = uniquePrefix();
    const dataDir = join(tmpdir(), `factline-readonly-${prefix}`);
    const store = openStore(join(dataDir, 'factline.sqlite'));
    store.$client.pragma('query_only = ON'); // writes now fail as on a read-only file or mount
    const pipeline = await start({ prefix, dataDir, store });
    pipeline.drop(corpus('eurojust-pr-50-jurisdictions-working-arrangements.txt'), 'release.txt');
    await waitFor(() => filesIn(pipeline.folders.failed), (names) => names.includes('release.txt'), 60000);
    expect(readFileSync(join(pipeline.folders.failed, 'release.txt.error.txt'), 'utf8')).toMatch(/the store cannot be written: the SQLite file or its folder is read-only/);
    expect(filesIn(pipeline.folders.archive)).toEqual([]);
    const [job] = await pipeline.queues.persist.getFailed();
    expect(job!.attemptsMade).toBe(5);
    expect(pipeline.lines.filter((line) => line.msg === 'job failed' && line.queue === 'persist')).toHaveLength(5);
  });
});
