import nlp from 'compromise';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { formatTable, type BenchSection } from './bench-report.ts';

/**
 * Extraction throughput on one core over the corpus documents, side by side with compromise's own full
 * parse of the same texts (`nlp(text)` alone), in the same run. Each side runs `rounds` times after a
 * warm-up; peak RSS is sampled after each side.
 */
export async function benchExtraction(corpusFolder: string, rounds = 5): Promise<BenchSection> {
  const files = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt')).map((name) => join(corpusFolder, name));
  const documents = (await Promise.all(files.map((file) => readDocumentsFromFile(file, { maxBytes: Number.POSITIVE_INFINITY })))).flat();
  const megabytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1024 / 1024;

  for (const d of documents) extractFacts(d);
  let facts = 0;
  const ours = timed(() => {
    for (let r = 0; r < rounds; r++) for (const d of documents) facts += extractFacts(d).length;
  });
  const oursRss = process.memoryUsage().rss;

  for (const d of documents) nlp(d.text);
  const parse = timed(() => {
    for (let r = 0; r < rounds; r++) for (const d of documents) nlp(d.text);
  });
  const parseRss = process.memoryUsage().rss;

  const row = (name: string, seconds: number, rss: number) => [
    name, (megabytes * rounds / seconds).toFixed(3), (documents.length * rounds / seconds).toFixed(1), (seconds / rounds * 1000).toFixed(0), (rss / 1024 / 1024).toFixed(0),
  ];
  return {
    title: 'Extraction (one core)',
    table: formatTable(['system', 'MB/s', 'documents/s', 'ms per corpus pass', 'RSS MB'], [row('factline extractFacts', ours, oursRss), row('compromise nlp(text) alone', parse, parseRss)]),
    notes: [
      `${documents.length} documents, ${megabytes.toFixed(3)} MB of text, ${rounds} passes each, ${facts / rounds} facts per pass`,
      `speed-up factline / full compromise parse: ${(parse / ours).toFixed(2)}x (target: at least 3x)`,
      `peak RSS of the process after both: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ],
  };
}

function timed(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
