import { hostname } from 'node:os';
import type { Redis } from 'ioredis';

/**
 * One writer per store: the process that persists for a queue prefix holds this lock in Redis, with
 * the store it writes into. A second process (another data folder, or the same one twice) is refused
 * the persist role and told who holds it, instead of silently splitting documents between two SQLite
 * files; the nightly scheduler is registered by the holder only. The lock expires unless renewed, so a
 * killed holder frees it within `ttlMs`; a Redis that lost its data is written again at the next renewal.
 */
export interface PersistLockHolder {
  readonly host: string;
  readonly pid: number;
  readonly storeId: string;
  readonly store: string;
  readonly since: string;
}

export interface PersistLock {
  readonly holder: PersistLockHolder;
  release(): Promise<void>;
}

export class PersistLockRefused extends Error {
  override readonly name = 'PersistLockRefused';
  constructor(readonly prefix: string, readonly holder: PersistLockHolder) {
    super(`the persist role for queue prefix "${prefix}" is held by process ${holder.pid} on ${holder.host}, writing ${holder.store} since ${holder.since}: only one process may write the store of a queue`);
  }
}

export const persistLockKey = (prefix: string) => `${prefix}:persist-lock`;

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
if redis.call('exists', KEYS[1]) == 0 then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 2 end
return 0`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

export async function acquirePersistLock(input: {
  redis: Redis; prefix: string; storeId: string; store: string; ttlMs?: number;
  /** How long to wait for a holder on another host to let go (default: the lock's time to live and a second). */
  waitMs?: number;
  /** Called when Redis had lost the lock and it was written again (Redis restarted empty): re-register what lived in Redis. */
  onRewritten?: () => void;
  /** Called when another process holds the lock after all: this process must stop writing. */
  onLost?: (holder: PersistLockHolder | undefined) => void;
}): Promise<PersistLock> {
  const ttl = input.ttlMs ?? 15000;
  const key = persistLockKey(input.prefix);
  const holder: PersistLockHolder = { host: hostname(), pid: process.pid, storeId: input.storeId, store: input.store, since: new Date().toISOString() };
  const value = JSON.stringify(holder);
  // A holder that was killed keeps the lock until it expires: a restart right after a crash waits that
  // long (or takes it at once when the dead holder was on this host), instead of giving up its role.
  const deadline = Date.now() + (input.waitMs ?? ttl + 1000);
  while ((await input.redis.set(key, value, 'PX', ttl, 'NX')) !== 'OK') {
    const raw = await input.redis.get(key);
    const current = raw ? (JSON.parse(raw) as PersistLockHolder) : undefined;
    if (!current || !raw) continue;
    if (current.host === holder.host && !processAlive(current.pid)) {
      await input.redis.eval(RELEASE, 1, key, raw);
      continue;
    }
    if (Date.now() >= deadline) throw new PersistLockRefused(input.prefix, current);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  let lost = false;
  const timer = setInterval(() => {
    input.redis.eval(RENEW, 1, key, value, ttl).then(async (result) => {
      if (result === 2) input.onRewritten?.();
      if (result === 0 && !lost) {
        lost = true;
        clearInterval(timer);
        input.onLost?.(await readPersistLock(input.redis, input.prefix));
      }
    }, () => undefined); // Redis down: the renewal is tried again at the next tick.
  }, Math.max(200, Math.floor(ttl / 3)));
  timer.unref();
  return {
    holder,
    async release() {
      clearInterval(timer);
      await input.redis.eval(RELEASE, 1, key, value).catch(() => undefined);
    },
  };
}

export async function readPersistLock(redis: Redis, prefix: string): Promise<PersistLockHolder | undefined> {
  const value = await redis.get(persistLockKey(prefix));
  return value ? (JSON.parse(value) as PersistLockHolder) : undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
