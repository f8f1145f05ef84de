import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { documents, facts, sourceFiles } from '../../db/schema.ts';
import { enqueueFile, openPipelineQueues } from '../../src/queue/pipeline-queues.ts';
import { startPipelineWorkers } from '../../src/queue/pipeline-workers.ts';
import { fixture } from '../support/fixture-paths.ts';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../support/redis.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function pipeline() {
  const prefix = uniquePrefix();
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'factline-queue-')), 'factline.sqlite'));
  const queues = openPipelineQueues(redis, prefix);
  const workers = startPipelineWorkers({ redis, prefix, store, roles: ['ingest', 'extract', 'persist'] });
  cleanups.push(async () => {
    await workers.close();
    await queues.close();
    await dropPrefix(redis, prefix);
    redis.disconnect();
    store.$client.close();
  });
  return { store, queues };
}

const corpusFile = (name: string) => ({ name, bytes: readFileSync(fixture('corpus', name)) });

describe('the ingest → extract → persist queues on a real Redis and SQLite file', () => {
  it('stores every document of a file and its facts', async () => {
    const { store, queues } = await pipeline();
    await enqueueFile(queues, corpusFile('eurojust-press-releases-digest-2025.txt'));
    const stored = await waitFor(() => store.select().from(documents).all().filter((d) => d.rulesVersion !== null).length, (n) => n === 10);
    expect(stored).toBe(10);
    expect(store.select().from(facts).all().length).toBeGreaterThan(100);
    expect(store.select().from(sourceFiles).all()).toMatchObject([{ name: 'eurojust-press-releases-digest-2025.txt', status: 'stored' }]);
  });

  it('stores a file dropped twice, or two copies at once, once', async () => {
    const { store, queues } = await pipeline();
    const file = corpusFile('eurojust-pr-50-jurisdictions-working-arrangements.txt');
    await Promise.all([enqueueFile(queues, file), enqueueFile(queues, { ...file, name: 'copy.txt' })]);
    await waitFor(() => store.select().from(documents).all().filter((d) => d.rulesVersion !== null).length, (n) => n === 1);
    const factCount = store.select().from(facts).all().length;
    await enqueueFile(queues, file);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(store.select().from(documents).all()).toHaveLength(1);
    expect(store.select().from(facts).all()).toHaveLength(factCount);
  });

  it('keeps a corrupt PDF with its reason, fails its job once without retrying, and reads the good files', async () => {
    const { store, queues } = await pipeline();
    await enqueueFile(queues, { name: 'corrupt.pdf', bytes: readFileSync(fixture('pdf/generated/corrupt.pdf')) });
    await enqueueFile(queues, corpusFile('council-conclusions-11333-24-third-countries.txt'));
    const failed = await waitFor(() => store.select().from(sourceFiles).all().filter((f) => f.status === 'failed'), (rows) => rows.length === 1);
    expect(failed[0]).toMatchObject({ name: 'corrupt.pdf', error: expect.stringMatching(/corrupt or truncated PDF/) });
    await waitFor(() => store.select().from(documents).all().filter((d) => d.rulesVersion !== null).length, (n) => n === 1);
    const [job] = await queues.ingest.getFailed();
    expect(job).toMatchObject({ attemptsMade: 1, failedReason: expect.stringMatching(/corrupt\.pdf: corrupt or truncated PDF/) });
  });
});
