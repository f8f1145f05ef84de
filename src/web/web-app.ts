import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../../db/client.ts';
import { type Logger, logger } from '../logging/logger.ts';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { accountsRoutes } from './accounts.routes.ts';
import { adminRoutes } from './admin.routes.ts';
import { requireApiCaller } from './api-caller.middleware.ts';
import { apiRoutes } from './api.routes.ts';
import { requestBodyLimit } from './body-limit.middleware.ts';
import { clientAddressOf } from './client-address.ts';
import { healthRoutes, type RedisProbe } from './health.routes.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { loginRoutes, signOut } from './login.routes.ts';
import { QUEUE_BOARD_PATH, queueBoardRoutes } from './queue-board.routes.ts';
import { logErrors, requestLog } from './request-log.middleware.ts';
import { reviewRoutes } from './review.routes.ts';
import { requireRole, requireSession, type WebEnv } from './session.middleware.ts';

const REVIEW_SCRIPT = readFileSync(new URL('./assets/review.js', import.meta.url), 'utf8');

export interface WebAppOptions {
  readonly store: Store;
  readonly secret: string;
  /** The queues, when Redis answers; the dashboard says it needs Redis otherwise. */
  readonly queues?: PipelineQueues;
  /** Whether Redis answers, for /healthz when the server runs without queues; by default the queues' connection is asked. */
  readonly redisProbe?: RedisProbe;
  readonly secureCookies?: boolean;
  /** Largest request body read, in KB (config `maxRequestKb`); 1024 by default. */
  readonly maxRequestKb?: number;
  /** Reverse proxies whose X-Forwarded-For is believed (config `trustedProxies`); none by default. */
  readonly trustedProxies?: readonly string[];
  readonly logger?: Logger;
  readonly loginThrottle?: LoginThrottle;
}

/**
 * The web pages: sign-in and /healthz are the only routes without a session; the queue dashboard
 * (bull-board) is for operators and admins only, since its jobs carry document text.
 */
export function createWebApp(options: WebAppOptions) {
  const { store, secret, queues } = options;
  const log = options.logger ?? logger.child({ component: 'web' });
  const app = new Hono<WebEnv>();
  app.onError(logErrors(log));
  app.use('*', requestLog(log));
  app.use('*', requestBodyLimit(options.maxRequestKb ?? 1024));
  // bull-board's page needs inline scripts; everywhere else only our own script file runs, so even
  // document text that escaped escaping could not execute.
  const boardPolicy: Parameters<typeof app.use>[1] = async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:");
  };
  app.use(QUEUE_BOARD_PATH, boardPolicy);
  app.use(`${QUEUE_BOARD_PATH}/*`, boardPolicy);
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], scriptSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"] } }));
  const redisProbe = options.redisProbe ?? (queues ? () => queues.redis.ping() : undefined);
  app.route('/', healthRoutes({ store, ...(redisProbe ? { redis: redisProbe } : {}) }));
  const clientAddress = clientAddressOf(options.trustedProxies ?? []);
  app.route('/', loginRoutes(store, secret, { secureCookies: options.secureCookies ?? false, clientAddress, ...(options.loginThrottle ? { throttle: options.loginThrottle } : {}) }));
  // Programs use the API with a Bearer token, so it is authenticated apart from the pages.
  app.use('/api/*', requireApiCaller(store, secret));
  app.route('/api', apiRoutes(store));
  app.use('*', requireSession(store, secret, { sameOriginProof: [`${QUEUE_BOARD_PATH}/`] }));
  app.post('/logout', (c) => signOut(c, store, secret));

  app.get('/assets/review.js', (c) => c.body(REVIEW_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  app.route('/', reviewRoutes(store));

  app.use('/admin/*', requireRole('operator', 'admin'));
  app.route('/', accountsRoutes(store));
  app.route('/', adminRoutes(store, queues));
  app.route(QUEUE_BOARD_PATH, queueBoardRoutes(queues));
  return app;
}
