import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../db/client.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { CLASSIFICATION_MARKINGS } from '../documents/metadata/classification-markings.ts';
import { addUser, findUserForLogin, hasAccounts } from '../store/accounts.repository.ts';

const NAME = 'admin';

/**
 * The account a newcomer signs in with. Made only when the store has no account at all, with a random
 * password kept in DATA/first-account.txt (owner-readable) so the demo can print it again; once the
 * password is changed or the account removed, it is no longer shown.
 */
export async function firstAccount(store: Store, dataDir: string): Promise<{ name: string; password: string; file: string } | undefined> {
  const file = join(dataDir, 'first-account.txt');
  if (!hasAccounts(store)) {
    const password = randomBytes(12).toString('base64url');
    // Whoever starts factline on a new store holds the SQLite file and can read all of it already: the
    // first account is cleared for every marking, so the bundled LIMITE note is not hidden from them.
    addUser(store, { name: NAME, role: 'admin', passwordHash: await hashPassword(password), clearances: CLASSIFICATION_MARKINGS });
    writeFileSync(file, `${NAME}\n${password}\n`, { mode: 0o600 });
    return { name: NAME, password, file };
  }
  if (!existsSync(file)) return undefined;
  const [name = '', password = ''] = readFileSync(file, 'utf8').split('\n');
  const user = findUserForLogin(store, name);
  return user && (await verifyPassword(password, user.passwordHash)) ? { name, password, file } : undefined;
}
