import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Store } from '../../db/client.ts';
import { ROLES, type Role } from '../../db/schema.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { retryFailedJobs } from '../queue/retry-failed.ts';
import { AccountError, addUser, listAccounts, setAccountDisabled } from '../store/accounts.repository.ts';
import { storeStatus } from '../store/status.repository.ts';
import { page } from './layout.ts';
import { requireRole, type WebEnv } from './session.middleware.ts';

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '');

/**
 * Operator pages (runs, failed files, retry) and admin pages (accounts). Roles are checked here on the
 * server for every route, whatever links the page shows.
 */
export function adminRoutes(store: Store, queues?: PipelineQueues) {
  const app = new Hono<WebEnv>();
  app.use('/admin/accounts', requireRole('admin'));
  app.use('/admin/accounts/*', requireRole('admin'));
  app.use('/admin/*', requireRole('operator', 'admin'));

  app.get('/admin/runs', (c) => {
    const account = c.get('account');
    const status = storeStatus(store);
    const message = c.req.query('message');
    return c.html(page('Runs', html`<div class="card"><h1>Runs</h1>
${message ? html`<p class="flash" role="status">${message}</p>` : ''}
<p>${status.documents} documents, ${status.facts} facts.</p>
<table><thead><tr><th>run</th><th>kind</th><th>status</th><th>started</th><th>finished</th><th>counts</th></tr></thead><tbody>
${status.recentRuns.map((run) => html`<tr><td>${run.id}</td><td>${run.kind}</td><td>${run.status}</td><td>${when(run.startedAt)}</td><td>${when(run.finishedAt)}</td><td>${Object.entries(run.counts).map(([key, n]) => `${key} ${n}`).join(', ')}</td></tr>`)}
</tbody></table></div>
<div class="card"><h2>Files that could not be read</h2>
${status.failedFiles.length === 0 ? html`<p>None.</p>` : html`<ul>${status.failedFiles.map((file) => html`<li><strong>${file.name}</strong>: ${file.reason ?? 'unknown reason'} (${when(file.at)})</li>`)}</ul>`}
${queues
    ? html`<form method="post" action="/admin/runs/retry"><input type="hidden" name="_csrf" value="${account.csrfToken}"><button type="submit">Retry failed jobs</button></form>
<p><a href="/admin/queues">Queue dashboard</a></p>`
    : html`<p>Retrying jobs and the queue dashboard need Redis, which this server runs without: start Redis and <code>factline serve</code>.</p>`}
</div>`, account));
  });

  app.post('/admin/runs/retry', async (c) => {
    if (!queues) return c.redirect(`/admin/runs?${new URLSearchParams({ message: 'retrying needs Redis, which this server runs without' })}`, 303);
    const retried = await retryFailedJobs(queues);
    return c.redirect(`/admin/runs?${new URLSearchParams({ message: `${retried.length} failed job(s) re-queued` })}`, 303);
  });

  app.get('/admin/accounts', (c) => {
    const account = c.get('account');
    const message = c.req.query('message');
    const csrf = html`<input type="hidden" name="_csrf" value="${account.csrfToken}">`;
    return c.html(page('Accounts', html`<div class="card"><h1>Accounts</h1>
${message ? html`<p class="flash" role="status">${message}</p>` : ''}
<table><thead><tr><th>name</th><th>role</th><th>created</th><th>state</th><th></th></tr></thead><tbody>
${listAccounts(store).map((user) => html`<tr><td>${user.name}</td><td>${user.role}</td><td>${when(user.createdAt)}</td><td>${user.disabledAt ? `disabled ${when(user.disabledAt)}` : 'active'}</td>
<td>${user.name === account.name ? '' : html`<form method="post" action="/admin/accounts/${encodeURIComponent(user.name)}/${user.disabledAt ? 'enable' : 'disable'}">${csrf}<button type="submit">${user.disabledAt ? 'Enable' : 'Disable'}</button></form>`}</td></tr>`)}
</tbody></table></div>
<form method="post" action="/admin/accounts" class="card" style="max-width: 28em"><h2>New account</h2>${csrf}
<label for="new-name">Name</label><input id="new-name" name="name" required maxlength="100" autocomplete="off">
<label for="new-role">Role</label><select id="new-role" name="role">${ROLES.map((role) => html`<option>${role}</option>`)}</select>
<label for="new-password">Password (at least 10 characters)</label><input id="new-password" name="password" type="password" required autocomplete="new-password">
<p><button type="submit">Create</button></p></form>`, account));
  });

  app.post('/admin/accounts', async (c) => {
    const body = await c.req.parseBody();
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    const role = typeof body.role === 'string' && (ROLES as readonly string[]).includes(body.role) ? (body.role as Role) : undefined;
    const password = typeof body.password === 'string' ? body.password : '';
    const back = (message: string) => c.redirect(`/admin/accounts?${new URLSearchParams({ message })}`, 303);
    if (!/^[\p{L}\p{N}._@-]{1,100}$/u.test(name)) return back('a name is 1 to 100 letters, digits, dots, dashes, underscores or @');
    if (!role) return back(`the role must be one of ${ROLES.join(', ')}`);
    const problem = passwordProblem(password);
    if (problem) return back(`${name}: ${problem}`);
    try {
      addUser(store, { name, role, passwordHash: await hashPassword(password) });
    } catch (error) {
      if (error instanceof AccountError) return back(error.message);
      throw error;
    }
    return back(`created ${role} ${name}`);
  });

  app.post('/admin/accounts/:name/:change{disable|enable}', (c) => {
    const name = c.req.param('name');
    const disable = c.req.param('change') === 'disable';
    if (name === c.get('account').name) return c.redirect(`/admin/accounts?${new URLSearchParams({ message: 'you cannot disable your own account' })}`, 303);
    const found = setAccountDisabled(store, name, disable);
    return c.redirect(`/admin/accounts?${new URLSearchParams({ message: found ? `${name} ${disable ? 'disabled: signed out everywhere' : 'enabled'}` : `no account ${name}` })}`, 303);
  });

  return app;
}
