import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from './fixture-paths.ts';
import { redisAnswersAt } from './redis.ts';

const BIN = fixture('../src/cli/factline.mjs');

export interface ServeProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far, standard output and error (its log lines included). */
  output(): string;
  readonly exited: Promise<number | null>;
}

/** `factline serve` as an operator runs it, in a process of its own. */
export function startServe(data: string, env: NodeJS.ProcessEnv): ServeProcess {
  const child = spawn(process.execPath, [BIN, 'serve', '--data', data], { env: { FACTLINE_LOG_FORMAT: 'json', ...env, FACTLINE_LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => void (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** A Redis of the test's own, without persistence: killing it loses every job, as a crashed cache would. */
export function ownRedis(port: number) {
  let server: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    start() {
      server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
    },
    async kill() {
      const stopped = new Promise((resolve) => server?.on('exit', resolve));
      server?.kill('SIGKILL');
      await stopped;
    },
    answers: () => redisAnswersAt(url),
  };
}

/** Distinct files made from a corpus release (`repeat` times its body): the same text with a numbered closing line. */
export function releaseVariants(count: number, repeat = 1): { name: string; bytes: Buffer }[] {
  const text = readFileSync(fixture('corpus/eurojust-pr-50-jurisdictions-working-arrangements.txt'), 'utf8');
  const body = Array.from({ length: repeat }, () => text).join('\n\n');
  return Array.from({ length: count }, (_, i) => ({ name: `variant-${String(i).padStart(2, '0')}.txt`, bytes: Buffer.from(`${body}\n\nVariant ${i} of this release.`) }));
}

/** Drops a file the way operators are told to: written under a hidden name, then renamed. */
export function dropInto(inbox: string, source: string, name: string): void {
  const hidden = join(inbox, `.${name}`);
  copyFileSync(source, hidden);
  renameSync(hidden, join(inbox, name));
}
