import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture-paths.ts';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../support/redis.ts';
import { overHttp, signInWith } from '../support/sign-in.ts';

const run = promisify(execFile);
const BIN = fixture('../src/cli/factline.mjs');
const prefix = uniquePrefix();
const data = mkdtempSync(join(tmpdir(), 'factline-serve-'));
const inbox = join(data, 'inbox');
const env = { ...process.env, FACTLINE_QUEUE_PREFIX: prefix, REDIS_URL, FACTLINE_NIGHTLY_CRON: '15 3 * * *', FACTLINE_PORT: '0' };
let serve: ChildProcess | undefined;

/** Operators copy to a temporary name and rename, so the watcher never sees half a file. */
function drop(source: string, name: string) {
  const temporary = join(inbox, `.${name}.partial`);
  copyFileSync(source, temporary);
  renameSync(temporary, join(inbox, name));
}

afterAll(async () => {
  serve?.kill('SIGKILL');
  const redis = new Redis(REDIS_URL);
  await dropPrefix(redis, prefix);
  redis.disconnect();
});

describe('factline serve with a watch folder', () => {
  it('stores every dropped corpus file, archives it, puts a corrupt PDF in failed/ with its reason, schedules the nightly run, and shows the queue dashboard to operators only', async () => {
    mkdirSync(inbox, { recursive: true });
    drop(fixture('corpus/council-note-15571-25-drug-trafficking-summary.txt'), 'note.txt');
    const operator = spawn(process.execPath, [BIN, 'user', 'add', 'otto', '--role', 'operator', '--data', data], { env, stdio: ['pipe', 'ignore', 'inherit'] });
    operator.stdin!.end('operator password 1\n');
    await new Promise((resolve) => operator.on('exit', resolve));
    serve = spawn(process.execPath, [BIN, 'serve', '--data', data], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    serve.stdout!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    for (const name of readdirSync(fixture('corpus'))) drop(fixture('corpus', name), name);
    drop(fixture('pdf/generated/corrupt.pdf'), 'broken.pdf');

    const status = async () => JSON.parse((await run(process.execPath, [BIN, 'status', '--json', '--data', data], { env })).stdout) as { documents: number; failed: number };
    const last = await waitFor(status, (s) => s.documents === 14 && s.failed === 1, 60000);
    expect(last.documents).toBe(14);
    await waitFor(() => readdirSync(join(data, 'archive')).length, (n) => n === 6, 20000);
    expect(readdirSync(join(data, 'archive')).sort()).toEqual([...readdirSync(fixture('corpus')), 'note.txt'].sort());
    expect(readFileSync(join(data, 'failed', 'broken.pdf.error.txt'), 'utf8')).toMatch(/broken\.pdf: .*corrupt or truncated PDF/);
    expect(existsSync(join(data, 'failed', 'broken.pdf'))).toBe(true);
    expect(readdirSync(inbox)).toEqual([]);
    const runs = await waitFor(async () => JSON.parse((await run(process.execPath, [BIN, 'status', '--json', '--data', data], { env })).stdout).recentRuns as { kind: string; status: string; counts: Record<string, number> }[],
      (list) => list.some((r) => r.kind === 'batch' && r.status !== 'running'), 20000);
    const files = runs.filter((r) => r.kind === 'batch').reduce((sum, r) => sum + (r.counts.files ?? 0), 0);
    const failedFiles = runs.filter((r) => r.kind === 'batch').reduce((sum, r) => sum + (r.counts.failed ?? 0), 0);
    expect(files).toBe(7);
    expect(failedFiles).toBe(1);

    // The queue dashboard: refused without a session, shown to an operator.
    const address = /pages at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    expect(address).toBeDefined();
    expect((await fetch(`${address}/admin/queues`, { redirect: 'manual' })).status).toBe(303);
    const { cookie } = await signInWith(overHttp(address!), 'otto', 'operator password 1');
    expect(cookie).not.toBe('');
    const board = await fetch(`${address}/admin/queues`, { headers: { cookie } });
    expect(board.status).toBe(200);
    expect(await board.text()).toMatch(/bull/i);

    const redis = new Redis(REDIS_URL);
    const nightly = new Queue('nightly', { connection: redis, prefix });
    expect(await nightly.getJobSchedulers()).toMatchObject([{ key: 'nightly', pattern: '15 3 * * *' }]);
    await nightly.close();
    redis.disconnect();

    const exited = new Promise<number | null>((resolve) => serve!.on('exit', resolve));
    serve.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 120000);
});
