import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { openStore } from '../../db/client.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { enqueueFile, openPipelineQueues } from '../../src/queue/pipeline-queues.ts';
import { startPipelineWorkers } from '../../src/queue/pipeline-workers.ts';
import { checkRedis } from '../../src/queue/redis-connection.ts';
import { dropPrefix, waitFor } from '../support/redis.ts';
import { formatTable, type BenchSection } from './bench-report.ts';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

/**
 * The pipeline from drop to stored facts: N distinct documents (corpus files with a numbered closing
 * line) queued at once, with 1 and then 2 sandboxed extract workers, on the real Redis and a new SQLite
 * file. Latency is per document, from its file's ingest job being queued to its persist job finishing;
 * queue overhead is the mean latency not spent extracting, as a share of the mean extraction time.
 */
export async function benchPipeline(corpus: string, redisUrl: string, copies = 6): Promise<BenchSection> {
  const check = await checkRedis(redisUrl);
  if (!check.ok) return { title: 'Pipeline', table: '(skipped)', notes: [check.error ?? 'no Redis'] };
  const texts = readdirSync(corpus).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(corpus, n), 'utf8'));
  const files = Array.from({ length: copies }, (_, c) => texts.map((text, i) => ({ name: `doc-${c}-${i}.txt`, bytes: Buffer.from(`${text}\n\nCopy ${c}.`) }))).flat();
  // A digest splits into releases and only its last one differs between copies: count what is really new.
  const shas = new Set<string>();
  for (const file of files) for (const document of await readDocuments({ source: file.name, bytes: file.bytes })) shas.add(document.sha256);
  const distinctDocuments = shas.size;
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const concurrency of [1, 2]) {
    const prefix = `factline-bench-${Date.now()}-${concurrency}`;
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'factline-bench-')), 'factline.sqlite'));
    const queues = openPipelineQueues(redis, prefix);
    const workers = startPipelineWorkers({ redis, prefix, store, roles: ['ingest', 'extract', 'persist'], extractConcurrency: concurrency });
    // Warm every sandbox up (one thread per concurrent slot) so its start-up is not counted.
    for (let w = 0; w < concurrency * 2; w++) await enqueueFile(queues, { name: `warm-up-${w}.txt`, bytes: Buffer.from(`${texts[0]}\n\nWarm-up ${prefix} ${w}.`) });
    await waitFor(async () => (await queues.persist.getCompletedCount()), (n) => n >= concurrency * 2, 60000);
    const expected = (await queues.persist.getCompletedCount()) + distinctDocuments;
    const started = Date.now();
    for (const file of files) await enqueueFile(queues, file);
    await waitFor(() => queues.persist.getCompletedCount(), (n) => n >= expected, 300000);
    const seconds = (Date.now() - started) / 1000;
    const persisted = (await queues.persist.getCompleted(0, -1)).filter((job) => (job.processedOn ?? 0) >= started);
    const extracted = (await queues.extract.getCompleted(0, -1)).filter((job) => (job.processedOn ?? 0) >= started);
    const ingestQueued = new Map<string, number>();
    for (const job of await queues.ingest.getCompleted(0, -1)) ingestQueued.set(job.data.sha256 as string, job.timestamp);
    const latencies = persisted.map((job) => (job.finishedOn ?? 0) - (ingestQueued.get((job.data as { source?: { sha256: string } }).source?.sha256 ?? '') ?? started));
    const extraction = extracted.map((job) => (job.finishedOn ?? 0) - (job.processedOn ?? 0));
    const meanLatency = latencies.reduce((a, b) => a + b, 0) / latencies.length;
    const meanExtraction = extraction.reduce((a, b) => a + b, 0) / extraction.length;
    rows.push([`${concurrency} extract worker${concurrency > 1 ? 's' : ''}`, String(persisted.length), (persisted.length / seconds).toFixed(1), meanExtraction.toFixed(0), `${(((meanLatency - meanExtraction) / meanExtraction) * 100).toFixed(0)}%`, percentile(latencies, 0.5).toFixed(0), percentile(latencies, 0.95).toFixed(0)]);
    await workers.close();
    await queues.close();
    await dropPrefix(redis, prefix);
    redis.disconnect();
    store.$client.close();
  }
  notes.push(`${distinctDocuments} distinct documents from ${files.length} files per run (corpus × ${copies}, each copy with its own closing line), all queued at once; sandboxed extraction, one persist worker`);
  notes.push('latency: from the file\'s ingest job being queued to its document\'s facts stored; overhead: mean latency beyond extraction, as a share of mean extraction time (it includes waiting behind other documents)');
  return { title: 'Pipeline (drop to stored facts)', table: formatTable(['run', 'documents', 'documents/s', 'extract ms (mean)', 'queue overhead', 'p50 ms', 'p95 ms'], rows), notes };
}
