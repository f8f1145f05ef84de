import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { page } from './layout.ts';
import type { WebEnv } from './session.middleware.ts';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * The queue dashboard (bull-board), mounted at /admin/queues behind the session and the operator role.
 * Its own page sends its actions (retry, clean, promote) without our CSRF token, so the session
 * middleware takes a same-origin proof for this path instead (see `sameOriginRequest`).
 */
export function queueBoardRoutes(queues: PipelineQueues | undefined) {
  const app = new Hono<WebEnv>();
  if (!queues) {
    app.get('/', (c) => c.html(page('Queues', html`<div class="card"><h1>Queues</h1><p>The queue dashboard needs Redis, which is not running: start one and restart <code>factline serve</code>.</p></div>`, c.get('account'))));
    return app;
  }
  const board = new HonoAdapter(serveStatic);
  const { ingest, extract, persist } = queues;
  createBullBoard({ queues: [ingest, extract, persist].map((queue) => new BullMQAdapter(queue)), serverAdapter: board });
  board.setBasePath(QUEUE_BOARD_PATH);
  return app.route('/', board.registerPlugin());
}
