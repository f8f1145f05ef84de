import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Content = HtmlEscapedString | Promise<HtmlEscapedString> | string;

/**
 * Every page's frame. Values interpolated with `html` are escaped: document text that holds HTML or
 * a script renders as text.
 */
export function page(title: string, body: Content, account?: { name: string; role: string; csrfToken: string }, options: { script?: string } = {}) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title} · factline</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d232a; background: #f6f7f9; }
  header { display: flex; gap: 1.2em; align-items: center; padding: .6em 1.2em; background: #1f3b57; color: #fff; }
  header a { color: #fff; } header form { margin-left: auto; }
  main { max-width: 70em; margin: 1.2em auto; padding: 0 1.2em; }
  .card { background: #fff; border: 1px solid #d9dee5; border-radius: 6px; padding: 1em 1.2em; margin-bottom: 1em; }
  .error { color: #a11; } mark { background: #ffe27a; } button { cursor: pointer; }
  label { display: block; margin: .6em 0 .2em; } input { padding: .35em; }
  kbd { font: 12px ui-monospace, monospace; border: 1px solid #b8c0cc; border-bottom-width: 2px; border-radius: 3px; padding: 0 .3em; background: #fff; color: #1d232a; }
  .review-layout, .document-layout { display: grid; grid-template-columns: minmax(0, 1fr) 16em; gap: 1em; align-items: start; }
  .document-layout { grid-template-columns: minmax(0, 1fr) 22em; }
  main:has(.review-layout), main:has(.document-layout) { max-width: 90em; }
  .shortcuts, .document-facts { position: sticky; top: 1em; } .shortcuts dl { display: grid; grid-template-columns: auto 1fr; gap: .3em .6em; margin: 0; } .shortcuts dd { margin: 0; }
  .progress { display: flex; flex-wrap: wrap; gap: .4em 1.2em; } .progress .today { flex-basis: 100%; color: #45505c; }
  .filters { display: flex; flex-wrap: wrap; gap: .2em 1em; align-items: end; } .filters label { margin: 0; }
  .queue-bar { display: flex; gap: 1em; align-items: center; margin: .5em 0; } .queue-bar form { margin: 0; }
  .flash:empty { display: none; } .flash { background: #eef6ff; border: 1px solid #b9d5f5; padding: .4em .8em; border-radius: 4px; }
  .fact { background: #fff; border: 1px solid #d9dee5; border-left: 5px solid #d9dee5; border-radius: 6px; padding: .6em 1em; margin-bottom: .7em; }
  .fact:focus, .fact.current { outline: 3px solid #3b82f6; outline-offset: 1px; }
  .fact.state-approved, .fact.state-edited { border-left-color: #2e9e5b; opacity: .75; } .fact.state-rejected { border-left-color: #c0392b; opacity: .75; }
  .fact.state-needs_review { border-left-color: #e6a700; } .fact.picked { background: #f1f7ff; }
  .fact-head { display: flex; gap: .7em; align-items: baseline; } .fact-head .state { margin-left: auto; color: #45505c; } .confidence { color: #6b7684; font-size: 90%; }
  .kind { font-size: 80%; text-transform: uppercase; letter-spacing: .04em; padding: 0 .4em; border-radius: 3px; background: #e8ecf1; }
  .fact-doc { font-size: 90%; } .marking { color: #a11; font-weight: 600; }
  .evidence { margin: .5em 0; padding: .4em .8em; border-left: 3px solid #d9dee5; background: #fafbfc; white-space: pre-wrap; }
  .paragraph p { white-space: pre-wrap; background: #fafbfc; padding: .4em .8em; } .meta, .original, .note { font-size: 88%; color: #45505c; margin: .2em 0; }
  .actions { display: flex; flex-wrap: wrap; gap: .4em 1em; align-items: start; } .actions form, .actions label { display: inline-block; margin: 0; }
  .reject:not(.open) label { display: none; } .edit form label { display: inline-block; margin-right: .8em; }
  .message:empty { display: none; } .message.conflict { color: #a11; font-weight: 600; }
  .document-text { white-space: pre-wrap; font-size: 15px; line-height: 1.6; }
  mark.hl { padding: 0 1px; border-radius: 2px; } mark.kind-entity { background: #dcebff; } mark.kind-figure { background: #ffe27a; } mark.kind-signing { background: #c9f0d3; }
  mark.hl.state-rejected { text-decoration: line-through; } mark.hl.flash { outline: 2px solid #3b82f6; }
  table { border-collapse: collapse; } th, td { text-align: left; padding: .25em .8em .25em 0; border-bottom: 1px solid #e3e7ec; } td form { margin: 0; }
  .fact-group ol { padding-left: 1.4em; } .fact-group li { margin: .2em 0; } .fact-group .state { color: #6b7684; font-size: 85%; }
</style>
</head>
<body>
<header><strong>factline</strong>${account
    ? html`<a href="/review">Review</a>${account.role !== 'reviewer' ? html` <a href="/admin/runs">Runs</a> <a href="/admin/queues">Queues</a>` : ''}${account.role === 'admin' ? html` <a href="/admin/accounts">Accounts</a>` : ''}
  <span>${account.name} (${account.role})</span>
  <form method="post" action="/logout"><input type="hidden" name="_csrf" value="${account.csrfToken}"><button>Sign out</button></form>`
    : ''}</header>
<main>${body}</main>
${options.script ? html`<script src="${options.script}" defer></script>` : ''}
</body>
</html>`;
}
