import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { apiTokenValid, createApiToken, revokeApiToken } from '../../src/store/accounts.repository.ts';

describe('API tokens', () => {
  it('are stored hashed, valid until revoked', () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'factline-tokens-')), 'factline.sqlite'));
    const token = createApiToken(store, 'exporter');
    expect(JSON.stringify(store.$client.prepare('select * from api_tokens').all())).not.toContain(token);
    expect(apiTokenValid(store, token)).toBe(true);
    expect(apiTokenValid(store, `${token}x`)).toBe(false);
    expect(revokeApiToken(store, 'exporter')).toBe(1);
    expect(apiTokenValid(store, token)).toBe(false);
  });
});
