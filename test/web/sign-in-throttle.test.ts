import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, verifyAccountPassword } from '../../src/auth/passwords.ts';
import { createLoginThrottle, LOGIN_BACKOFF } from '../../src/web/login-throttle.ts';
import { type RunningWebServer, startWebServer } from '../../src/web/start-web-server.ts';
import { overHttp, type Requester, signInWith } from '../support/sign-in.ts';
import { PASSWORD, silentLogger, webAppWith } from '../support/web-app.ts';

const MINUTE = 60_000;
const WRONG = 'not the password';

describe('the sign-in throttle', () => {
  const at = (address: string, account = 'rita') => ({ address, account });

  it('makes one address wait after five failures on one account, doubling from 30 s to at most 15 minutes', () => {
    const throttle = createLoginThrottle();
    const now = 1_000_000;
    for (let i = 0; i < 4; i++) throttle.attempted(at('198.51.100.1'), now);
    expect(throttle.waitMs(at('198.51.100.1'), now)).toBe(0);
    throttle.attempted(at('198.51.100.1'), now);
    expect(throttle.waitMs(at('198.51.100.1'), now)).toBe(30_000);
    throttle.attempted(at('198.51.100.1'), now);
    expect(throttle.waitMs(at('198.51.100.1'), now)).toBe(60_000);
    for (let i = 0; i < 20; i++) throttle.attempted(at('198.51.100.1'), now);
    expect(throttle.waitMs(at('198.51.100.1'), now)).toBe(15 * MINUTE);
    expect(throttle.waitMs(at('198.51.100.1'), now + 15 * MINUTE)).toBe(0);
  });

  it('makes an address that tries many names wait after twenty failures, whatever the names', () => {
    const throttle = createLoginThrottle();
    for (let i = 0; i < 20; i++) throttle.attempted(at('198.51.100.2', `name${i}`), 0);
    expect(throttle.waitMs(at('198.51.100.2', 'someone-new'), 0)).toBe(LOGIN_BACKOFF.address.firstDelayMs);
    expect(throttle.waitMs(at('198.51.100.3', 'someone-new'), 0)).toBe(0);
  });

  it('never locks an account: under attack from many addresses, a clean address is not held back and a typo costs at most 30 s', () => {
    const throttle = createLoginThrottle();
    for (let bot = 0; bot < 500; bot++) for (let i = 0; i < 3; i++) throttle.attempted(at(`203.0.113.${bot % 250}-${bot}`), 0);
    expect(throttle.waitMs(at('192.0.2.10'), 0)).toBe(0);
    throttle.attempted(at('192.0.2.10'), 0);
    expect(throttle.waitMs(at('192.0.2.10'), 0)).toBe(30_000);
    expect(throttle.waitMs(at('192.0.2.10'), 30_000)).toBe(0);
    expect(throttle.waitMs(at('203.0.113.7-7'), 0)).toBe(30_000);
  });

  it('clears an address\'s failures on an account when it signs in to it, but not the address\'s own count', () => {
    const throttle = createLoginThrottle();
    for (let i = 0; i < 25; i++) throttle.attempted(at('198.51.100.4', `guess${i}`), 0);
    throttle.succeeded(at('198.51.100.4', 'guess0'));
    expect(throttle.waitMs(at('198.51.100.4', 'guess0'), 0)).toBeGreaterThan(0);
  });

  it('takes back a successful attempt: a user who gets in is not counted against their address or the account', () => {
    const throttle = createLoginThrottle();
    for (let i = 0; i < 30; i++) {
      throttle.attempted(at('198.51.100.5', `user${i}`), 0);
      throttle.succeeded(at('198.51.100.5', `user${i}`));
    }
    expect(throttle.size).toBe(0);
  });

  it('keeps its memory bounded however many names and addresses fail, forgetting failures an hour old', () => {
    const throttle = createLoginThrottle({ maxKeys: 1000 });
    for (let i = 0; i < 50_000; i++) throttle.attempted(at(`10.0.${i >> 8 & 255}.${i & 255}`, `made-up-${i}-${'x'.repeat(500)}`), i);
    expect(throttle.size).toBeLessThanOrEqual(3000);
    throttle.attempted(at('10.9.9.9'), 50_000 + 61 * MINUTE);
    expect(throttle.size).toBeLessThanOrEqual(3);
  });
});

/** A real server whose only trusted proxy is 127.0.0.1, so a test can speak for many clients through X-Forwarded-For. */
async function behindProxy(trustedProxies: string[]) {
  const web = await webAppWith();
  const server = await startWebServer({ store: web.store, secret: 'test-secret', port: 0, trustedProxies, logger: silentLogger() });
  const from = (forwardedFor: string): Requester => (path, init) => overHttp(server.address)(path, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-forwarded-for': forwardedFor } });
  const status = async (forwardedFor: string, name: string, password: string) => (await signInWith(from(forwardedFor), name, password)).response.status;
  return { server, status };
}

describe('sign-in over HTTP', () => {
  let direct: Awaited<ReturnType<typeof behindProxy>>;
  let proxied: Awaited<ReturnType<typeof behindProxy>>;
  beforeAll(async () => {
    direct = await behindProxy([]);
    proxied = await behindProxy(['127.0.0.1']);
  });
  afterAll(async () => {
    await direct?.server.close();
    await proxied?.server.close();
  });

  it('is not fooled by an X-Forwarded-For a client writes itself: changing it at every attempt does not reset the count', async () => {
    for (let i = 0; i < 5; i++) expect(await direct.status(`198.51.100.${i}`, 'rita', WRONG)).toBe(401);
    expect(await direct.status('198.51.100.99', 'rita', PASSWORD)).toBe(429);
  });

  it('behind a trusted proxy, takes the address the proxy heard from, not one the client put before it', async () => {
    for (let i = 0; i < 5; i++) expect(await proxied.status(`10.${i}.0.1, 203.0.113.50`, 'rob', WRONG)).toBe(401);
    expect(await proxied.status('10.99.0.1, 203.0.113.50', 'rob', PASSWORD)).toBe(429);
    expect(await proxied.status('203.0.113.51', 'rob', PASSWORD)).toBe(303);
  });

  it('lets the real user in from another address while strangers fail on the account from many', async () => {
    for (let i = 0; i < 5; i++) expect(await proxied.status('203.0.113.66', 'ada', WRONG)).toBe(401);
    expect(await proxied.status('203.0.113.66', 'ada', PASSWORD)).toBe(429);
    for (let bot = 0; bot < 12; bot++) expect(await proxied.status(`198.51.100.${bot}`, 'ada', WRONG)).toBe(401);
    // Seventeen failures on the account: every address that failed on it now waits before its next try...
    expect(await proxied.status('198.51.100.0', 'ada', WRONG)).toBe(429);
    // ...but not the real user's, which has not.
    expect(await proxied.status('192.0.2.1', 'ada', PASSWORD)).toBe(303);
  });

  it('counts guesses sent all at once: of twenty in parallel, at most five get their password checked', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => proxied.status('203.0.113.77', 'uma', WRONG)));
    expect(answers.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(answers.filter((status) => status === 429).length).toBeGreaterThanOrEqual(15);
  });

  it('checks an unknown name\'s password against a dummy hash of the same cost as a real one, and answers it as a wrong password', async () => {
    // Same scrypt parameters, so the same work: the answer's time does not tell which names exist.
    // (Timings themselves are not asserted here: the machines are shared and noisy.)
    const costOf = (hash: string) => hash.split('$').slice(0, 4).join('$');
    expect(costOf(await dummyPasswordHash())).toBe(costOf(await hashPassword('any real password')));
    expect(await verifyAccountPassword(WRONG, undefined)).toBe(false);
    expect(await proxied.status('192.0.2.100', 'nobody', WRONG)).toBe(401);
    expect(await proxied.status('192.0.2.101', 'otto', WRONG)).toBe(401);
  }, 60_000);
});
