import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../../src/store/accounts.repository.ts';
import { createWebApp } from '../../src/web/web-app.ts';
import { type ReviewedStore, reviewedStore } from '../support/reviewed-store.ts';
import { silentLogger } from '../support/web-app.ts';

let fixture: ReviewedStore;
let app: ReturnType<typeof createWebApp>;
/** Cleared for LIMITE, the marking of the fixture's Council note. */
let token: string;
let uncleared: string;
beforeAll(async () => {
  fixture = await reviewedStore();
  app = createWebApp({ store: fixture.store, secret: 'test-secret', logger: silentLogger() });
  token = createApiToken(fixture.store, 'exporter', ['LIMITE']);
  uncleared = createApiToken(fixture.store, 'partner', ['RESTREINT UE/EU RESTRICTED']);
}, 60_000);

/** GET with `Authorization: Bearer` and the test's token, another token, or (null) none. */
const get = async (path: string, bearer: string | null = token) => {
  const response = await app.request(path, { headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the JSON API', () => {
  it('refuses a caller without a token, with an unknown one, and with a revoked one', async () => {
    expect((await get('/api/facts', null)).status).toBe(401);
    expect((await get('/api/facts', 'fl_not-a-token')).status).toBe(401);
    const revoked = createApiToken(fixture.store, 'former-partner');
    expect((await get('/api/facts', revoked)).status).toBe(200);
    revokeApiToken(fixture.store, 'former-partner');
    expect(await get('/api/facts', revoked)).toMatchObject({ status: 401, body: { error: expect.stringMatching(/revoked/) } });
  });

  it('serves the approved and edited facts to a valid token, counting the classified ones it left out', async () => {
    const { status, body } = await get('/api/facts');
    expect(status).toBe(200);
    expect(body.facts.map((fact: { id: number }) => fact.id)).toEqual(fixture.deliveredIds);
    expect(body).toMatchObject({ page: 1, per_page: 100, total: 4, left_out: { classified: 2, by_classification: { LIMITE: 2 } }, next: null });
    const edited = body.facts.find((fact: { id: number }) => fact.id === fixture.edited.id);
    expect(edited).toMatchObject({ subject: 'jurisdictions worldwide', review: { state: 'edited', original: { subject: fixture.edited.data.subject } } });
  });

  it('pages, with the total and a link to the next page', async () => {
    const first = await get('/api/facts?per_page=2&include_classified=true');
    expect(first.body).toMatchObject({ page: 1, per_page: 2, total: 6, left_out: { classified: 0 } });
    expect(first.body.facts).toHaveLength(2);
    const next = new URL(first.body.next);
    expect(Object.fromEntries(next.searchParams)).toEqual({ per_page: '2', include_classified: 'true', page: '2' });
    const second = await get(`${next.pathname}${next.search}`);
    const third = await get('/api/facts?per_page=2&include_classified=true&page=3');
    expect(third.body.next).toBeNull();
    const ids = [first, second, third].flatMap((page) => page.body.facts.map((fact: { id: number }) => fact.id));
    expect(ids).toEqual(sorted([...fixture.deliveredIds, ...fixture.classifiedIds]));
    expect((await get('/api/facts?page=9')).body).toMatchObject({ facts: [], total: 4, next: null });
  });

  it('filters by kind, review date and document', async () => {
    expect((await get('/api/facts?kind=signing')).body.facts.map((fact: { kind: string }) => fact.kind)).toEqual(['signing']);
    expect((await get('/api/facts?since=2025-06-01')).body.total).toBe(fixture.deliveredIds.length - fixture.marchIds.length);
    expect((await get('/api/facts?since=2025-03-01T11:00:00%2B02:00')).body.total).toBe(4);
    const note = await get(`/api/facts?document=${fixture.councilNoteId}`);
    expect(note.body).toMatchObject({ facts: [], total: 0, left_out: { classified: 2 } });
  });

  it.each([
    ['per_page=0', 'per_page'], ['per_page=1001', 'per_page'], ['page=two', 'page'], ['kind=person', 'kind'],
    ['since=2025-02-30', 'since'], ['include_classified=yes', 'include_classified'], ['document=-1', 'document'], ['perpage=5', 'perpage'],
  ])('answers ?%s with 400 naming the parameter', async (query, parameter) => {
    const { status, body } = await get(`/api/facts?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ parameter, error: expect.stringMatching(new RegExp(`^${parameter}: `)) });
  });

  it('serves a document with its text and approved facts', async () => {
    const { status, body } = await get(`/api/documents/${fixture.pressReleaseId}`);
    expect(status).toBe(200);
    expect(body.document).toMatchObject({ id: fixture.pressReleaseId, type: 'press_release', classification: null, text: expect.stringContaining('Eurojust') });
    expect(body.facts.map((fact: { id: number }) => fact.id)).toEqual(fixture.deliveredIds);
    const fact = body.facts[0];
    // The first mention may write the entity by its acronym ("EU" for the European Union).
    expect([fact.name, fact.acronym]).toContain(body.document.text.slice(fact.evidence.start, fact.evidence.end));
  });

  it('refuses a classified document unless asked for it explicitly', async () => {
    const refused = await get(`/api/documents/${fixture.councilNoteId}`);
    expect(refused).toMatchObject({ status: 404, body: { error: expect.stringMatching(/include_classified=true/), classification: 'LIMITE' } });
    const asked = await get(`/api/documents/${fixture.councilNoteId}?include_classified=true`);
    expect(asked.status).toBe(200);
    expect(asked.body.document).toMatchObject({ reference: '15571/25', classification: 'LIMITE' });
    expect(asked.body.facts.map((fact: { id: number }) => fact.id)).toEqual(fixture.classifiedIds);
  });

  it('leaves out, and counts, classified facts a token is not cleared for, even when it asks for them', async () => {
    const { status, body } = await get('/api/facts?include_classified=true', uncleared);
    expect(status).toBe(200);
    expect(body.facts.map((fact: { id: number }) => fact.id)).toEqual(fixture.deliveredIds);
    expect(body).toMatchObject({ total: 4, left_out: { classified: 2, by_classification: { LIMITE: 2 } } });
    expect(await get(`/api/documents/${fixture.councilNoteId}?include_classified=true`, uncleared)).toMatchObject({
      status: 403, body: { error: expect.stringMatching(/marked LIMITE, which partner is not cleared for/), classification: 'LIMITE' },
    });
    expect(JSON.stringify(await get(`/api/facts?document=${fixture.councilNoteId}&include_classified=true`, uncleared))).not.toMatch(/15571\/25/);
  });

  it('answers an unknown document with 404 and a malformed id with 400', async () => {
    expect(await get('/api/documents/9999')).toMatchObject({ status: 404, body: { error: 'no document 9999' } });
    expect(await get('/api/documents/abc')).toMatchObject({ status: 400, body: { parameter: 'id' } });
    expect((await get('/api/documents/1?include_classified=maybe')).status).toBe(400);
    expect((await get('/api/nothing-here')).status).toBe(404);
  });
});
