import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;

/** scrypt (node:crypto) with parameters stored next to the hash, so they can be raised later. */
const N = 2 ** 15;
const R = 8;
const P = 1;
const LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, LENGTH, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/** A hash of nothing anyone knows, made once, with today's parameters: what unknown names are checked against. */
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword(randomBytes(16).toString('base64')));

/**
 * Checks a sign-in. Without an account (unknown or disabled name) the password is still checked, against
 * a dummy hash of the same cost, so the answer takes as long and does not tell which names exist.
 */
export async function verifyAccountPassword(password: string, stored: string | undefined): Promise<boolean> {
  const matches = await verifyPassword(password, stored ?? (await dummyPasswordHash()));
  return stored !== undefined && matches;
}

/** Passwords are at least 10 characters; anything shorter is refused with the reason. */
export function passwordProblem(password: string): string | null {
  return password.length < 10 ? 'a password needs at least 10 characters' : null;
}
