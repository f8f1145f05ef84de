import { UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPipelineQueues, type PipelineQueues } from '../../src/queue/pipeline-queues.ts';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../support/redis.ts';
import { webAppWith } from '../support/web-app.ts';

const prefix = uniquePrefix();
let redis: Redis;
let queues: PipelineQueues;
let failedJobId: string;

beforeAll(async () => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  queues = openPipelineQueues(redis, prefix);
  const job = await queues.extract.add('extract', { v: 1 }, { attempts: 1 });
  failedJobId = job.id!;
  const connection = redis.duplicate();
  const worker = new Worker('extract', async () => { throw new UnrecoverableError('a document that cannot be read'); }, { connection, prefix });
  await waitFor(() => job.getState(), (state) => state === 'failed');
  await worker.close();
  connection.disconnect();
});

afterAll(async () => {
  await queues?.close();
  await dropPrefix(redis, prefix);
  redis?.disconnect();
});

/** The board's own page calls its API like this: fetch from our origin, JSON, no CSRF token. */
const boardCall = (cookie: string, headers: Record<string, string>) => ({ method: 'PUT', headers: { cookie, 'content-type': 'application/json', host: 'factline.example', ...headers } });
const retryPath = () => `/admin/queues/api/queues/extract/${failedJobId}/retry`;
const stateOfJob = async () => (await queues.extract.getJob(failedJobId))!.getState();

describe('the queue dashboard\'s own actions', () => {
  it('are refused to a cross-site request, even with an operator\'s session', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const otto = await signIn('otto');
    const crossSite: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, { 'sec-fetch-site': 'same-site', origin: 'https://evil.factline.example' }, { origin: 'https://evil.example' }, {}];
    for (const headers of crossSite) {
      const response = await app.request(retryPath(), boardCall(otto.cookie, headers));
      expect(response.status).toBe(403);
    }
    expect(await stateOfJob()).toBe('failed');
  });

  it('are refused to a reviewer, even from our own origin', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const rita = await signIn('rita');
    expect((await app.request(retryPath(), boardCall(rita.cookie, { 'sec-fetch-site': 'same-origin', origin: 'https://factline.example' }))).status).toBe(403);
    expect(await stateOfJob()).toBe('failed');
  });

  it('work for an operator from our own origin: a failed job is retried', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const otto = await signIn('otto');
    const response = await app.request(retryPath(), boardCall(otto.cookie, { 'sec-fetch-site': 'same-origin', origin: 'https://factline.example' }));
    expect(response.status).toBe(204);
    expect(await stateOfJob()).toBe('waiting');
  });

  it('take the Origin header as proof when the browser sends no Sec-Fetch-Site', async () => {
    const { app, signIn } = await webAppWith([], { queues });
    const ada = await signIn('ada');
    const response = await app.request(`/admin/queues/api/queues/extract/clean/failed`, boardCall(ada.cookie, { origin: 'https://factline.example' }));
    expect(response.status).toBe(200);
  });
});
