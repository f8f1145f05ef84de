import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/client.ts';
import { type RunningWebServer, startWebServer } from '../../src/web/start-web-server.ts';
import { launchChromium, SCREENSHOTS } from '../support/browser.ts';
import { corpusFiles, PASSWORD, storeFiles, webAppWith } from '../support/web-app.ts';

const HOSTILE = {
  name: 'hostile.txt',
  text: `<script>document.title='owned'</script> Operation in Chile: 9 suspects arrested

Source: Eurojust

Authorities in Chile arrested 9 suspects <img src=x onerror="document.title='owned'"> with the support of Eurojust.`,
};

/**
 * The real review page in headless Chromium against a real server and SQLite file, driven the way a
 * reviewer works: with the keyboard.
 */
describe('reviewing in the browser', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let store: Store;
  const errors: string[] = [];

  beforeAll(async () => {
    const web = await webAppWith(corpusFiles());
    store = web.store;
    await storeFiles(store, [HOSTILE]);
    server = await startWebServer({ store, secret: 'browser-test-secret', port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const row = (id: number) => store.$client.prepare('select review_state, reject_reason, reject_note, edited_data, reviewed_by from facts where id = ?').get(id) as Record<string, unknown>;

  async function signedIn(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.address}/review`);
    expect(page.url()).toMatch(/\/login$/);
    await page.fill('#name', name);
    await page.fill('#password', PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/review$/);
    await page.waitForSelector('article.fact.current');
    return page;
  }

  /** Waits until the element holds the text (the page updates after a fetch). */
  const shows = (locator: Locator, text: string) => locator.filter({ hasText: text }).first().waitFor({ timeout: 10000 });
  const currentId = async (page: Page) => Number(await page.getAttribute('article.fact.current', 'data-id'));
  const stateOf = (page: Page, id: number, state: string) => page.waitForSelector(`#fact-${id}[data-state="${state}"]`);

  it('signs in, shows the queue with its keys, and approves, rejects, edits and undoes with the keyboard', async () => {
    const page = await signedIn('rita');
    await shows(page.locator('.shortcuts'), 'approve all selected');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-queue.png'), fullPage: false });

    // a: approve the focused fact; focus moves to the next undecided one.
    const first = await currentId(page);
    await page.keyboard.press('a');
    await stateOf(page, first, 'approved');
    expect(row(first)).toMatchObject({ review_state: 'approved', reviewed_by: 'rita' });
    await shows(page.locator('section.progress'), '1 approved');
    await shows(page.locator('section.progress'), 'rita 1 (1 approved');
    const second = await currentId(page);
    expect(second).not.toBe(first);

    // r, 3, a note, Enter: reject with the third coded reason.
    await page.keyboard.press('r');
    await page.keyboard.press('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('counts delegations, not countries');
    await page.keyboard.press('Enter');
    await stateOf(page, second, 'rejected');
    expect(row(second)).toMatchObject({ review_state: 'rejected', reject_reason: 'wrong_subject', reject_note: 'counts delegations, not countries' });

    // p shows the paragraph; e opens the edit form on the first field; Enter saves.
    const third = await currentId(page);
    await page.keyboard.press('p');
    expect(await page.locator(`#fact-${third} details.paragraph`).getAttribute('open')).not.toBeNull();
    await page.keyboard.press('e');
    const field = page.locator(`#fact-${third} form.edit input:not([type=hidden]), #fact-${third} form.edit select`).first();
    expect(await page.evaluate('document.activeElement && document.activeElement.name')).toBe(await field.getAttribute('name'));
    const name = await field.getAttribute('name');
    const kind = await page.locator(`#fact-${third} .kind`).textContent();
    const newValue = kind === 'figure' ? '4321' : 'Corrected name';
    await page.locator(`#fact-${third} form.edit input[name="${kind === 'figure' ? 'value' : kind === 'entity' ? 'name' : 'counterpart'}"]`).fill(newValue);
    await page.keyboard.press('Enter');
    await stateOf(page, third, 'edited');
    expect(JSON.stringify(JSON.parse(row(third).edited_data as string))).toContain(kind === 'figure' ? '4321' : 'Corrected name');
    expect(name).not.toBeNull();
    await shows(page.locator(`#fact-${third} .original`), 'Read by the rule as');

    // u: undo my last decision (the edit).
    await page.keyboard.press('u');
    await stateOf(page, third, 'pending');
    expect(row(third)).toMatchObject({ review_state: 'pending', edited_data: null });
    await shows(page.locator('#flash'), 'undone');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-queue-after-decisions.png') });
    expect(errors).toEqual([]);
  });

  it('bulk-approves a selection made with x and Shift+A', async () => {
    const page = await signedIn('rob');
    const picked: number[] = [];
    for (let i = 0; i < 3; i++) {
      picked.push(await currentId(page));
      await page.keyboard.press('x');
      await page.keyboard.press('j');
    }
    expect(await page.locator('input.pick:checked').count()).toBe(3);
    await page.keyboard.press('Shift+A');
    await page.waitForURL(/message=3\+of\+3\+approved/);
    for (const id of picked) expect(row(id)).toMatchObject({ review_state: 'approved', reviewed_by: 'rob' });
    await shows(page.locator('#flash'), '3 of 3 approved');
    expect(errors).toEqual([]);
  });

  it('tells a reviewer when someone else decided the fact first', async () => {
    const rita = await signedIn('rita');
    const rob = await signedIn('rob');
    const id = await currentId(rita);
    await rob.locator(`#fact-${id} form.approve button`).click();
    await stateOf(rob, id, 'approved');
    await rita.keyboard.press('r');
    await rita.keyboard.press('1');
    await rita.keyboard.press('Enter');
    await shows(rita.locator(`#fact-${id} .message.conflict`), 'was approved by rob while you looked at it');
    expect(row(id)).toMatchObject({ review_state: 'approved', reviewed_by: 'rob' });
  });

  it('opens a document with o: every fact marked in place, grouped by kind', async () => {
    const page = await signedIn('rita');
    await page.goto(`${server.address}/review?order=document&kind=signing`);
    await page.waitForSelector('article.fact.current');
    await page.keyboard.press('o');
    await page.waitForURL(/\/documents\/\d+#fact-\d+$/);
    const documentId = Number(/\/documents\/(\d+)/.exec(page.url())![1]);
    const facts = store.$client.prepare('select id, kind from facts where document_id = ?').all(documentId) as { id: number; kind: string }[];
    for (const kind of ['entity', 'figure', 'signing']) {
      expect(await page.locator(`.fact-group[data-kind="${kind}"] li`).count()).toBe(facts.filter((fact) => fact.kind === kind).length);
    }
    const markedFacts = new Set((await page.locator('mark.hl[data-facts]').evaluateAll((marks) => marks.flatMap((mark) => (mark.getAttribute('data-facts') ?? '').split(' ')))).map(Number));
    expect([...markedFacts].sort((a, b) => a - b)).toEqual(facts.map((fact) => fact.id).sort((a, b) => a - b));
    await page.screenshot({ path: join(SCREENSHOTS, 'document.png'), fullPage: false });
  });

  it('shows a document holding <script> and an onerror image as text, running neither', async () => {
    const page = await signedIn('rita');
    const id = (store.$client.prepare("select id from documents where text like '%<script>%'").get() as { id: number }).id;
    await page.goto(`${server.address}/documents/${id}`);
    await shows(page.locator('.document-text'), "<script>document.title='owned'</script>");
    await shows(page.locator('.document-text'), '<img src=x onerror=');
    expect(await page.locator('.document-text img, .document-text script').count()).toBe(0);
    expect(await page.title()).not.toBe('owned');
    await page.goto(`${server.address}/review?document=${id}&status=all`);
    await page.waitForSelector('article.fact');
    expect(await page.title()).not.toBe('owned');
    expect(await page.locator('article.fact img, article.fact script').count()).toBe(0);
  });
});
