import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { apiTokenCaller } from '../../src/store/accounts.repository.ts';
import { fixture } from '../support/fixture-paths.ts';
import { runCli } from '../support/run-cli.ts';

const BIN = fixture('../src/cli/factline.mjs');

/** `factline user add`, as an operator runs it: the password on standard input. */
function userAdd(data: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'user', 'add', ...args, '--data', data], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  child.stdin.end('a long enough password\n');
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stdout, stderr })));
}

const clearancesOf = (data: string, name: string) => {
  const store = openStore(join(data, 'factline.sqlite'));
  try {
    return JSON.parse((store.$client.prepare('select clearances from users where name = ?').get(name) as { clearances: string }).clearances) as string[];
  } finally {
    store.$client.close();
  }
};

describe('factline user', () => {
  it('adds an account cleared for the markings given, written as the markings list prints them', async () => {
    const data = mkdtempSync(join(tmpdir(), 'factline-users-'));
    const added = await userAdd(data, 'rita', '--role', 'reviewer', '--clearance', 'limite', '--clearance', 'Restreint UE / EU Restricted');
    expect(added).toMatchObject({ status: 0, stdout: 'created reviewer rita, cleared for RESTREINT UE/EU RESTRICTED, LIMITE\n' });
    expect(clearancesOf(data, 'rita')).toEqual(['RESTREINT UE/EU RESTRICTED', 'LIMITE']);
    const plain = await userAdd(data, 'otto', '--role', 'operator');
    expect(plain.stdout).toBe('created operator otto, cleared for none\n');
    expect(clearancesOf(data, 'otto')).toEqual([]);
  }, 60_000);

  it('changes an account\'s clearances with user clear, and lists them', async () => {
    const data = mkdtempSync(join(tmpdir(), 'factline-users-'));
    await userAdd(data, 'rita', '--role', 'reviewer');
    expect(await runCli('user', 'clear', 'rita', '--clearance', 'LIMITE', '--clearance', 'EUROJUST LIMITED', '--data', data)).toMatchObject({ status: 0, stdout: 'rita is cleared for LIMITE, EUROJUST LIMITED\n' });
    expect(clearancesOf(data, 'rita')).toEqual(['LIMITE', 'EUROJUST LIMITED']);
    expect((await runCli('user', 'list', '--data', data)).stdout).toBe('rita\treviewer\tactive\tcleared for LIMITE, EUROJUST LIMITED\n');
    expect(await runCli('user', 'clear', 'rita', '--none', '--data', data)).toMatchObject({ status: 0, stdout: 'rita is cleared for none\n' });
    expect(clearancesOf(data, 'rita')).toEqual([]);
    expect((await runCli('user', 'clear', 'rita', '--data', data)).status).toBe(2);
    expect(await runCli('user', 'clear', 'nobody', '--clearance', 'LIMITE', '--data', data)).toMatchObject({ status: 1, stderr: 'factline: no account nobody\n' });
  }, 60_000);

  it('refuses a marking that is not on the list, naming the known ones', async () => {
    const data = mkdtempSync(join(tmpdir(), 'factline-users-'));
    const refused = await runCli('user', 'clear', 'rita', '--clearance', 'TOP SECRET-ISH', '--data', data);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/"TOP SECRET-ISH" is not a classification marking; known: TRÈS SECRET UE\/EU TOP SECRET, .*LIMITE/);
  });

  it.each([
    ['markup', '<b>ana</b>'],
    ['a right-to-left override', 'ana\u202Eanimda'],
    ['a space', 'ana maria'],
    ['a control character', 'ana\u0007'],
    ['101 letters', 'a'.repeat(101)],
  ])('refuses a name with %s, by the rule the accounts page uses, before asking for a password', async (_what, name) => {
    const data = mkdtempSync(join(tmpdir(), 'factline-users-'));
    const refused = await runCli('user', 'add', name, '--role', 'reviewer', '--data', data);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/a name is 1 to 100 letters, digits, dots, dashes, underscores or @/);
  });
});

describe('factline token create', () => {
  it('makes a token cleared for the markings given, none by default', async () => {
    const data = mkdtempSync(join(tmpdir(), 'factline-tokens-'));
    const cleared = await runCli('token', 'create', 'analyst', '--clearance', 'LIMITE', '--data', data);
    expect(cleared.stderr).toMatch(/^token analyst created, cleared for LIMITE: copy it now/);
    const plain = await runCli('token', 'create', 'partner', '--data', data);
    const store = openStore(join(data, 'factline.sqlite'));
    expect(apiTokenCaller(store, cleared.stdout.trim())).toEqual({ name: 'analyst', clearances: ['LIMITE'] });
    expect(apiTokenCaller(store, plain.stdout.trim())).toEqual({ name: 'partner', clearances: [] });
    store.$client.close();
  });
});
