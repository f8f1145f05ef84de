import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * factline's settings, from (lowest to highest) built-in defaults, a JSON config file
 * (FACTLINE_CONFIG or ./factline.config.json), environment variables, then command-line flags.
 * Validated at start: a wrong value stops with a message naming the setting and the reason.
 */
export const Config = z.object({
  dataDir: z.string().min(1),
  inbox: z.string().min(1),
  redisUrl: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://'),
  port: z.coerce.number().int().min(0).max(65535),
  nightlyCron: z.string().regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron pattern of 5 or 6 fields, e.g. "0 2 * * *"'),
  timezone: z.string().min(1),
  maxFileMb: z.coerce.number().positive(),
  queuePrefix: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  extractConcurrency: z.coerce.number().int().min(1).max(64),
  /** How long a job's lock lasts; a killed worker's job is taken up again after about this long. */
  lockMs: z.coerce.number().int().min(1000),
  /** Addresses of reverse proxies whose X-Forwarded-For is believed; from anyone else the header is ignored. */
  trustedProxies: z.preprocess((value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value), z.array(z.string().min(1))),
  /** Largest request body the web server reads, in KB; refused with 413 before it is parsed. */
  maxRequestKb: z.coerce.number().int().min(1),
  /** How long a dropped file's size and modification time must stay unchanged before it is taken. */
  fileStableMs: z.coerce.number().int().min(0),
  /** Time budget of one document's reading or extraction; past it the work is stopped and the document failed. */
  extractTimeoutMs: z.coerce.number().int().min(100),
  /** Heap budget of one document's reading or extraction, in MB. */
  extractMemoryMb: z.coerce.number().int().min(32),
  /** How long SIGTERM waits for jobs in hand before it stops them (they are taken up again at the next start). */
  shutdownGraceMs: z.coerce.number().int().min(0),
});
export type Config = z.infer<typeof Config>;

const ENVIRONMENT: Record<keyof Config, string> = {
  dataDir: 'FACTLINE_DATA', inbox: 'FACTLINE_INBOX', redisUrl: 'REDIS_URL', port: 'FACTLINE_PORT', nightlyCron: 'FACTLINE_NIGHTLY_CRON',
  timezone: 'TZ', maxFileMb: 'FACTLINE_MAX_FILE_MB', queuePrefix: 'FACTLINE_QUEUE_PREFIX', extractConcurrency: 'FACTLINE_EXTRACT_CONCURRENCY',
  lockMs: 'FACTLINE_LOCK_MS', trustedProxies: 'FACTLINE_TRUSTED_PROXIES', maxRequestKb: 'FACTLINE_MAX_REQUEST_KB', fileStableMs: 'FACTLINE_FILE_STABLE_MS',
  extractTimeoutMs: 'FACTLINE_EXTRACT_TIMEOUT_MS', extractMemoryMb: 'FACTLINE_EXTRACT_MEMORY_MB', shutdownGraceMs: 'FACTLINE_SHUTDOWN_GRACE_MS',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(flags: Partial<Record<keyof Config, unknown>> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = String(flags.dataDir ?? env.FACTLINE_DATA ?? './data');
  const defaults = {
    dataDir, inbox: resolve(dataDir, 'inbox'), redisUrl: 'redis://127.0.0.1:6379', port: 8080, nightlyCron: '0 2 * * *',
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, maxFileMb: 50, queuePrefix: 'factline', extractConcurrency: 1, lockMs: 30000,
    trustedProxies: [] as string[], maxRequestKb: 1024, fileStableMs: 5000, extractTimeoutMs: 60000, extractMemoryMb: 1024, shutdownGraceMs: 20000,
  };
  const file = readConfigFile(env.FACTLINE_CONFIG);
  const fromEnv = Object.fromEntries(Object.entries(ENVIRONMENT).flatMap(([key, name]) => (env[name] ? [[key, env[name]]] : [])));
  const given = Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined));
  const parsed = Config.safeParse({ ...defaults, ...file, ...fromEnv, ...given });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      return `${key} (${ENVIRONMENT[key as keyof Config] ?? 'config'}): ${issue.message}`;
    });
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.dataDir), inbox: resolve(parsed.data.inbox) };
}

function readConfigFile(path: string | undefined): Record<string, unknown> {
  const file = path ?? 'factline.config.json';
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path === undefined) return {};
    throw new ConfigError(`${file}: cannot read the config file (${(error as Error).message})`);
  }
}
