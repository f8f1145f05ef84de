import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses a request body over `maxKb` before anything parses it: a declared Content-Length over the
 * limit at once, a chunked body as soon as the bytes read pass it (hono keeps at most `maxKb` in
 * memory). Applied to every route, the sign-in form included, so nobody needs an account to be refused.
 */
export function requestBodyLimit(maxKb: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxKb * 1024,
    onError: (c) => c.text(`The request body is too large: this server accepts at most ${maxKb} KB (FACTLINE_MAX_REQUEST_KB).`, 413, { connection: 'close' }),
  });
}
