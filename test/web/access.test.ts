import { describe, expect, it } from 'vitest';
import { webAppWith } from '../support/web-app.ts';

const webApp = () => webAppWith();

const ROUTES = [
  ['GET', '/'], ['GET', '/review'], ['GET', '/review?status=all&kind=figure'], ['GET', '/documents/1'], ['GET', '/assets/review.js'],
  ['POST', '/review/facts/1'], ['POST', '/review/bulk-approve'], ['POST', '/review/undo'], ['GET', '/admin/queues'], ['POST', '/logout'],
] as const;

describe('who may reach what', () => {
  it.each(ROUTES)('%s %s without a session is refused (sent to sign in)', async (method, path) => {
    const { app } = await webApp();
    const response = await app.request(path, { method });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
  });

  it('the sign-in page is reachable without a session', async () => {
    const { app } = await webApp();
    expect((await app.request('/login')).status).toBe(200);
  });

  it('signs in with a password hashed by scrypt and sets an HttpOnly signed session cookie', async () => {
    const { signIn, store } = await webApp();
    const { response, cookie } = await signIn('rita');
    expect(response.status).toBe(303);
    expect(response.headers.get('set-cookie')).toMatch(/factline_session=[^;]+\.[^;]+;.*HttpOnly/i);
    expect(cookie).not.toBe('');
    const stored = store.$client.prepare('select password_hash from users where name = ?').get('rita') as { password_hash: string };
    expect(stored.password_hash).toMatch(/^scrypt\$/);
  });

  it('refuses a wrong password and, after five failures, any attempt for a while', async () => {
    const { signIn } = await webApp();
    expect((await signIn('rita', 'wrong password!')).response.status).toBe(401);
    for (let i = 0; i < 4; i++) await signIn('rita', 'wrong password!');
    expect((await signIn('rita')).response.status).toBe(429);
  });

  it('refuses a forged cookie', async () => {
    const { app } = await webApp();
    const response = await app.request('/', { headers: { cookie: 'factline_session=forged.c2lnbmF0dXJl' } });
    expect(response.status).toBe(303);
  });

  it('keeps a reviewer out of the operator pages, on the server', async () => {
    const { app, signIn } = await webApp();
    const rita = await signIn('rita');
    expect((await app.request('/admin/queues', { headers: { cookie: rita.cookie } })).status).toBe(403);
    const otto = await signIn('otto');
    expect((await app.request('/admin/queues', { headers: { cookie: otto.cookie } })).status).toBe(200);
  });

  it('refuses a change without the CSRF token or with a forged one, and accepts the real one', async () => {
    const { app, signIn } = await webApp();
    const { cookie, csrf } = await signIn('rita');
    const post = (token?: string) => app.request('/logout', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(token ? { _csrf: token } : {}) });
    expect((await post()).status).toBe(403);
    expect((await post('forged-token')).status).toBe(403);
    expect(csrf).not.toBe('');
    const out = await post(csrf);
    expect(out.status).toBe(303);
    const after = await app.request('/review', { headers: { cookie } });
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/login');
  });
});
