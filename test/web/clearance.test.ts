import { describe, expect, it } from 'vitest';
import { formPost, webAppWith, LIMITE_NOTE as LIMITE } from '../support/web-app.ts';

const RELEASE = {
  name: 'release.txt',
  text: `Joint action in Portugal and Ghana: 14 suspects arrested

Source: Eurojust

On 3 March 2026, authorities in Portugal and Ghana arrested 14 suspects and seized EUR 2.5 million in cash with the support of Eurojust.`,
};

/** Words only the LIMITE note holds: none may reach a page of an account not cleared for LIMITE. */
const LIMITE_WORDS = /12 tonnes|Cooperation with Morocco|6001\/26/;

async function twoDocuments() {
  const web = await webAppWith([RELEASE, LIMITE]);
  const uma = await web.signIn('uma');
  const rita = await web.signIn('rita');
  const get = async (path: string, cookie: string) => {
    const response = await web.app.request(path, { headers: { cookie } });
    return { status: response.status, text: await response.text() };
  };
  const noteId = (web.store.$client.prepare("select id from documents where classification = 'LIMITE'").get() as { id: number }).id;
  const noteFact = web.store.$client.prepare('select id, revision from facts where document_id = ? order by id limit 1').get(noteId) as { id: number; revision: number };
  const noteFacts = (web.store.$client.prepare('select count(*) as n from facts where document_id = ?').get(noteId) as { n: number }).n;
  return { ...web, uma, rita, get, noteId, noteFact, noteFacts };
}

describe('clearance on the review pages', () => {
  it('keeps a LIMITE document\'s facts and text out of the queue of a reviewer not cleared for LIMITE, and says how many were held back', async () => {
    const { uma, rita, get, noteFacts } = await twoDocuments();
    for (const path of ['/review?status=all', '/review?status=all&classification=LIMITE', '/review?status=all&country=MA']) {
      const page = await get(path, uma.cookie);
      expect(page.status).toBe(200);
      expect(page.text).not.toMatch(LIMITE_WORDS);
    }
    const all = await get('/review?status=all', uma.cookie);
    expect(all.text).toContain(`${noteFacts} matching facts are not shown: their documents are marked (LIMITE: ${noteFacts})`);
    expect(all.text).toContain('14 suspects');
    expect(all.text).not.toContain('<option value="MA">');
    expect((await get('/review?status=all', rita.cookie)).text).toContain('<option value="MA">Morocco</option>');
  });

  it('shows them to a reviewer cleared for LIMITE', async () => {
    const { rita, get } = await twoDocuments();
    const page = await get('/review?status=all&classification=LIMITE', rita.cookie);
    expect(page.text).toMatch(/12 tonnes/);
    expect(page.text).not.toContain('not shown');
  });

  it('refuses the LIMITE document page, and any decision on its facts, to a reviewer not cleared for it', async () => {
    const { app, uma, rita, get, noteId, noteFact, store } = await twoDocuments();
    const documentPage = await get(`/documents/${noteId}`, uma.cookie);
    expect(documentPage.status).toBe(403);
    expect(documentPage.text).toContain('marked LIMITE, which your account is not cleared for');
    expect(documentPage.text).not.toMatch(LIMITE_WORDS);
    expect((await get(`/documents/${noteId}`, rita.cookie)).status).toBe(200);

    const decided = await app.request(`/review/facts/${noteFact.id}`, formPost(uma.cookie, { _csrf: uma.csrf, revision: String(noteFact.revision), decision: 'approve' }, true));
    expect(decided.status).toBe(403);
    const answer = await decided.text();
    expect(answer).not.toMatch(LIMITE_WORDS);
    const bulk = await app.request('/review/bulk-approve', formPost(uma.cookie, { _csrf: uma.csrf, fact: `${noteFact.id}:${noteFact.revision}` }, true));
    expect(await bulk.json()).toMatchObject({ approved: 0, refused: [`fact ${noteFact.id} is from a document marked LIMITE, which your account is not cleared for`] });
    expect(store.$client.prepare('select review_state from facts where id = ?').get(noteFact.id)).toEqual({ review_state: 'pending' });
  });

  it('gives a signed-in account\'s API calls the account\'s clearances', async () => {
    const { app, uma, rita, store, noteId } = await twoDocuments();
    store.$client.prepare("update facts set review_state = 'approved'").run();
    const api = async (path: string, cookie: string) => (await app.request(path, { headers: { cookie } })).json() as Promise<Record<string, any>>;
    expect(await api('/api/facts?include_classified=true', uma.cookie)).toMatchObject({ left_out: { by_classification: { LIMITE: expect.any(Number) } } });
    expect(JSON.stringify(await api(`/api/documents/${noteId}?include_classified=true`, uma.cookie))).not.toMatch(LIMITE_WORDS);
    expect((await api(`/api/documents/${noteId}?include_classified=true`, rita.cookie)).document.text).toMatch(/12 tonnes/);
  });
});

describe('clearance on the accounts page', () => {
  it('lets an admin clear an account for a marking, which its open session follows at once', async () => {
    const { app, signIn, uma, get } = await twoDocuments();
    const ada = await signIn('ada');
    const set = await app.request('/admin/accounts/uma/clearances', formPost(ada.cookie, { _csrf: ada.csrf, clearance: ['LIMITE', 'EU RESTRICTED'] }));
    expect(new URL(set.headers.get('location')!, 'http://x').searchParams.get('message')).toBe('uma is cleared for EU RESTRICTED, LIMITE');
    expect((await get('/review?status=all&classification=LIMITE', uma.cookie)).text).toMatch(/12 tonnes/);
    expect((await get('/admin/accounts', ada.cookie)).text).toMatch(/<td>uma<\/td>[\s\S]*?<option selected>EU RESTRICTED<\/option>/);
    const cleared = await app.request('/admin/accounts/uma/clearances', formPost(ada.cookie, { _csrf: ada.csrf }));
    expect(new URL(cleared.headers.get('location')!, 'http://x').searchParams.get('message')).toBe('uma is cleared for none');
    expect((await get('/review?status=all&classification=LIMITE', uma.cookie)).text).not.toMatch(/12 tonnes/);
  });

  it('creates an account with clearances, and refuses a marking not on the list', async () => {
    const { app, signIn } = await twoDocuments();
    const ada = await signIn('ada');
    const message = async (fields: Record<string, string | string[]>) => {
      const response = await app.request('/admin/accounts', formPost(ada.cookie, { _csrf: ada.csrf, role: 'reviewer', password: 'another long password', ...fields }));
      return new URL(response.headers.get('location')!, 'http://x').searchParams.get('message');
    };
    expect(await message({ name: 'nina', clearance: 'LIMITE' })).toBe('created reviewer nina, cleared for LIMITE');
    expect(await message({ name: 'nora', clearance: 'COSMIC TOP SECRET' })).toMatch(/^"COSMIC TOP SECRET" is not a classification marking/);
  });

  it('refuses an account name with markup or a right-to-left override, as the CLI does', async () => {
    const { app, signIn, store } = await twoDocuments();
    const ada = await signIn('ada');
    for (const name of ['<b>eve</b>', 'eve\u202Enimda']) {
      const response = await app.request('/admin/accounts', formPost(ada.cookie, { _csrf: ada.csrf, name, role: 'admin', password: 'another long password' }));
      expect(new URL(response.headers.get('location')!, 'http://x').searchParams.get('message')).toBe('a name is 1 to 100 letters, digits, dots, dashes, underscores or @');
    }
    expect(store.$client.prepare("select count(*) as n from users where name like '%eve%'").get()).toEqual({ n: 0 });
  });
});
