import { Hono } from 'hono';
import type { Store } from '../../db/client.ts';
import type { ApiEnv } from './api-caller.middleware.ts';

/** The read-only JSON API for programs: approved facts only. Authentication happens before these routes. */
export function apiRoutes(_store: Store) {
  const api = new Hono<ApiEnv>();
  return api;
}
