import { recordDocumentFailure } from '../../src/store/document-failures.repository.ts';
import { describe, expect, it } from 'vitest';
import { formPost, PASSWORD, webAppWith } from '../support/web-app.ts';

const webApp = () => webAppWith();

const ROUTES = [
  ['GET', '/'], ['GET', '/review'], ['GET', '/review?status=all&kind=figure'], ['GET', '/documents/1'], ['GET', '/assets/review.js'],
  ['POST', '/review/facts/1'], ['POST', '/review/bulk-approve'], ['POST', '/review/undo'], ['GET', '/admin/queues'], ['POST', '/logout'],
  ['GET', '/admin/runs'], ['POST', '/admin/runs/retry'], ['GET', '/admin/accounts'], ['POST', '/admin/accounts'], ['POST', '/admin/accounts/rita/disable'],
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

  it('refuses a sign-in posted without the form\'s token, or with a token not matching its cookie', async () => {
    const { app } = await webApp();
    const post = (fields: Record<string, string>, cookie = '') => app.request('/login', { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie } });
    const bare = await post({ name: 'rita', password: PASSWORD });
    expect(bare.status).toBe(403);
    expect(bare.headers.getSetCookie().some((cookie) => cookie.startsWith('factline_session='))).toBe(false);
    const form = await app.request('/login');
    const loginCookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await post({ name: 'rita', password: PASSWORD, _csrf: 'forged' }, loginCookie)).status).toBe(403);
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    expect((await post({ name: 'rita', password: PASSWORD, _csrf: token }, loginCookie)).status).toBe(303);
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

  const OPERATOR_ROUTES = [['GET', '/admin/runs'], ['POST', '/admin/runs/retry'], ['GET', '/admin/queues']] as const;
  const ADMIN_ROUTES = [['GET', '/admin/accounts'], ['POST', '/admin/accounts'], ['POST', '/admin/accounts/otto/disable'], ['POST', '/admin/accounts/otto/enable']] as const;

  it.each([...OPERATOR_ROUTES, ...ADMIN_ROUTES])('refuses a reviewer %s %s with 403, even with a valid CSRF token', async (method, path) => {
    const { app, signIn, store } = await webApp();
    const rita = await signIn('rita');
    const response = await app.request(path, method === 'GET' ? { headers: { cookie: rita.cookie } } : formPost(rita.cookie, { _csrf: rita.csrf, name: 'mallory', role: 'admin', password: 'a long enough password' }));
    expect(response.status).toBe(403);
    expect(store.$client.prepare("select count(*) as n from users where name = 'mallory' or disabled_at is not null").get()).toEqual({ n: 0 });
  });

  it.each(ADMIN_ROUTES)('refuses an operator the admin route %s %s', async (method, path) => {
    const { app, signIn } = await webApp();
    const otto = await signIn('otto');
    const response = await app.request(path, method === 'GET' ? { headers: { cookie: otto.cookie } } : formPost(otto.cookie, { _csrf: otto.csrf }));
    expect(response.status).toBe(403);
  });

  it('lets an operator see runs and failed files, and says that retrying needs Redis when there is none', async () => {
    const { app, signIn } = await webApp();
    const otto = await signIn('otto');
    expect(await (await app.request('/admin/runs', { headers: { cookie: otto.cookie } })).text()).toContain('Retrying jobs and the queue dashboard need Redis');
  });

  it('shows an operator the documents that failed in extract or persist, with the stage and the reason', async () => {
    const { app, signIn, store } = await webApp();
    recordDocumentFailure(store, { documentSha256: 'a'.repeat(64), sourceName: 'annex <b>7</b>.txt', position: 2, stage: 'extract', reason: 'annex.txt #2: extract went over its time budget of 60 s and was stopped' });
    const otto = await signIn('otto');
    const page = await (await app.request('/admin/runs', { headers: { cookie: otto.cookie } })).text();
    expect(page).toMatch(/<strong>annex &lt;b&gt;7&lt;\/b&gt;\.txt<\/strong>, document 2, at extract: annex\.txt #2: extract went over its time budget of 60 s and was stopped/);
  });

  it('lets an admin create an account and disable one, which ends its sessions', async () => {
    const { app, signIn, store } = await webApp();
    const ada = await signIn('ada');
    const rita = await signIn('rita');
    const created = await app.request('/admin/accounts', formPost(ada.cookie, { _csrf: ada.csrf, name: 'nina', role: 'reviewer', password: 'another long password' }));
    expect(new URL(created.headers.get('location') ?? '', 'http://x').searchParams.get('message')).toBe('created reviewer nina');
    expect((await signIn('nina', 'another long password')).response.status).toBe(303);
    const short = await app.request('/admin/accounts', formPost(ada.cookie, { _csrf: ada.csrf, name: 'olga', role: 'reviewer', password: 'short' }));
    expect(new URL(short.headers.get('location') ?? '', 'http://x').searchParams.get('message')).toMatch(/olga: a password needs at least 10 characters/);
    await app.request('/admin/accounts/rita/disable', formPost(ada.cookie, { _csrf: ada.csrf }));
    expect((await app.request('/review', { headers: { cookie: rita.cookie } })).status).toBe(303);
    expect((await signIn('rita')).response.status).toBe(401);
    expect(store.$client.prepare("select count(*) as n from users where name in ('nina', 'olga')").get()).toEqual({ n: 1 });
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
