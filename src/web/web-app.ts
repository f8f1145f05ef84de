import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { html } from 'hono/html';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../../db/client.ts';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { page } from './layout.ts';
import { requireApiCaller } from './api-caller.middleware.ts';
import { adminRoutes } from './admin.routes.ts';
import { apiRoutes } from './api.routes.ts';
import { loginRoutes, signOut } from './login.routes.ts';
import { reviewRoutes } from './review.routes.ts';
import { requireRole, requireSession, type WebEnv } from './session.middleware.ts';

const REVIEW_SCRIPT = readFileSync(new URL('./assets/review.js', import.meta.url), 'utf8');

export interface WebAppOptions {
  readonly store: Store;
  readonly secret: string;
  /** The queues, when Redis answers; the dashboard says it needs Redis otherwise. */
  readonly queues?: PipelineQueues;
  readonly secureCookies?: boolean;
}

/**
 * The web pages: sign-in is the only route without a session; the queue dashboard (bull-board) is for
 * operators and admins only, since its jobs carry document text.
 */
export function createWebApp(options: WebAppOptions) {
  const { store, secret } = options;
  const app = new Hono<WebEnv>();
  // bull-board's page needs inline scripts; everywhere else only our own script file runs, so even
  // document text that escaped escaping could not execute.
  const boardPolicy: Parameters<typeof app.use>[1] = async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:");
  };
  app.use('/admin/queues', boardPolicy);
  app.use('/admin/queues/*', boardPolicy);
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], scriptSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"] } }));
  app.route('/', loginRoutes(store, secret, { secureCookies: options.secureCookies ?? false }));
  // Programs use the API with a Bearer token, so it is authenticated apart from the pages.
  app.use('/api/*', requireApiCaller(store, secret));
  app.route('/api', apiRoutes(store));
  app.use('*', requireSession(store, secret));
  app.post('/logout', (c) => signOut(c, store, secret));

  app.get('/assets/review.js', (c) => c.body(REVIEW_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  app.route('/', reviewRoutes(store));

  app.use('/admin/*', requireRole('operator', 'admin'));
  app.route('/', adminRoutes(store, options.queues));
  if (options.queues) {
    const board = new HonoAdapter(serveStatic);
    const { ingest, extract, persist } = options.queues;
    createBullBoard({ queues: [ingest, extract, persist].map((queue) => new BullMQAdapter(queue)), serverAdapter: board });
    board.setBasePath('/admin/queues');
    app.route('/admin/queues', board.registerPlugin());
  } else {
    app.get('/admin/queues', (c) => c.html(page('Queues', html`<div class="card"><h1>Queues</h1><p>The queue dashboard needs Redis, which is not running: start one and restart <code>factline serve</code>.</p></div>`, c.get('account'))));
  }
  return app;
}
