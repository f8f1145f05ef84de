import type { Context } from 'hono';

/**
 * Whether the browser says this request comes from one of our own pages. bull-board's page calls its
 * API with fetch and no CSRF token; a browser marks every such call with `Sec-Fetch-Site` (and
 * `Origin`), which a page on another site cannot set to ours. `Sec-Fetch-Site` wins when present
 * (`same-site` is a sibling subdomain, not us); otherwise `Origin` must name the host asked.
 */
export function sameOriginRequest(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
