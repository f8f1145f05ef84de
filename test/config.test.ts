import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has embedded defaults under ./data', () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({ dataDir: resolve('data'), inbox: resolve('data/inbox'), redisUrl: 'redis://127.0.0.1:6379', nightlyCron: '0 2 * * *', maxFileMb: 50 });
  });

  it('takes a config file, then the environment, then flags', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'factline-config-')), 'c.json');
    writeFileSync(file, JSON.stringify({ port: 9000, nightlyCron: '30 3 * * *' }));
    const config = loadConfig({ port: 9100 }, { FACTLINE_CONFIG: file, FACTLINE_NIGHTLY_CRON: '0 4 * * *', REDIS_URL: 'redis://10.0.0.5:6380' });
    expect(config).toMatchObject({ port: 9100, nightlyCron: '0 4 * * *', redisUrl: 'redis://10.0.0.5:6380' });
  });

  it.each([
    [{ REDIS_URL: 'http://localhost' }, /redisUrl \(REDIS_URL\): must start with redis:\/\//],
    [{ FACTLINE_PORT: 'eighty' }, /port \(FACTLINE_PORT\)/],
    [{ FACTLINE_NIGHTLY_CRON: 'every night' }, /nightlyCron \(FACTLINE_NIGHTLY_CRON\): must be a cron pattern/],
    [{ FACTLINE_CONFIG: '/nonexistent/factline.json' }, /\/nonexistent\/factline.json: cannot read the config file/],
  ])('refuses %j with a message naming the setting', (env, message) => {
    expect(() => loadConfig({}, env)).toThrow(ConfigError);
    expect(() => loadConfig({}, env)).toThrow(message);
  });
});
