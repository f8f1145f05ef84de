import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { documents, facts } from '../../db/schema.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { enqueueFile, openPipelineQueues } from '../../src/queue/pipeline-queues.ts';
import { fixture } from '../support/fixture-paths.ts';
import { releaseVariants } from '../support/serve-process.ts';
import { dropPrefix, REDIS_URL, redisAnswersAt, uniquePrefix, waitFor } from '../support/redis.ts';

const BIN = fixture('../src/cli/factline.mjs');
const children: ChildProcess[] = [];
const prefixes: string[] = [];
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  const redis = new Redis(REDIS_URL);
  for (const prefix of prefixes) await dropPrefix(redis, prefix);
  redis.disconnect();
});

/** Child processes of a process (ps exits 1 when there are none). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map((line) => Number(line.trim())).filter((n) => n > 0);
  } catch {
    return [];
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const worker = (data: string, env: NodeJS.ProcessEnv, roles: string[]) => {
  const child = spawn(process.execPath, [BIN, 'worker', '--role', ...roles, '--data', data], { env, stdio: 'ignore' });
  children.push(child);
  return child;
};


describe('faults', () => {
  it('a worker killed with SIGKILL mid-job loses no job and stores no fact twice once another worker runs', async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const data = mkdtempSync(join(tmpdir(), 'factline-kill-'));
    const env = { ...process.env, REDIS_URL, FACTLINE_QUEUE_PREFIX: prefix, FACTLINE_LOCK_MS: '2000' };
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queues = openPipelineQueues(redis, prefix);
    const files = releaseVariants(24);
    for (const file of files) await enqueueFile(queues, file);

    worker(data, env, ['persist']);
    const victim = worker(data, env, ['ingest', 'extract']);
    await waitFor(async () => (await queues.extract.getActiveCount()) + (await queues.ingest.getActiveCount()), (n) => n > 0, 30000);
    const sandboxChildren = childrenOf(victim.pid!);
    victim.kill('SIGKILL');
    worker(data, env, ['ingest', 'extract']);
    // The killed worker's sandboxed extraction processes leave with it instead of running on.
    await waitFor(() => sandboxChildren.filter(alive).length, (n) => n === 0, 15000);

    const store = openStore(join(data, 'factline.sqlite'));
    await waitFor(() => store.select().from(documents).all().filter((d) => d.rulesVersion !== null).length, (n) => n === files.length, 60000);
    const expected = extractFacts((await readDocuments({ source: 'x', bytes: files[0]!.bytes }))[0]!).length;
    const perDocument = new Map<number, number>();
    for (const row of store.select().from(facts).all()) perDocument.set(row.documentId, (perDocument.get(row.documentId) ?? 0) + 1);
    expect([...perDocument.values()]).toEqual(Array(files.length).fill(expected));
    store.$client.close();
    await queues.close();
    redis.disconnect();
  }, 120000);
});

/** A Redis of the test's own, with persistence on, that the test can stop and start again. */
function ownRedis(dir: string, port: number) {
  const start = () => {
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
    children.push(server);
    return server;
  };
  return { start, url: `redis://127.0.0.1:${port}` };
}


describe('a Redis restart', () => {
  it('keeps queued jobs (persistence on) and the pipeline resumes on the restarted server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-redis-'));
    const data = mkdtempSync(join(tmpdir(), 'factline-restart-'));
    const { start, url } = ownRedis(dir, 20000 + Math.floor(Math.random() * 20000));
    let server = start();
    await waitFor(() => redisAnswersAt(url), Boolean, 10000);
    const prefix = uniquePrefix();
    const producer = new Redis(url, { maxRetriesPerRequest: null });
    producer.on('error', () => undefined);
    const queues = openPipelineQueues(producer, prefix);
    const files = releaseVariants(6);
    for (const file of files.slice(0, 3)) await enqueueFile(queues, file);
    await queues.close();
    producer.disconnect();

    // Stop Redis with jobs waiting, start it again on the same data, then run a worker.
    const stopped = new Promise((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
    server = start();
    await waitFor(() => redisAnswersAt(url), Boolean, 10000);
    const env = { ...process.env, REDIS_URL: url, FACTLINE_QUEUE_PREFIX: prefix, FACTLINE_LOCK_MS: '2000' };
    worker(data, env, ['ingest', 'extract', 'persist']);
    const store = openStore(join(data, 'factline.sqlite'));
    const stored = () => store.select().from(documents).all().filter((d) => d.rulesVersion !== null).length;
    await waitFor(stored, (n) => n === 3, 60000);

    // Restart Redis under the running worker: it reconnects and takes the next jobs.
    const stoppedAgain = new Promise((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    await stoppedAgain;
    server = start();
    await waitFor(() => redisAnswersAt(url), Boolean, 10000);
    const again = new Redis(url, { maxRetriesPerRequest: null });
    const queuesAgain = openPipelineQueues(again, prefix);
    for (const file of files.slice(3)) await enqueueFile(queuesAgain, file);
    await waitFor(stored, (n) => n === 6, 60000);
    await queuesAgain.close();
    again.disconnect();
    store.$client.close();
    server.kill('SIGTERM');
  }, 150000);
});

describe('a locked SQLite file', () => {
  it('makes the persist job wait and retry, and the facts are stored once the lock is gone', async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const file = join(mkdtempSync(join(tmpdir(), 'factline-busy-')), 'factline.sqlite');
    const store = openStore(file);
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queues = openPipelineQueues(redis, prefix);
    const { startPipelineWorkers } = await import('../../src/queue/pipeline-workers.ts');
    const workers = startPipelineWorkers({ redis, prefix, store, roles: ['ingest', 'extract', 'persist'], threads: false });

    // Another process holds the write lock longer than the busy timeout (5 s).
    const holder = openStore(file);
    holder.$client.exec('BEGIN EXCLUSIVE');
    await enqueueFile(queues, releaseVariants(1)[0]!);
    await waitFor(async () => (await queues.persist.getJobs(['delayed', 'active', 'failed'])).some((job) => job.attemptsMade >= 1), Boolean, 30000);
    holder.$client.exec('COMMIT');
    holder.$client.close();

    await waitFor(() => store.select().from(documents).all().filter((d) => d.rulesVersion !== null).length, (n) => n === 1, 60000);
    const [persisted] = await queues.persist.getCompleted();
    expect(persisted!.attemptsMade).toBeGreaterThanOrEqual(2);
    expect(persisted!.returnvalue).toMatchObject({ counts: { new: expect.any(Number) } });
    await workers.close();
    await queues.close();
    redis.disconnect();
    store.$client.close();
  }, 90000);
});
