import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture-paths.ts';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../support/redis.ts';

const run = promisify(execFile);
const BIN = fixture('../src/cli/factline.mjs');
const prefix = uniquePrefix();
const data = mkdtempSync(join(tmpdir(), 'factline-cli-pipeline-'));
const env = { ...process.env, FACTLINE_QUEUE_PREFIX: prefix, REDIS_URL };
const factline = (...args: string[]) => run(process.execPath, [BIN, ...args, '--data', data], { env });
let worker: ChildProcess | undefined;

afterAll(async () => {
  worker?.kill('SIGKILL');
  const redis = new Redis(REDIS_URL);
  await dropPrefix(redis, prefix);
  redis.disconnect();
});

describe('factline ingest, worker and status as separate processes', () => {
  it('queues the corpus, a worker process stores it, status reports it, and SIGTERM stops the worker cleanly', async () => {
    worker = spawn(process.execPath, [BIN, 'worker', '--role', 'ingest', 'extract', 'persist', '--data', data], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const { stdout } = await factline('ingest', fixture('corpus'));
    expect(stdout.match(/^queued /gm)).toHaveLength(5);
    const status = await waitFor(async () => JSON.parse((await factline('status', '--json')).stdout) as { documents: number; facts: number; pending: number; failed: number }, (s) => s.documents === 14, 60000);
    expect(status.facts).toBeGreaterThan(400);
    expect(status.pending).toBe(status.facts);
    expect(status.failed).toBe(0);
    const exited = new Promise<number | null>((resolve) => worker!.on('exit', resolve));
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90000);
});

describe('factline ingest and the size limit', () => {
  it('refuses a file over FACTLINE_MAX_FILE_MB with its size and the limit before anything reaches Redis, and queues the others', async () => {
    const own = uniquePrefix();
    const big = join(data, 'statistical-annex.txt');
    writeFileSync(big, '1 2 3 4 5 6 7 8 9 '.repeat(70_000)); // 1.2 MB
    const failed = await run(process.execPath, [BIN, 'ingest', big, fixture('corpus/council-conclusions-11333-24-third-countries.txt'), '--data', data], { env: { ...env, FACTLINE_QUEUE_PREFIX: own, FACTLINE_MAX_FILE_MB: '1' } })
      .then(() => ({ code: 0, stdout: '', stderr: '' }), (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/factline: .*statistical-annex\.txt: file is 1\.2 MB, over the 1 MB limit \(raise it with --max-size or FACTLINE_MAX_FILE_MB\)/);
    expect(failed.stdout.match(/^queued /gm)).toHaveLength(1);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${own}:blob:*`);
    await dropPrefix(redis, own);
    redis.disconnect();
    expect(keys).toHaveLength(1);
  }, 60000);
});

describe('without Redis', () => {
  it('serve says so in one line and serves the review pages only', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--data', data], { env: { ...env, REDIS_URL: 'redis://127.0.0.1:6399', FACTLINE_PORT: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk; });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk; });
    const address = await waitFor(async () => /pages at (http:\/\/\S+)/.exec(stdout)?.[1], (found) => found !== undefined, 30000);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no Redis answers at redis:\/\/127\.0\.0\.1:6399 .*start one with: redis-server.*review pages only/);
    expect((await fetch(`${address}/login`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
