import { Hono } from 'hono';
import type { Store } from '../../db/client.ts';

export type PartHealth = 'ok' | 'down' | 'not configured';

/** Asks Redis something: resolving within a second means it answers; rejecting or hanging, that it does not. */
export type RedisProbe = () => Promise<unknown>;

const within = (ms: number, probe: Promise<unknown>) =>
  Promise.race([probe.then(() => true, () => false), new Promise<boolean>((resolve) => setTimeout(resolve, ms, false).unref())]);

/**
 * `GET /healthz`, for supervisors and load balancers, without a session: whether the store and Redis
 * answer, and nothing else (no counts, versions or paths for a stranger to read). 200 when every
 * configured part answers, 503 otherwise.
 */
export function healthRoutes(input: { store: Store; redis?: RedisProbe }) {
  const app = new Hono();
  // Asked at most once a second, so that hammering this public route does not hammer Redis.
  let recent: { at: number; answer: Promise<boolean> } | undefined;
  const redisAnswers = (probe: RedisProbe) => {
    if (!recent || Date.now() - recent.at > 1000) recent = { at: Date.now(), answer: within(1000, probe()) };
    return recent.answer;
  };
  app.get('/healthz', async (c) => {
    const store: PartHealth = storeAnswers(input.store) ? 'ok' : 'down';
    const redis: PartHealth = input.redis ? ((await redisAnswers(input.redis)) ? 'ok' : 'down') : 'not configured';
    return c.json({ store, redis }, store === 'ok' && redis !== 'down' ? 200 : 503, { 'cache-control': 'no-store' });
  });
  return app;
}

function storeAnswers(store: Store): boolean {
  try {
    store.$client.prepare('select 1').get();
    return true;
  } catch {
    return false;
  }
}
