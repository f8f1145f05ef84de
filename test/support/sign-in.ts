/** Something that answers requests: `app.request` in-process, or `fetch` against a running server. */
export type Requester = (path: string, init?: RequestInit) => Promise<Response>;

export const overHttp = (address: string): Requester => (path, init) => fetch(`${address}${path}`, { redirect: 'manual', ...init });

const cookiePair = (response: Response, name: string) =>
  response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!).find((pair) => pair.startsWith(`${name}=`)) ?? '';

/**
 * Signs in as a browser does: fetch the form (its token, and the cookie holding the same token), then
 * post it. Returns the sign-in response and the session cookie, '' when refused.
 */
export async function signInWith(request: Requester, name: string, password: string): Promise<{ response: Response; cookie: string }> {
  const form = await request('/login');
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await request('/login', {
    method: 'POST',
    body: new URLSearchParams({ _csrf: token, name, password }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiePair(form, 'factline_login') },
  });
  return { response, cookie: cookiePair(response, 'factline_session') };
}
