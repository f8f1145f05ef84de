import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.ts';
import { openPipelineQueues } from '../../src/queue/pipeline-queues.ts';
import { startWebServer } from '../../src/web/start-web-server.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { silentLogger, webAppWith } from '../support/web-app.ts';

/** A pino logger whose records land in an array, parsed. */
function capturedLog() {
  const records: Record<string, any>[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void records.push(JSON.parse(line)) } });
  return { logger, records };
}

describe('the request log', () => {
  it('records every request once with its id (sent back in X-Request-Id), method, path without the query, status and duration', async () => {
    const { logger, records } = capturedLog();
    const { app, signIn } = await webAppWith([], { logger });
    const rita = await signIn('rita');
    records.length = 0;
    const response = await app.request('/review?country=secret-search&token=fl_abc', { headers: { cookie: rita.cookie } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ level: 30, request: id, method: 'GET', path: '/review', status: 200, ms: expect.any(Number), by: 'rita', msg: 'request' });
    expect(JSON.stringify(records)).not.toMatch(/secret-search|fl_abc/);
  });

  it('keeps an id a proxy already gave the request, and logs refused requests too', async () => {
    const { logger, records } = capturedLog();
    const { app } = await webAppWith([], { logger });
    const response = await app.request('/review', { headers: { 'x-request-id': 'proxy-4711' } });
    expect(response.headers.get('x-request-id')).toBe('proxy-4711');
    expect(records).toMatchObject([{ request: 'proxy-4711', path: '/review', status: 303 }]);
  });

  it('logs an error with the request\'s id and its stack, and tells the client only the id', async () => {
    const { logger, records } = capturedLog();
    const { app, store, signIn } = await webAppWith([], { logger });
    const rita = await signIn('rita');
    store.$client.close();
    records.length = 0;
    const response = await app.request('/review', { headers: { cookie: rita.cookie } });
    expect(response.status).toBe(500);
    const id = response.headers.get('x-request-id')!;
    const body = await response.text();
    expect(body).toContain(`Quote request ${id}`);
    expect(body).not.toMatch(/database|sqlite|at .*\.ts/i);
    const error = records.find((record) => record.level === 50)!;
    expect(error).toMatchObject({ request: id, method: 'GET', path: '/review', msg: 'request error', err: { message: expect.stringMatching(/database connection is not open/), stack: expect.any(String) } });
    expect(records.find((record) => record.msg === 'request failed')).toMatchObject({ request: id, status: 500 });
  });
});

describe('GET /healthz', () => {
  it('answers without a session that the store answers and Redis is not configured, and nothing more', async () => {
    const { app } = await webAppWith();
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ store: 'ok', redis: 'not configured' });
  });

  it('says ok for a Redis that answers, and 503 when it does not or the store is closed', async () => {
    const prefix = uniquePrefix();
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queues = openPipelineQueues(redis, prefix);
    try {
      const up = await webAppWith([], { queues });
      expect(await (await up.app.request('/healthz')).json()).toEqual({ store: 'ok', redis: 'ok' });
      const down = await webAppWith([], { redisProbe: () => new Promise(() => undefined) });
      const hanging = await down.app.request('/healthz');
      expect(hanging.status).toBe(503);
      expect(await hanging.json()).toEqual({ store: 'ok', redis: 'down' });
      up.store.$client.close();
      const closed = await up.app.request('/healthz');
      expect(closed.status).toBe(503);
      expect(await closed.json()).toEqual({ store: 'down', redis: 'ok' });
    } finally {
      await queues.close();
      await dropPrefix(redis, prefix);
      redis.disconnect();
    }
  });

  it('says Redis is down when the server was meant to use one that does not answer', async () => {
    const { store } = await webAppWith();
    const server = await startWebServer({ store, secret: 'test-secret', port: 0, redisUrl: 'redis://127.0.0.1:6399', logger: silentLogger() });
    try {
      const response = await fetch(`${server.address}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ store: 'ok', redis: 'down' });
    } finally {
      await server.close();
    }
  });
});
