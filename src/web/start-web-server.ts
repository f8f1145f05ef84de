import { serve } from '@hono/node-server';
import type { Store } from '../../db/client.ts';
import type { PipelineQueues } from '../queue/pipeline-queues.ts';
import { createWebApp } from './web-app.ts';

export interface RunningWebServer {
  readonly address: string;
  close(): Promise<void>;
}

/**
 * Serves the web pages on 127.0.0.1 (put a TLS proxy in front to reach it from elsewhere). A port in
 * use is an error naming the port, unless `fallbackToFreePort` lets the system pick one.
 */
export async function startWebServer(input: { store: Store; secret: string; port: number; queues?: PipelineQueues; fallbackToFreePort?: boolean }): Promise<RunningWebServer> {
  const fetch = createWebApp({ store: input.store, secret: input.secret, ...(input.queues ? { queues: input.queues } : {}) }).fetch;
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
