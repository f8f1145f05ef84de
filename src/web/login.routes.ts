import { type Context, Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { Store } from '../../db/client.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { createSession, endSession, findUserForLogin } from '../store/accounts.repository.ts';
import { page } from './layout.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { SESSION_COOKIE } from './session.middleware.ts';

const loginForm = (message?: string, name = '') => page('Sign in', html`<div class="card" style="max-width: 24em">
<h1>Sign in</h1>
${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/login">
<label for="name">Name</label><input id="name" name="name" autocomplete="username" value="${name}" autofocus required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button type="submit">Sign in</button></p>
</form></div>`);

/** The one route reachable without a session. */
export function loginRoutes(store: Store, secret: string, options: { secureCookies: boolean }) {
  const throttle = createLoginThrottle();
  const app = new Hono();
  app.get('/login', (c) => c.html(loginForm()));
  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const key = `${c.req.header('x-forwarded-for') ?? 'local'}|${name}`;
    if (throttle.blocked(key)) return c.html(loginForm('Too many failed attempts: wait 15 minutes and try again.', name), 429);
    const user = findUserForLogin(store, name);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throttle.failed(key);
      return c.html(loginForm('Wrong name or password.', name), 401);
    }
    throttle.succeeded(key);
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
