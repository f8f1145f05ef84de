import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { apiTokens, type Role, sessions, users } from '../../db/schema.ts';

export interface Account {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  /** The classification markings this account may read; none by default. */
  readonly clearances: readonly string[];
}

/** A program holding an API token: the token's name and the markings it may read. */
export interface ApiCaller {
  readonly name: string;
  readonly clearances: readonly string[];
}

export class AccountError extends Error {
  override readonly name = 'AccountError';
}

const accountColumns = { id: users.id, name: users.name, role: users.role, clearances: users.clearances };

export function addUser(store: Store, input: { name: string; role: Role; passwordHash: string; clearances?: readonly string[] }): Account {
  const existing = store.select({ id: users.id }).from(users).where(eq(users.name, input.name)).get();
  if (existing) throw new AccountError(`user ${input.name} exists already`);
  return store.insert(users).values({ ...input, clearances: [...(input.clearances ?? [])] }).returning(accountColumns).get();
}

/** Replaces what the account may read; its open sessions see the change at their next request. */
export function setClearances(store: Store, name: string, clearances: readonly string[]): Account | undefined {
  return store.update(users).set({ clearances: [...clearances] }).where(eq(users.name, name)).returning(accountColumns).get();
}

export function findUserForLogin(store: Store, name: string) {
  return store.select().from(users).where(and(eq(users.name, name), isNull(users.disabledAt))).get();
}

const SESSION_HOURS = 12;

export function createSession(store: Store, userId: number): { id: string; csrfToken: string } {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  store.insert(sessions).values({ id, userId, csrfToken, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600 * 1000) }).run();
  return { id, csrfToken };
}

/** The account and CSRF token of a live session, or undefined. */
export function sessionAccount(store: Store, sessionId: string): (Account & { csrfToken: string }) | undefined {
  return store.select({ ...accountColumns, csrfToken: sessions.csrfToken })
    .from(sessions).innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt))).get();
}

export const endSession = (store: Store, sessionId: string): void => void store.delete(sessions).where(eq(sessions.id, sessionId)).run();

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new API token: returned once, stored only as its hash. */
export function createApiToken(store: Store, name: string, clearances: readonly string[] = []): string {
  const token = `fl_${randomBytes(24).toString('base64url')}`;
  store.insert(apiTokens).values({ name, tokenHash: hashToken(token), clearances: [...clearances] }).run();
  return token;
}

export function revokeApiToken(store: Store, name: string): number {
  return store.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.name, name), isNull(apiTokens.revokedAt))).run().changes;
}

/** Who holds a live token, or undefined for an unknown or revoked one. */
export function apiTokenCaller(store: Store, token: string): ApiCaller | undefined {
  const row = store.select({ id: apiTokens.id, name: apiTokens.name, clearances: apiTokens.clearances }).from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt))).get();
  if (!row) return undefined;
  store.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id)).run();
  return { name: row.name, clearances: row.clearances };
}

export const hasAccounts = (store: Store): boolean => store.select({ id: users.id }).from(users).limit(1).get() !== undefined;

export function listAccounts(store: Store) {
  return store.select({ ...accountColumns, createdAt: users.createdAt, disabledAt: users.disabledAt }).from(users).orderBy(users.name).all();
}

/** Disabling ends the account's sessions at once; enabling lets it sign in again. */
export function setAccountDisabled(store: Store, name: string, disabled: boolean): boolean {
  return store.transaction((tx) => {
    const user = tx.select({ id: users.id }).from(users).where(eq(users.name, name)).get();
    if (!user) return false;
    tx.update(users).set({ disabledAt: disabled ? new Date() : null }).where(eq(users.id, user.id)).run();
    if (disabled) tx.delete(sessions).where(eq(sessions.userId, user.id)).run();
    return true;
  });
}
