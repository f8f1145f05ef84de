import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { apiTokenCaller, createApiToken, revokeApiToken } from '../../src/store/accounts.repository.ts';

describe('API tokens', () => {
  it('are stored hashed, valid until revoked', () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'factline-tokens-')), 'factline.sqlite'));
    const token = createApiToken(store, 'exporter');
    expect(JSON.stringify(store.$client.prepare('select * from api_tokens').all())).not.toContain(token);
    expect(apiTokenCaller(store, token)).toEqual({ name: 'exporter', clearances: [] });
    expect(apiTokenCaller(store, `${token}x`)).toBeUndefined();
    expect(revokeApiToken(store, 'exporter')).toBe(1);
    expect(apiTokenCaller(store, token)).toBeUndefined();
  });

  it('carry the markings they are cleared for, none unless given', () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'factline-tokens-')), 'factline.sqlite'));
    const cleared = createApiToken(store, 'analyst', ['LIMITE']);
    expect(apiTokenCaller(store, cleared)).toEqual({ name: 'analyst', clearances: ['LIMITE'] });
  });
});
