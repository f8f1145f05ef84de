import { UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPipelineQueues, type PipelineQueues } from '../../src/queue/pipeline-queues.ts';
import { startWebServer } from '../../src/web/start-web-server.ts';
import { launchChromium } from '../support/browser.ts';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../support/redis.ts';
import { PASSWORD, silentLogger, webAppWith } from '../support/web-app.ts';

const prefix = uniquePrefix();
let redis: Redis;
let queues: PipelineQueues;

/** A job of the extract queue that failed for good, as a document that cannot be read does. */
async function failedJob(): Promise<string> {
  const job = await queues.extract.add('extract', { v: 1 }, { attempts: 1 });
  const connection = redis.duplicate();
  const worker = new Worker('extract', async () => { throw new UnrecoverableError('a document that cannot be read'); }, { connection, prefix });
  await waitFor(() => job.getState(), (state) => state === 'failed');
  await worker.close();
  connection.disconnect();
  return job.id!;
}

beforeAll(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  queues = openPipelineQueues(redis, prefix);
});

afterAll(async () => {
  await queues?.close();
  await dropPrefix(redis, prefix);
  redis?.disconnect();
});

/** The board's own page calls its API like this: fetch from our origin, JSON, no CSRF token. */
const boardCall = (cookie: string, headers: Record<string, string>) => ({ method: 'PUT', headers: { cookie, 'content-type': 'application/json', host: 'factline.example', ...headers } });
const retryPath = (jobId: string) => `/admin/queues/api/queues/extract/${jobId}/retry`;
const stateOf = async (jobId: string) => (await queues.extract.getJob(jobId))!.getState();

describe('the queue dashboard\'s own actions', () => {
  it('are refused to a cross-site request, even with an operator\'s session', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const otto = await signIn('otto');
    const jobId = await failedJob();
    const crossSite: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, { 'sec-fetch-site': 'same-site', origin: 'https://evil.factline.example' }, { origin: 'https://evil.example' }, {}];
    for (const headers of crossSite) expect((await app.request(retryPath(jobId), boardCall(otto.cookie, headers))).status).toBe(403);
    expect(await stateOf(jobId)).toBe('failed');
  });

  it('are refused to a reviewer, even from our own origin', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const rita = await signIn('rita');
    const jobId = await failedJob();
    expect((await app.request(retryPath(jobId), boardCall(rita.cookie, { 'sec-fetch-site': 'same-origin', origin: 'https://factline.example' }))).status).toBe(403);
    expect(await stateOf(jobId)).toBe('failed');
  });

  it('work for an operator from our own origin: a failed job is retried', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const otto = await signIn('otto');
    const jobId = await failedJob();
    expect((await app.request(retryPath(jobId), boardCall(otto.cookie, { 'sec-fetch-site': 'same-origin', origin: 'https://factline.example' }))).status).toBe(204);
    expect(await stateOf(jobId)).toBe('waiting');
  });

  it('take the Origin header as proof when the browser sends no Sec-Fetch-Site', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const ada = await signIn('ada');
    expect((await app.request('/admin/queues/api/queues/extract/clean/failed', boardCall(ada.cookie, { origin: 'https://factline.example' }))).status).toBe(200);
  });

  it('work when an operator clicks them in the dashboard, in a real browser', async () => {
    const { store } = await webAppWith();
    const server = await startWebServer({ store, secret: 'test-secret', port: 0, queues, logger: silentLogger() });
    const browser = await launchChromium();
    try {
      const jobId = await failedJob();
      const page = await browser.newPage();
      await page.goto(`${server.address}/login`);
      await page.fill('#name', 'otto');
      await page.fill('#password', PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/review/);
      await page.goto(`${server.address}/admin/queues/queue/extract?status=failed`);
      await page.locator('button', { hasText: 'Retry all' }).click();
      const answer = page.waitForResponse((response) => response.url().endsWith('/api/queues/extract/retry/failed'));
      await page.locator('button', { hasText: /^Confirm$/ }).click();
      expect((await answer).status()).toBe(200);
      await waitFor(() => stateOf(jobId), (state) => state === 'waiting', 10_000);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
