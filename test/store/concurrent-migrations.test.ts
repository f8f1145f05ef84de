import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { fixture } from '../support/fixture-paths.ts';

const run = promisify(execFile);
const MIGRATION_COUNT = (JSON.parse(readFileSync(fixture('../db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
const CLIENT = fixture('../db/client.ts');
/**
 * A process that only opens the store, as `serve`, `worker` and `status` do when they start. All of a
 * round wait for one agreed instant first, so their migrations really overlap.
 */
const OPEN = `const { openStore } = await import(process.argv[1]);
while (Date.now() < Number(process.argv[3])) {}
openStore(process.argv[2]).$client.close();`;

describe('a new store opened by several processes at once', () => {
  it('is migrated once: every process opens it, none fails with "table already exists"', async () => {
    for (let round = 0; round < 3; round++) {
      const file = join(mkdtempSync(join(tmpdir(), 'factline-race-')), 'factline.sqlite');
      const at = String(Date.now() + 4000);
      const opened = await Promise.allSettled([1, 2, 3, 4].map(() => run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', OPEN, CLIENT, file, at])));
      const failures = opened.flatMap((result) => (result.status === 'rejected' ? [String((result.reason as { stderr?: string }).stderr ?? result.reason)] : []));
      expect(failures).toEqual([]);
      const store = openStore(file);
      expect(store.$client.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual({ n: MIGRATION_COUNT });
      store.$client.close();
    }
  }, 120000);
});
