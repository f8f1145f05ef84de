import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWebServer, startWebServer } from '../../src/web/start-web-server.ts';
import { silentLogger, webAppWith } from '../support/web-app.ts';

const MB = 1024 * 1024;

interface Sent {
  readonly status: number;
  readonly body: string;
  /** How much of the body the client had written when the answer came. */
  readonly sentBytes: number;
  /** The highest resident set size of this process (server and client both) while it ran. */
  readonly peakRss: number;
}

/**
 * POSTs `totalBytes` to the server a megabyte at a time, as a chunked body with no Content-Length
 * (or declaring one), stopping as soon as an answer arrives; samples this process's memory meanwhile.
 */
function post(address: string, path: string, totalBytes: number, options: { declareLength?: boolean } = {}): Promise<Sent> {
  const url = new URL(path, address);
  const chunk = Buffer.alloc(MB, 'a');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', ...(options.declareLength ? { 'content-length': String(totalBytes) } : {}) };
    const req = request({ hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      answered = true;
      let body = '';
      res.on('data', (data: Buffer) => void (body += data.toString()));
      res.on('end', () => {
        clearInterval(sampler);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sentBytes, peakRss });
      });
    });
    // The server may close the connection while we still write: the answer, not the write, is what counts.
    req.on('error', (error) => { if (!answered) setTimeout(() => answered || reject(error), 1000); });
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('the request body limit', () => {
  let server: RunningWebServer;
  let address: string;
  beforeAll(async () => {
    const { store } = await webAppWith();
    server = await startWebServer({ store, secret: 'test-secret', port: 0, maxRequestKb: 1024, logger: silentLogger() });
    address = server.address;
  });
  afterAll(() => server?.close());

  it('refuses a 300 MB chunked sign-in body with 413 after reading about the limit, without the process growing by the body', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const sent = await post(address, '/login', 300 * MB);
    expect(sent.status).toBe(413);
    expect(sent.body).toMatch(/too large: this server accepts at most 1024 KB/);
    expect(sent.sentBytes).toBeLessThan(100 * MB);
    expect(sent.peakRss - before).toBeLessThan(50 * MB);
  }, 60_000);

  it('refuses a body declaring 400 MB at once, before reading it', async () => {
    const before = process.memoryUsage().rss;
    const sent = await post(address, '/login', 400 * MB, { declareLength: true });
    expect(sent.status).toBe(413);
    expect(sent.sentBytes).toBeLessThan(100 * MB);
    expect(sent.peakRss - before).toBeLessThan(50 * MB);
  }, 60_000);

  it('applies to the routes behind the session and the API too, and lets a body under the limit through', async () => {
    for (const path of ['/review/bulk-approve', '/api/facts', '/admin/queues/api/queues/extract/1/retry']) {
      expect((await post(address, path, 5 * MB)).status).toBe(413);
    }
    const small = await post(address, '/login', 64 * 1024);
    expect(small.status).toBe(403);
  }, 60_000);
});
