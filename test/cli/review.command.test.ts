import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { addUser } from '../../src/store/accounts.repository.ts';
import { jsonLines, runCli } from '../support/run-cli.ts';
import { storeFiles } from '../support/web-app.ts';

const RELEASE = {
  name: 'release.txt',
  text: `Joint action in Estonia and Kenya: 21 suspects arrested

Source: Eurojust

Authorities in Estonia and Kenya arrested 21 suspects and seized 3 tonnes of cannabis with the support of Eurojust.

Eurojust is negotiating a working arrangement with Kenya.`,
};

async function reviewData() {
  const data = mkdtempSync(join(tmpdir(), 'factline-review-cli-'));
  const store = openStore(join(data, 'factline.sqlite'));
  addUser(store, { name: 'rita', role: 'reviewer', passwordHash: await hashPassword('a long enough password') });
  addUser(store, { name: 'otto', role: 'operator', passwordHash: await hashPassword('a long enough password') });
  await storeFiles(store, [RELEASE]);
  const row = (id: number) => store.$client.prepare('select * from facts where id = ?').get(id) as Record<string, unknown>;
  const idOf = (where: string) => (store.$client.prepare(`select id from facts where ${where}`).get() as { id: number }).id;
  const review = (...args: string[]) => runCli('review', ...args, '--data', data);
  return { review, row, idOf };
}

describe('factline review', () => {
  it('lists the queue with the words marked in their sentence, filtered like the page', async () => {
    const { review } = await reviewData();
    const all = await review('list');
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^#\d+ r0 pending [\d.]+ figure: 21 count · suspects · arrested/m);
    expect(all.stdout).toContain('[[21 suspects]]');
    const signings = jsonLines((await review('list', '--kind', 'signing', '--json')).stdout);
    expect(signings).toHaveLength(1);
    expect(signings[0]).toMatchObject({ kind: 'signing', counterpart: 'Kenya', status: 'negotiating', state: 'pending' });
    const kenya = jsonLines((await review('list', '--country', 'KE', '--json')).stdout);
    expect(kenya.map((fact) => fact.kind).sort()).toEqual(['entity', 'figure', 'figure', 'figure', 'signing']);
  });

  it('approves, rejects with a coded reason, edits and undoes, as the named reviewer', async () => {
    const { review, row, idOf } = await reviewData();
    const suspects = idOf("json_extract(data, '$.value') = 21");
    const cannabis = idOf("json_extract(data, '$.unit') = 'tonne'");
    const kenya = idOf("json_extract(data, '$.code') = 'KE'");
    expect((await review('approve', String(kenya), '--as', 'rita')).stdout).toBe(`fact ${kenya} approved (revision 1)\n`);
    expect((await review('reject', String(cannabis), '--reason', 'wrong_subject', '--note', 'the subject is resin', '--as', 'rita')).status).toBe(0);
    expect(row(cannabis)).toMatchObject({ review_state: 'rejected', reject_reason: 'wrong_subject', reject_note: 'the subject is resin', reviewed_by: 'rita' });
    const edit = await review('edit', String(suspects), '--set', 'value=22', '--set', 'subject=arrested suspects', '--as', 'rita');
    expect(edit.stdout).toBe(`fact ${suspects} edited and approved (revision 1)\n`);
    expect(JSON.parse(row(suspects).edited_data as string)).toMatchObject({ value: 22, subject: 'arrested suspects' });
    expect((await review('undo', '--as', 'rita')).stdout).toMatch(new RegExp(`fact ${suspects} was undone`));
    expect(row(suspects)).toMatchObject({ review_state: 'pending', edited_data: null });
    const shown = (await review('show', String(suspects))).stdout;
    expect(shown).toContain('[[21 suspects]]');
    expect(shown).toMatch(/rita edit: pending → edited\n.* rita undo: edited → pending\n$/);
    const progress = JSON.parse((await review('progress', '--json')).stdout) as { byState: Record<string, number>; byReviewer: { reviewer: string; approve: number }[] };
    expect(progress.byState).toMatchObject({ approved: 1, rejected: 1 });
    expect(progress.byReviewer[0]).toMatchObject({ reviewer: 'rita', approve: 1, reject: 1, edit: 1, undo: 1 });
  });

  it('refuses a decision on a revision someone else decided since, and an operator or unknown account', async () => {
    const { review, row, idOf } = await reviewData();
    const kenya = idOf("json_extract(data, '$.code') = 'KE'");
    await review('approve', String(kenya), '--as', 'rita');
    const stale = await review('reject', String(kenya), '--reason', 'not_a_fact', '--revision', '0', '--as', 'rita');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/was approved by rita while you looked at it/);
    expect(row(kenya)).toMatchObject({ review_state: 'approved' });
    expect((await review('approve', String(kenya), '--as', 'otto')).stderr).toMatch(/an operator cannot review/);
    expect((await review('approve', String(kenya), '--as', 'nobody')).status).toBe(2);
  });

  it('names the field and the reason when an edit or a reason is wrong', async () => {
    const { review, idOf } = await reviewData();
    const suspects = idOf("json_extract(data, '$.value') = 21");
    expect((await review('edit', String(suspects), '--set', 'value=many', '--as', 'rita')).stderr).toMatch(/value must be a number, not "many"/);
    expect((await review('edit', String(suspects), '--set', 'colour=red', '--as', 'rita')).stderr).toMatch(/a figure has no field colour/);
    expect((await review('reject', String(suspects), '--reason', 'bad', '--as', 'rita')).stderr).toMatch(/--reason <code>' argument 'bad' is invalid/);
    expect((await review('show', '9999')).stderr).toMatch(/fact 9999 does not exist/);
  });
});
