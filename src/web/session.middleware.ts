import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getSignedCookie } from 'hono/cookie';
import type { Store } from '../../db/client.ts';
import type { Role } from '../../db/schema.ts';
import { type Account, sessionAccount } from '../store/accounts.repository.ts';
import { sameOriginRequest } from './same-origin.ts';

export const SESSION_COOKIE = 'factline_session';

export type WebEnv = { Variables: { account: Account & { csrfToken: string }; sessionId: string } };

/**
 * Every route behind this needs a live session: pages redirect to the sign-in page, the API answers
 * 401. A form or request that changes something must carry the session's CSRF token; under the
 * `sameOriginProof` paths (pages we did not write, such as bull-board's, which send no token) the
 * browser's word that the request comes from our own page is taken instead.
 */
export function requireSession(store: Store, secret: string, options: { sameOriginProof?: readonly string[] } = {}): MiddlewareHandler<WebEnv> {
  const tokenless = (path: string) => (options.sameOriginProof ?? []).some((prefix) => path.startsWith(prefix));
  return async (c, next) => {
    const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
    const account = sessionId ? sessionAccount(store, sessionId) : undefined;
    if (!account || !sessionId) return c.req.path.startsWith('/api/') ? c.json({ error: 'sign in first' }, 401) : c.redirect('/login', 303);
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const proven = tokenless(c.req.path) ? sameOriginRequest(c) : await csrfTokenMatches(c, account.csrfToken);
      if (!proven) return c.text('The form was refused: its security token is missing or wrong, or it came from another site. Reload the page and try again.', 403);
    }
    c.set('account', account);
    c.set('sessionId', sessionId);
    await next();
  };
}

/** Roles are enforced here, on the server, whatever the page shows. */
export function requireRole(...roles: Role[]): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get('account').role)) return c.text(`This needs the ${roles.join(' or ')} role.`, 403);
    await next();
  };
}

async function csrfTokenMatches(c: Context, expected: string): Promise<boolean> {
  let given = c.req.header('x-csrf-token');
  if (!given && /form/.test(c.req.header('content-type') ?? '')) {
    const body = await c.req.parseBody();
    given = typeof body._csrf === 'string' ? body._csrf : undefined;
  }
  return given !== undefined && tokensMatch(given, expected);
}

/** Compares secrets in constant time, so a forged token cannot be guessed byte by byte from timings. */
export function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
