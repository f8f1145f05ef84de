import { describe, expect, it } from 'vitest';
import { formPost, webAppWith, LIMITE_NOTE as LIMITE } from '../support/web-app.ts';

const RELEASE = {
  name: 'release.txt',
  text: `Joint action in Portugal and Ghana: 14 suspects arrested

Source: Eurojust

On 3 March 2026, authorities in Portugal and Ghana arrested 14 suspects and seized EUR 2.5 million in cash with the support of Eurojust.

Eurojust signed a working arrangement with Ghana in 2025.`,
};

const HOSTILE = {
  name: 'hostile.txt',
  text: `<script>document.title='owned'</script> Operation in Chile: 9 suspects arrested

Source: Eurojust

Authorities in Chile arrested 9 suspects <img src=x onerror="alert(1)"> with the support of Eurojust.`,
};

async function reviewing() {
  const web = await webAppWith([RELEASE, HOSTILE, LIMITE]);
  const rita = await web.signIn('rita');
  const get = async (path: string, cookie = rita.cookie) => {
    const response = await web.app.request(path, { headers: { cookie } });
    return { status: response.status, html: await response.text(), headers: response.headers };
  };
  const factIds = (html: string) => [...html.matchAll(/<article class="fact[^"]*" id="fact-(\d+)"/g)].map((match) => Number(match[1]));
  const row = (id: number) => web.store.$client.prepare('select * from facts where id = ?').get(id) as Record<string, unknown>;
  const factWhere = (where: string) => web.store.$client.prepare(`select id, revision from facts where ${where} order by id limit 1`).get() as { id: number; revision: number };
  return { ...web, rita, get, factIds, row, factWhere };
}

describe('the review queue', () => {
  it('lists facts to review, lowest confidence first, with their document and marked evidence', async () => {
    const { get, store } = await reviewing();
    const page = await get('/review');
    expect(page.status).toBe(200);
    const confidences = [...page.html.matchAll(/title="rule confidence">([\d.]+)</g)].map((match) => Number(match[1]));
    expect(confidences.length).toBeGreaterThan(5);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(page.html).toMatch(/<mark>14 suspects arrested<\/mark>|<mark>14 suspects<\/mark>/);
    expect(page.html).toContain('Joint action in Portugal and Ghana: 14 suspects arrested');
    const total = (store.$client.prepare("select count(*) as n from facts where review_state = 'pending'").get() as { n: number }).n;
    expect(page.html).toContain(`of ${total}`);
  });

  it.each([
    ['kind', 'kind=signing', "kind = 'signing'"],
    ['type', 'type=country', "type = 'country'"],
    ['document', 'document=1', 'document_id = 1'],
    ['classification', 'classification=LIMITE', 'document_id in (select id from documents where classification = \'LIMITE\')'],
    ['unmarked documents', 'classification=none', 'document_id in (select id from documents where classification is null)'],
  ])('filters by %s', async (_name, query, where) => {
    const { get, factIds, store } = await reviewing();
    const expected = (store.$client.prepare(`select id from facts where ${where} order by id`).all() as { id: number }[]).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    const shown = factIds((await get(`/review?${query}&status=all`)).html).sort((a, b) => a - b);
    expect(shown).toEqual(expected.slice(0, 20));
  });

  it('filters by country: the country itself, signings with it, and facts whose sentence names it', async () => {
    const { get, store } = await reviewing();
    const html = (await get('/review?country=GH&status=all')).html;
    const summaries = [...html.matchAll(/<strong class="summary">([^<]+)</g)].map((match) => match[1]);
    expect(summaries).toContain('country: Ghana (GH)');
    expect(summaries.some((summary) => /working arrangement/.test(summary!))).toBe(true);
    expect(summaries.some((summary) => /^14 count/.test(summary!))).toBe(true);
    expect(summaries).not.toContain('country: Chile (CL)');
    const chile = (store.$client.prepare("select count(*) as n from facts where json_extract(data, '$.code') = 'CL'").get() as { n: number }).n;
    expect(chile).toBe(1);
  });

  it('orders by document and by kind on request', async () => {
    const { get, store, factIds } = await reviewing();
    const byDocument = factIds((await get('/review?order=document')).html);
    const documentsInOrder = byDocument.map((id) => (store.$client.prepare('select document_id as d from facts where id = ?').get(id) as { d: number }).d);
    expect(documentsInOrder).toEqual([...documentsInOrder].sort((a, b) => a - b));
    const kinds = factIds((await get('/review?order=kind&status=all')).html).map((id) => (store.$client.prepare('select kind from facts where id = ?').get(id) as { kind: string }).kind);
    expect(kinds).toEqual([...kinds].sort());
  });

  it('shows progress: counts per state and each reviewer\'s decisions today', async () => {
    const { app, get, rita, factWhere } = await reviewing();
    const fact = factWhere("kind = 'figure'");
    await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'approve' }));
    const html = (await get('/review')).html;
    expect(html).toMatch(/1 approved<\/span>/);
    expect(html).toMatch(/rita 1 \(1 approved, 0 edited, 0 rejected\)/);
  });
});

describe('decisions from the page', () => {
  it('approves with a plain form and returns to the queue at that fact', async () => {
    const { app, rita, factWhere, row } = await reviewing();
    const fact = factWhere("kind = 'figure'");
    const response = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'approve', return: '/review?kind=figure' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`^/review\\?kind=figure&message=.*#fact-${fact.id}$`));
    expect(row(fact.id)).toMatchObject({ review_state: 'approved', reviewed_by: 'rita', revision: fact.revision + 1 });
  });

  it('never redirects to another site from the return field', async () => {
    const { app, rita, factWhere } = await reviewing();
    const fact = factWhere('1 = 1');
    const response = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'approve', return: '//evil.example/review' }));
    expect(response.headers.get('location')).toMatch(/^\/review\?/);
  });

  it('rejects with a coded reason and a note, and refuses a rejection without a reason', async () => {
    const { app, rita, factWhere, row } = await reviewing();
    const fact = factWhere("kind = 'figure'");
    const missing = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'reject' }, true));
    expect(missing.status).toBe(400);
    expect((await missing.json() as { message: string }).message).toMatch(/pick a reason/);
    const response = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'reject', reason: 'wrong_subject', note: 'counts delegations' }, true));
    expect(response.status).toBe(200);
    const body = await response.json() as { ok: boolean; state: string; card: string };
    expect(body).toMatchObject({ ok: true, state: 'rejected' });
    expect(body.card).toContain('rejected: wrong_subject');
    expect(row(fact.id)).toMatchObject({ review_state: 'rejected', reject_reason: 'wrong_subject', reject_note: 'counts delegations' });
  });

  it('edits a figure: checked values are stored, the original reading is kept, and it counts as approved with edit', async () => {
    const { app, rita, factWhere, row, get } = await reviewing();
    const fact = factWhere("kind = 'figure' and json_extract(data, '$.value') = 14");
    const bad = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'edit', value: 'fourteen' }, true));
    expect(bad.status).toBe(400);
    expect((await bad.json() as { message: string }).message).toMatch(/value must be a number/);
    const response = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'edit', value: '15', subject: 'arrested suspects', unit: 'count', qualifier: 'exact', action: 'arrested', year: '2026' }, true));
    expect(response.status).toBe(200);
    const stored = row(fact.id);
    expect(stored.review_state).toBe('edited');
    expect(JSON.parse(stored.edited_data as string)).toMatchObject({ value: 15, subject: 'arrested suspects', year: 2026 });
    expect(JSON.parse(stored.data as string)).toMatchObject({ value: 14 });
    const page = (await get(`/review?status=edited`)).html;
    expect(page).toContain('15 count · arrested suspects · arrested · 2026');
    expect(page).toMatch(/Read by the rule as: 14 count/);
  });

  it('edits a signing\'s counterpart to a country\'s canonical name and code, and refuses markup or direction overrides in it', async () => {
    const { app, rita, factWhere, row } = await reviewing();
    const fact = factWhere("kind = 'signing'");
    const edit = (counterpart: string) => app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'edit', counterpart }, true));
    for (const hostile of ['<img src=x onerror=alert(1)>', 'Ghana\u202Eanahg']) {
      const refused = await edit(hostile);
      expect(refused.status).toBe(400);
      expect((await refused.json() as { message: string }).message).toMatch(/^counterpart (cannot hold < or >|holds a control or text-direction character)/);
    }
    expect((await edit('Turkey')).status).toBe(200);
    expect(JSON.parse(row(fact.id).edited_data as string)).toMatchObject({ counterpart: 'Türkiye', counterpartCode: 'TR' });
  });

  it('tells the second of two reviewers deciding the same fact, and keeps the first decision', async () => {
    const { app, rita, signIn, factWhere, row } = await reviewing();
    const rob = await signIn('rob');
    const fact = factWhere("kind = 'figure'");
    const first = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'approve' }, true));
    expect(first.status).toBe(200);
    const second = await app.request(`/review/facts/${fact.id}`, formPost(rob.cookie, { _csrf: rob.csrf, revision: String(fact.revision), decision: 'reject', reason: 'not_a_fact' }, true));
    expect(second.status).toBe(409);
    expect((await second.json() as { message: string }).message).toMatch(/was approved by rita while you looked at it/);
    expect(row(fact.id)).toMatchObject({ review_state: 'approved', reviewed_by: 'rita' });
  });

  it('undoes the reviewer\'s own last decision', async () => {
    const { app, rita, factWhere, row } = await reviewing();
    const fact = factWhere("kind = 'entity'");
    await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'reject', reason: 'wrong_entity' }));
    const response = await app.request('/review/undo', formPost(rita.cookie, { _csrf: rita.csrf }, true));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, factId: fact.id, state: 'pending' });
    expect(row(fact.id)).toMatchObject({ review_state: 'pending', reject_reason: null });
  });

  it('bulk-approves the selected facts, each at the revision the reviewer saw', async () => {
    const { app, rita, store, row } = await reviewing();
    const picked = store.$client.prepare("select id, revision from facts where kind = 'entity' order by id limit 3").all() as { id: number; revision: number }[];
    const response = await app.request('/review/bulk-approve', formPost(rita.cookie, { _csrf: rita.csrf, fact: picked.map((fact) => `${fact.id}:${fact.revision}`) }, true));
    expect(await response.json()).toMatchObject({ ok: true, approved: 3 });
    for (const fact of picked) expect(row(fact.id)).toMatchObject({ review_state: 'approved', reviewed_by: 'rita' });
  });

  it('lets an operator read the queue but not decide', async () => {
    const { app, signIn, factWhere, row } = await reviewing();
    const otto = await signIn('otto');
    const fact = factWhere('1 = 1');
    expect((await app.request('/review', { headers: { cookie: otto.cookie } })).status).toBe(200);
    const response = await app.request(`/review/facts/${fact.id}`, formPost(otto.cookie, { _csrf: otto.csrf, revision: String(fact.revision), decision: 'approve' }));
    expect(response.status).toBe(403);
    expect(row(fact.id)).toMatchObject({ review_state: 'pending' });
  });
});

describe('document text is shown as text', () => {
  it('a document holding <script> and an onerror attribute renders inert in the queue and the document page', async () => {
    const { get, store } = await reviewing();
    const id = (store.$client.prepare("select id from documents where text like '%<script>%'").get() as { id: number }).id;
    for (const path of [`/review?document=${id}&status=all`, `/documents/${id}`]) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.html).not.toContain('<script>document.title');
      expect(page.html).not.toContain('<img src=x');
      expect(page.html).toContain('&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;');
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    }
  });

  it('SQL-looking filter values are bound as data: no error, nothing matched, the value shown back as text', async () => {
    const { get, store } = await reviewing();
    const before = (store.$client.prepare('select count(*) as n from facts').get() as { n: number }).n;
    for (const value of ["' OR 1=1 --", "x'); DROP TABLE facts; --", '" onmouseover="alert(1)']) {
      const page = await get(`/review?status=all&country=${encodeURIComponent(value)}&type=${encodeURIComponent(value)}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Nothing matches these filters.');
      expect(page.html).not.toContain('value="" onmouseover');
    }
    expect((store.$client.prepare('select count(*) as n from facts').get() as { n: number }).n).toBe(before);
  });

  it('an SQL-looking edit is stored verbatim and shown escaped', async () => {
    const { app, rita, factWhere, row, get } = await reviewing();
    const fact = factWhere("kind = 'figure'");
    const subject = "suspects'); DROP TABLE facts; -- <b>bold</b>";
    const response = await app.request(`/review/facts/${fact.id}`, formPost(rita.cookie, { _csrf: rita.csrf, revision: String(fact.revision), decision: 'edit', subject }, true));
    expect(response.status).toBe(200);
    expect(JSON.parse(row(fact.id).edited_data as string).subject).toBe(subject);
    const page = (await get('/review?status=edited')).html;
    expect(page).toContain('suspects&#39;); DROP TABLE facts; -- &lt;b&gt;bold&lt;/b&gt;');
    expect(page).not.toContain('<b>bold</b>');
  });
});

describe('the document page', () => {
  it('marks every fact in place and groups the facts by kind', async () => {
    const { get, store } = await reviewing();
    const id = (store.$client.prepare("select id from documents where title like 'Joint action%'").get() as { id: number }).id;
    const facts = store.$client.prepare('select id, kind from facts where document_id = ?').all(id) as { id: number; kind: string }[];
    const html = (await get(`/documents/${id}`)).html;
    for (const fact of facts) expect(html).toContain(`id="fact-${fact.id}"`);
    for (const kind of ['Entities', 'Figures', 'Signings']) expect(html).toMatch(new RegExp(`<h2>${kind} \\(\\d+\\)</h2>`));
    expect(html).toMatch(/<mark class="hl kind-figure[^>]*>[^<]*14 suspects/);
    expect((await get('/documents/999')).status).toBe(404);
  });
});
