import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { acquirePersistLock, persistLockKey, PersistLockRefused, readPersistLock } from '../../src/queue/persist-lock.ts';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../support/redis.ts';

const redis = new Redis(REDIS_URL);
const prefixes: string[] = [];
afterAll(async () => {
  for (const prefix of prefixes) await dropPrefix(redis, prefix);
  redis.disconnect();
});
const prefix = () => {
  const p = uniquePrefix();
  prefixes.push(p);
  return p;
};

describe('the persist lock', () => {
  it('refuses a second writer and names the process, host and store that hold it', async () => {
    const p = prefix();
    const first = await acquirePersistLock({ redis, prefix: p, storeId: 'store-a', store: '/data/a/factline.sqlite' });
    const second = acquirePersistLock({ redis, prefix: p, storeId: 'store-b', store: '/data/b/factline.sqlite', waitMs: 0 });
    await expect(second).rejects.toBeInstanceOf(PersistLockRefused);
    await expect(second).rejects.toThrow(new RegExp(`held by process ${process.pid} on .+, writing /data/a/factline\\.sqlite`));
    await first.release();
    const third = await acquirePersistLock({ redis, prefix: p, storeId: 'store-b', store: '/data/b/factline.sqlite' });
    expect((await readPersistLock(redis, p))?.storeId).toBe('store-b');
    await third.release();
    expect(await readPersistLock(redis, p)).toBeUndefined();
  });

  it('is freed when its holder stops renewing it (a killed process), so a new writer can start', async () => {
    const p = prefix();
    await redis.set(persistLockKey(p), JSON.stringify({ host: 'gone', pid: 1, storeId: 's', store: 'x', since: '' }), 'PX', 300);
    await waitFor(() => readPersistLock(redis, p), (holder) => holder === undefined, 5000);
    const lock = await acquirePersistLock({ redis, prefix: p, storeId: 's2', store: 'y' });
    await lock.release();
  });

  it('is taken over at once from a holder on this host that is no longer running (a restart after a kill -9)', async () => {
    const p = prefix();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    await redis.set(persistLockKey(p), JSON.stringify({ host: hostname(), pid: dead, storeId: 's', store: 'x', since: '' }), 'PX', 60000);
    const lock = await acquirePersistLock({ redis, prefix: p, storeId: 's', store: 'x', waitMs: 0 });
    expect((await readPersistLock(redis, p))?.pid).toBe(process.pid);
    await lock.release();
  });

  it('waits for a holder on another host to let its lock expire before refusing', async () => {
    const p = prefix();
    await redis.set(persistLockKey(p), JSON.stringify({ host: 'elsewhere', pid: 1, storeId: 's', store: 'x', since: '' }), 'PX', 800);
    const lock = await acquirePersistLock({ redis, prefix: p, storeId: 't', store: 'y', waitMs: 5000 });
    expect((await readPersistLock(redis, p))?.storeId).toBe('t');
    await lock.release();
  });

  it('is written again when Redis lost it, and its holder is told so to re-register the nightly run', async () => {
    const p = prefix();
    let rewritten = 0;
    const lock = await acquirePersistLock({ redis, prefix: p, storeId: 's', store: 'x', ttlMs: 600, onRewritten: () => rewritten++ });
    await redis.del(persistLockKey(p)); // what a Redis restarted without persistence looks like
    await waitFor(() => rewritten, (n) => n === 1, 5000);
    expect((await readPersistLock(redis, p))?.pid).toBe(process.pid);
    await lock.release();
  });

  it('tells its holder when another process holds it after all, so the holder stops writing', async () => {
    const p = prefix();
    let lostTo: string | undefined;
    const lock = await acquirePersistLock({ redis, prefix: p, storeId: 's', store: 'x', ttlMs: 600, onLost: (holder) => (lostTo = holder?.store) });
    await redis.set(persistLockKey(p), JSON.stringify({ host: 'other', pid: 2, storeId: 't', store: '/other/factline.sqlite', since: '' }), 'PX', 5000);
    await waitFor(() => lostTo, (store) => store === '/other/factline.sqlite', 5000);
    await lock.release();
    expect((await readPersistLock(redis, p))?.store).toBe('/other/factline.sqlite'); // release never removes another's lock
  });
});
