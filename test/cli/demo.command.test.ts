import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture-paths.ts';
import { waitFor } from '../support/redis.ts';
import { overHttp, signInWith } from '../support/sign-in.ts';

const BIN = fixture('../src/cli/factline.mjs');

/** Starts `factline demo` as a newcomer would (no Redis: REDIS_URL points nowhere) and reads what it prints. */
async function startDemo(data: string) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, 'demo', '--data', data, '--port', '0'], { env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:6399' } });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk; });
  child.stderr.on('data', (chunk: Buffer) => { stdout += chunk; });
  await waitFor(() => stdout, (text) => /Ctrl-C stops/.test(text), 60000);
  const address = /review page at (http:\/\/127\.0\.0\.1:\d+)\/review/.exec(stdout)![1]!;
  const [, name, password] = /sign in as (\S+) with password (\S+)/.exec(stdout) ?? [];
  const stop = async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    return exited;
  };
  return { stdout, address, name, password, stop };
}

describe('npm start (factline demo)', () => {
  it('stores the bundled documents, prints the review page and a first account, and shows facts to review without Redis', async () => {
    const data = mkdtempSync(join(tmpdir(), 'factline-demo-'));
    const demo = await startDemo(data);
    expect(demo.stdout).toMatch(/5 bundled files → 14 documents, \d{3} facts \(\d{3} to review\)/);
    expect(demo.name).toBe('admin');
    const { response: login, cookie } = await signInWith(overHttp(demo.address), demo.name!, demo.password!);
    expect(login.status).toBe(303);
    const queue = await (await fetch(`${demo.address}/review`, { headers: { cookie } })).text();
    expect(queue).toMatch(/Facts 1–20 of \d{3}/);
    expect(queue.match(/<article class="fact/g)).toHaveLength(20);
    expect(await demo.stop()).toBe(0);

    // Again on the same data: nothing added, the same first account still printed.
    const again = await startDemo(data);
    expect(again.stdout.match(/→ 14 documents, (\d+) facts/)![1]).toBe(demo.stdout.match(/→ 14 documents, (\d+) facts/)![1]);
    expect(again.password).toBe(demo.password);
    expect(await again.stop()).toBe(0);
  });
});
