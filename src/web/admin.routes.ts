import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Store } from '../../db/client.ts';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { retryFailedJobs } from '../queue/retry-failed.ts';
import { storeStatus } from '../store/status.repository.ts';
import { page } from './layout.ts';
import { requireRole, type WebEnv } from './session.middleware.ts';

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '');

/**
 * Operator pages (runs, failed files, retry). Roles are checked here on the server for every route,
 * whatever links the page shows; the accounts pages are in accounts.routes.ts.
 */
export function adminRoutes(store: Store, queues?: PipelineQueues) {
  const app = new Hono<WebEnv>();
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
<h2>Documents that could not be extracted or stored</h2>
${status.failedDocuments.length === 0 ? html`<p>None.</p>` : html`<ul>${status.failedDocuments.map((failure) => html`<li><strong>${failure.file}</strong>, document ${failure.position}, at ${failure.stage}: ${failure.reason} (${when(failure.at)})</li>`)}</ul>`}
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

  return app;
}
