import type { MiddlewareHandler } from 'hono';
import { getSignedCookie } from 'hono/cookie';
import type { Store } from '../../db/client.ts';
import { type ApiCaller, apiTokenCaller, sessionAccount } from '../store/accounts.repository.ts';
import { SESSION_COOKIE } from './session.middleware.ts';

export type ApiEnv = { Variables: { caller: ApiCaller } };

/**
 * The JSON API serves programs holding a token (`Authorization: Bearer TOKEN`, from `factline token
 * create`) and signed-in people; anyone else gets 401. The caller, token or account, brings the
 * classification markings it is cleared for. It only reads, so no CSRF token is asked for.
 */
export function requireApiCaller(store: Store, secret: string): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const caller = token ? apiTokenCaller(store, token) : undefined;
      if (!caller) {
        c.header('WWW-Authenticate', 'Bearer');
        return c.json({ error: 'the token is missing, unknown or revoked' }, 401);
      }
      c.set('caller', caller);
      return next();
    }
    const sessionId = await getSignedCookie(c, secret, SESSION_COOKIE);
    const account = sessionId ? sessionAccount(store, sessionId) : undefined;
    if (!account) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: 'send Authorization: Bearer TOKEN (factline token create NAME) or sign in' }, 401);
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.json({ error: 'the API only reads' }, 405);
    c.set('caller', { name: account.name, clearances: account.clearances });
    return next();
  };
}
