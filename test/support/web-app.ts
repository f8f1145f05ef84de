import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/client.ts';
import type { Role } from '../../db/schema.ts';
import { ingestInProcess } from '../../pipelines/ingest.pipeline.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { addUser } from '../../src/store/accounts.repository.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createWebApp, type WebAppOptions } from '../../src/web/web-app.ts';
import { fixture } from './fixture-paths.ts';
import { signInWith } from './sign-in.ts';

export const PASSWORD = 'a long enough password';

/** A Council note marked LIMITE: what clearances are about. */
export const LIMITE_NOTE = {
  name: 'council-note.txt',
  text: `Council of the European Union
Brussels, 4 February 2026
(OR. en)
6001/26
LIMITE
JAI 120

NOTE
Subject: Cooperation with Morocco

Spain and Morocco seized 12 tonnes of cocaine in 2025.`,
};

/** Stores files through the real pipeline stages, in this process. */
export async function storeFiles(store: Store, files: readonly { name: string; text: string }[]): Promise<void> {
  for (const file of files) await ingestInProcess(store, { name: file.name, bytes: new TextEncoder().encode(file.text) });
}

export const corpusFiles = () => readdirSync(fixture('corpus')).sort().map((name) => ({ name, text: readFileSync(fixture('corpus', name), 'utf8') }));

/**
 * A real store file with the real migrations, the web app over it, and accounts: rita and rob review
 * (cleared for LIMITE), uma reviews (cleared for nothing), otto operates, ada administers. `signIn`
 * returns the session cookie and the CSRF token of its pages.
 */
export async function webAppWith(files: readonly { name: string; text: string }[] = [], options: Omit<WebAppOptions, 'store' | 'secret'> = {}) {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'factline-web-')), 'factline.sqlite'));
  const hash = await hashPassword(PASSWORD);
  const accounts: [string, Role, string[]][] = [['rita', 'reviewer', ['LIMITE']], ['rob', 'reviewer', ['LIMITE']], ['uma', 'reviewer', []], ['otto', 'operator', []], ['ada', 'admin', []]];
  for (const [name, role, clearances] of accounts) addUser(store, { name, role, passwordHash: hash, clearances });
  await storeFiles(store, files);
  const app = createWebApp({ store, secret: 'test-secret', logger: silentLogger(), ...options });
  const signIn = async (name: string, password = PASSWORD) => {
    const { response, cookie } = await signInWith((path, init) => Promise.resolve(app.request(path, init)), name, password);
    const home = cookie ? await (await app.request('/review', { headers: { cookie } })).text() : '';
    const csrf = /name="_csrf" value="([^"]+)"/.exec(home)?.[1] ?? '';
    return { response, cookie, csrf };
  };
  return { app, store, signIn };
}

/** A logger that writes nowhere: tests that read the log pass their own. */
export const silentLogger = () => createLogger({ level: 'silent', destination: { write: () => undefined } });

export function formPost(cookie: string, fields: Record<string, string | string[]>, json = false): RequestInit {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const one of ([] as string[]).concat(value)) body.append(key, one);
  return { method: 'POST', body, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...(json ? { accept: 'application/json' } : {}) } };
}
