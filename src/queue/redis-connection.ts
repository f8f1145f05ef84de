import { Redis } from 'ioredis';
import { logger as rootLogger, type Logger } from '../logging/logger.ts';

/**
 * Connections to Redis. Workers wait for Redis forever (BullMQ needs `maxRetriesPerRequest: null`);
 * producers fail fast instead of queueing commands while Redis is down.
 */
export function connectRedis(url: string, role: 'worker' | 'producer', logger: Logger = rootLogger): Redis {
  const redis = new Redis(url, role === 'worker' ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  redis.on('error', () => undefined); // errors surface on the commands that fail; without a listener ioredis prints them all
  if (role === 'worker') logConnection(redis, logger.child({ component: 'redis', url: redactUrl(url) }));
  return redis;
}

/** A lost connection and its return are said once each, not once per retry. */
function logConnection(redis: Redis, log: Logger): void {
  let down = false;
  redis.on('reconnecting', (delayMs: number) => {
    if (!down) log.warn({ retryInMs: delayMs }, 'Redis connection lost; reconnecting');
    down = true;
  });
  redis.on('ready', () => {
    if (down) log.info('Redis connection back');
    down = false;
  });
}

/** A password in a Redis URL never reaches the log. */
const redactUrl = (url: string) => url.replace(/\/\/([^@/]*)@/, '//***@');

export interface RedisCheck {
  readonly ok: boolean;
  readonly version?: string;
  readonly warnings: readonly string[];
  readonly error?: string;
}

/** Is Redis answering, and is it set up as BullMQ needs (noeviction, 6.2+)? */
export async function checkRedis(url: string): Promise<RedisCheck> {
  const redis = new Redis(url, { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true, connectTimeout: 2000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const info = await redis.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    const policy = ((await redis.config('GET', 'maxmemory-policy')) as string[])[1];
    const warnings: string[] = [];
    if (policy && policy !== 'noeviction') warnings.push(`Redis maxmemory-policy is ${policy}: BullMQ needs noeviction or queued jobs can be evicted (redis-cli config set maxmemory-policy noeviction)`);
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < 6 || (major === 6 && minor < 2)) warnings.push(`Redis ${version} is older than 6.2, which BullMQ recommends`);
    return { ok: true, version, warnings };
  } catch (error) {
    return { ok: false, warnings: [], error: `no Redis answers at ${url} (${(error as Error).message}); start one with: redis-server --daemonize yes, or set REDIS_URL` };
  } finally {
    redis.disconnect();
  }
}
