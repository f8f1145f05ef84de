import { serve } from '@hono/node-server';
import type { Store } from '../../db/client.ts';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { checkRedis } from '../queue/redis-connection.ts';
import { createWebApp, type WebAppOptions } from './web-app.ts';

export interface RunningWebServer {
  readonly address: string;
  close(): Promise<void>;
}

export interface WebServerOptions extends Pick<WebAppOptions, 'maxRequestKb' | 'trustedProxies' | 'logger'> {
  readonly store: Store;
  readonly secret: string;
  readonly port: number;
  readonly queues?: PipelineQueues;
  /** Redis the server was meant to use but runs without: /healthz then says whether it answers again. */
  readonly redisUrl?: string;
  readonly fallbackToFreePort?: boolean;
}

/**
 * Serves the web pages on 127.0.0.1 (put a TLS proxy in front to reach it from elsewhere). A port in
 * use is an error naming the port, unless `fallbackToFreePort` lets the system pick one.
 */
export async function startWebServer(input: WebServerOptions): Promise<RunningWebServer> {
  const redisUrl = input.queues ? undefined : input.redisUrl;
  const fetch = createWebApp({
    store: input.store, secret: input.secret, maxRequestKb: input.maxRequestKb, trustedProxies: input.trustedProxies, logger: input.logger,
    ...(input.queues ? { queues: input.queues } : {}),
    ...(redisUrl ? { redisProbe: async () => { const check = await checkRedis(redisUrl); if (!check.ok) throw new Error(check.error); } } : {}),
  }).fetch;
  const listen = (port: number) => new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port });
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
  let server: ReturnType<typeof serve>;
  try {
    server = await listen(input.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    if (!input.fallbackToFreePort) throw new Error(`port ${input.port} is in use: pick another with --port or FACTLINE_PORT`);
    server = await listen(0);
  }
  const bound = server.address();
  const address = typeof bound === 'object' && bound ? `http://127.0.0.1:${bound.port}` : `http://127.0.0.1:${input.port}`;
  return { address, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
