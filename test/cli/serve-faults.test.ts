import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { documents, facts, runs } from '../../db/schema.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { fixture } from '../support/fixture-paths.ts';
import { dropInto, ownRedis, releaseVariants, type ServeProcess, startServe } from '../support/serve-process.ts';
import { waitFor } from '../support/redis.ts';

const started: ServeProcess[] = [];
const redises: ReturnType<typeof ownRedis>[] = [];
afterAll(async () => {
  for (const serve of started) serve.child.kill('SIGKILL');
  for (const redis of redises) await redis.kill();
});
const serve = (data: string, env: NodeJS.ProcessEnv) => {
  const process_ = startServe(data, env);
  started.push(process_);
  return process_;
};
const freshRedis = async () => {
  const redis = ownRedis(20000 + Math.floor(Math.random() * 20000));
  redises.push(redis);
  redis.start();
  await waitFor(() => redis.answers(), Boolean, 10000);
  return redis;
};
const baseEnv = (url: string) => ({ ...process.env, REDIS_URL: url, FACTLINE_QUEUE_PREFIX: 'faults', FACTLINE_PORT: '0', FACTLINE_FILE_STABLE_MS: '300', FACTLINE_LOCK_MS: '2000', FACTLINE_SHUTDOWN_GRACE_MS: '2000' });
const names = (folder: string) => readdirSync(folder).filter((name) => !name.startsWith('.') && !name.endsWith('.error.txt')).sort();

describe('factline serve under faults', () => {
  it('loses no file when Redis dies mid-run and comes back empty and serve is killed and restarted: each file stored once or failed with a reason', async () => {
    const redis = await freshRedis();
    const data = mkdtempSync(join(tmpdir(), 'factline-faults-'));
    const inbox = join(data, 'inbox');
    mkdirSync(inbox, { recursive: true });
    const env = baseEnv(redis.url);
    let first = serve(data, env);
    await waitFor(() => first.output(), (text) => text.includes('watching'), 60000);
    const files = releaseVariants(20, 12); // about 100 KB each: enough work in flight when Redis dies
    const sources = mkdtempSync(join(tmpdir(), 'factline-sources-'));
    for (const file of files) writeFileSync(join(sources, file.name), file.bytes);
    for (const file of files) dropInto(inbox, join(sources, file.name), file.name);

    const store = openStore(join(data, 'factline.sqlite'));
    const stored = () => store.select({ sha256: documents.sha256 }).from(documents).all().length;
    await waitFor(stored, (n) => n >= 2, 60000);
    await redis.kill(); // every queued job, blob and lock gone
    redis.start();
    await waitFor(() => redis.answers(), Boolean, 10000);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // serve reconnects and hands lost files in again
    expect(stored()).toBeLessThan(20);
    first.child.kill('SIGKILL'); // and the service itself dies without a word
    await first.exited;
    first = serve(data, env);

    await waitFor(() => names(inbox).length + names(join(data, 'processing')).length, (n) => n === 0, 120000);
    const archived = names(join(data, 'archive'));
    const failed = names(join(data, 'failed'));
    expect(archived.length + failed.length).toBe(20);
    for (const name of failed) expect(readFileSync(join(data, 'failed', `${name}.error.txt`), 'utf8')).toMatch(new RegExp(`^${name}: .+`));
    const storedShas = new Set(store.select({ sha256: documents.sha256 }).from(documents).all().map((row) => row.sha256));
    for (const name of archived) {
      const [document] = await readDocuments({ source: name, bytes: readFileSync(join(data, 'archive', name)) });
      expect(storedShas.has(document!.sha256), `${name} is in archive/ but not in the store`).toBe(true);
    }
    // None stored twice: one document per file, and every document has the same facts as the others.
    expect(storedShas.size).toBe(archived.length);
    const perDocument = new Map<number, number>();
    for (const row of store.select({ documentId: facts.documentId }).from(facts).all()) perDocument.set(row.documentId, (perDocument.get(row.documentId) ?? 0) + 1);
    expect(new Set(perDocument.values()).size).toBe(1);
    // The batch run the kill cut short is closed as interrupted, not left running for ever.
    await waitFor(() => store.select({ status: runs.status }).from(runs).all().map((r) => r.status), (statuses) => !statuses.includes('running'), 30000);
    expect(store.select({ status: runs.status }).from(runs).all().map((r) => r.status)).toContain('interrupted');
    store.$client.close();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 300000);

  it('refuses the persist role to a second serve with another data folder on the same queue, naming the holder, and keeps every document in the first store', async () => {
    const redis = await freshRedis();
    const env = baseEnv(redis.url);
    const dataA = mkdtempSync(join(tmpdir(), 'factline-a-'));
    const dataB = mkdtempSync(join(tmpdir(), 'factline-b-'));
    const a = serve(dataA, env);
    await waitFor(() => a.output(), (text) => text.includes('watching'), 60000);
    const b = serve(dataB, env);
    await waitFor(() => b.output(), (text) => text.includes('pages at'), 60000);
    expect(b.output()).toMatch(new RegExp(`persist role for queue prefix "faults" is held by process ${a.child.pid} on .+, writing ${dataA.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/factline\\.sqlite`));
    expect(b.output()).toMatch(/serving the web pages only/);
    mkdirSync(join(dataB, 'inbox'), { recursive: true });
    dropInto(join(dataA, 'inbox'), fixture('corpus/council-conclusions-11333-24-third-countries.txt'), 'conclusions.txt');
    dropInto(join(dataB, 'inbox'), fixture('corpus/eurojust-pr-50-jurisdictions-working-arrangements.txt'), 'release.txt');
    await waitFor(() => names(join(dataA, 'archive')), (list) => list.length === 1, 60000);
    const storeA = openStore(join(dataA, 'factline.sqlite'));
    const storeB = openStore(join(dataB, 'factline.sqlite'));
    expect(storeA.select().from(documents).all()).toHaveLength(1);
    expect(storeB.select().from(documents).all()).toHaveLength(0);
    expect(names(join(dataB, 'inbox'))).toEqual(['release.txt']); // nobody takes B's inbox: it has no writer
    storeA.$client.close();
    storeB.$client.close();
    b.child.kill('SIGTERM');
    a.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  }, 180000);

  it('stops on SIGTERM within its grace period while an extraction is running, leaving the file in processing/ for the next start', async () => {
    const redis = await freshRedis();
    const data = mkdtempSync(join(tmpdir(), 'factline-term-'));
    const inbox = join(data, 'inbox');
    mkdirSync(inbox, { recursive: true });
    const env = { ...baseEnv(redis.url), FACTLINE_EXTRACT_TIMEOUT_MS: '600000' };
    const first = serve(data, env);
    await waitFor(() => first.output(), (text) => text.includes('watching'), 60000);
    const prose = readFileSync(fixture('corpus/council-note-15571-25-drug-trafficking-summary.txt'), 'utf8');
    const big = join(mkdtempSync(join(tmpdir(), 'factline-big-')), 'annex.txt');
    writeFileSync(`${big}.tmp`, Array.from({ length: 120 }, (_, i) => prose.replaceAll('2025', String(1800 + i))).join('\n\n'));
    renameSync(`${big}.tmp`, big);
    dropInto(inbox, big, 'annex.txt');
    await waitFor(() => first.output(), (text) => /"queue":"extract"|"msg":"file taken"/.test(text), 60000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    first.child.kill('SIGTERM');
    // The grace period is 2 s; the whole stop is bounded by grace + 10 s. The wait here is only the test's own limit.
    const code = await Promise.race([first.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 60000))]);
    expect(code, first.output()).toBe(0);
    expect(names(join(data, 'processing'))).toEqual(['annex.txt']);
    expect(names(join(data, 'archive'))).toEqual([]);
  }, 180000);
});
