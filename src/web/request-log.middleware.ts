import type { ErrorHandler, MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { Logger } from '../logging/logger.ts';

/**
 * One log record per request: its id (also sent back in `X-Request-Id`, so a user reporting a problem
 * can quote it), method, path, status, duration and who asked. The path only: query strings can carry
 * what people type into filters, and tokens never go in URLs here but might by mistake.
 */
export function requestLog(log: Logger): MiddlewareHandler {
  // An id a proxy already gave the request is kept, so its log and ours line up.
  const identify = requestId({ limitLength: 100 });
  return (c, next) => identify(c, async () => {
    const started = performance.now();
    await next();
    const by = (c.get('account' as never) as { name?: string } | undefined)?.name ?? (c.get('caller' as never) as { name?: string } | undefined)?.name;
    const record = { request: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started), ...(by ? { by } : {}) };
    if (c.res.status >= 500) log.warn(record, 'request failed');
    else log.info(record, 'request');
  });
}

/** An error nobody caught: logged whole with the request's id, answered with the id only (no stack to the client). */
export function logErrors(log: Logger): ErrorHandler {
  return (error, c) => {
    const request = c.get('requestId' as never) as string | undefined;
    log.error({ request, method: c.req.method, path: c.req.path, err: error }, 'request error');
    return c.text(`Something went wrong on the server. Quote request ${request ?? '(no id)'} to the operators: the error is in the server log.`, 500);
  };
}
