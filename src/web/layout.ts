import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Content = HtmlEscapedString | Promise<HtmlEscapedString> | string;

/**
 * Every page's frame. Values interpolated with `html` are escaped: document text that holds HTML or
 * a script renders as text.
 */
export function page(title: string, body: Content, account?: { name: string; role: string; csrfToken: string }) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · factline</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d232a; background: #f6f7f9; }
  header { display: flex; gap: 1.2em; align-items: center; padding: .6em 1.2em; background: #1f3b57; color: #fff; }
  header a { color: #fff; } header form { margin-left: auto; }
  main { max-width: 70em; margin: 1.2em auto; padding: 0 1.2em; }
  .card { background: #fff; border: 1px solid #d9dee5; border-radius: 6px; padding: 1em 1.2em; margin-bottom: 1em; }
  .error { color: #a11; } mark { background: #ffe27a; } button { cursor: pointer; }
  label { display: block; margin: .6em 0 .2em; } input { padding: .35em; }
</style>
</head>
<body>
<header><strong>factline</strong>${account
    ? html`<a href="/">Review</a>${account.role !== 'reviewer' ? html` <a href="/admin/queues">Queues</a>` : ''}
  <span>${account.name} (${account.role})</span>
  <form method="post" action="/logout"><input type="hidden" name="_csrf" value="${account.csrfToken}"><button>Sign out</button></form>`
    : ''}</header>
<main>${body}</main>
</body>
</html>`;
}
