import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { Store } from '../../db/client.ts';
import { normalAccountName } from '../auth/account-name.ts';
import { dummyPasswordHash, verifyAccountPassword } from '../auth/passwords.ts';
import { createSession, endSession, findUserForLogin } from '../store/accounts.repository.ts';
import { throttleKeyOfAddress } from './client-address.ts';
import { page } from './layout.ts';
import { createLoginThrottle, type LoginThrottle } from './login-throttle.ts';
import { SESSION_COOKIE, tokensMatch } from './session.middleware.ts';

const LOGIN_COOKIE = 'factline_login';

const loginForm = (token: string, message?: string, name = '') => page('Sign in', html`<div class="card" style="max-width: 24em">
<h1>Sign in</h1>
${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/login"><input type="hidden" name="_csrf" value="${token}">
<label for="name">Name</label><input id="name" name="name" autocomplete="username" value="${name}" autofocus required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button type="submit">Sign in</button></p>
</form></div>`);

const waitText = (ms: number) => (ms < 90_000 ? `${Math.ceil(ms / 1000)} seconds` : `${Math.ceil(ms / 60_000)} minutes`);

export interface LoginOptions {
  readonly secureCookies: boolean;
  /** The client's address, from the connection (and a trusted proxy's X-Forwarded-For). */
  readonly clientAddress: (c: Context) => string;
  readonly throttle?: LoginThrottle;
}

/** The one route reachable without a session. */
export function loginRoutes(store: Store, secret: string, options: LoginOptions) {
  const throttle = options.throttle ?? createLoginThrottle();
  // Made now, so the first unknown name is not slower than the rest by the time it takes to make it.
  void dummyPasswordHash();
  const app = new Hono();
  /**
   * The sign-in form is protected too (a forged sign-in would put a victim in the attacker's account):
   * its token is also in a signed cookie only this site can set, and both must match.
   */
  const freshForm = async (c: Context, status: 200 | 401 | 403 | 429, message?: string, name?: string) => {
    // The same token for as long as its cookie lives: a second tab, or the browser fetching /favicon.ico
    // (sent here without a session), must not invalidate a form already on screen.
    const token = (await getSignedCookie(c, secret, LOGIN_COOKIE)) || randomBytes(24).toString('base64url');
    await setSignedCookie(c, LOGIN_COOKIE, token, secret, { httpOnly: true, sameSite: 'Strict', path: '/login', secure: options.secureCookies, maxAge: 3600 });
    return c.html(loginForm(token, message, name), status);
  };
  app.get('/login', (c) => freshForm(c, 200));
  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const name = typeof body.name === 'string' ? normalAccountName(body.name) : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const expected = await getSignedCookie(c, secret, LOGIN_COOKIE);
    if (!expected || typeof body._csrf !== 'string' || !tokensMatch(body._csrf, expected)) {
      return freshForm(c, 403, 'The sign-in form expired or was not sent by this site: sign in again.', name);
    }
    const attempt = { address: throttleKeyOfAddress(options.clientAddress(c)), account: name };
    const wait = throttle.waitMs(attempt);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return freshForm(c, 429, `Too many failed attempts: wait ${waitText(wait)} and try again.`, name);
    }
    throttle.attempted(attempt);
    const user = findUserForLogin(store, name);
    if (!(await verifyAccountPassword(password, user?.passwordHash)) || !user) return freshForm(c, 401, 'Wrong name or password.', name);
    throttle.succeeded(attempt);
    deleteCookie(c, LOGIN_COOKIE, { path: '/login' });
    const session = createSession(store, user.id);
    await setSignedCookie(c, SESSION_COOKIE, session.id, secret, { httpOnly: true, sameSite: 'Lax', path: '/', secure: options.secureCookies, maxAge: 12 * 3600 });
    return c.redirect('/', 303);
  });
  return app;
}

/** Signing out ends the session on the server, not only the cookie. Needs the CSRF token like any change. */
export async function signOut(c: Context, store: Store, secret: string) {
  const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (sessionId) endSession(store, sessionId);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.redirect('/login', 303);
}
