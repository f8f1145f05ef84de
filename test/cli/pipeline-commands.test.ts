import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
