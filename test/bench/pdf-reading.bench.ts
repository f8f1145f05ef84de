import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfReader } from '../../src/documents/readers/pdf.reader.ts';
import { formatTable, type BenchSection } from './bench-report.ts';

/**
 * PDF reading: factline's reader (pdf.js text items + our layout normalisation) against Poppler's pdftotext
 * on the same files in the same run. Throughput counts pages and input megabytes per second of wall
 * time; each tool reads every file `rounds` times after one warm-up read.
 */
export async function benchPdfReading(files: readonly string[], rounds = 5): Promise<BenchSection> {
  const pages = Object.fromEntries(files.map((file) => [file, pageCount(file)]));
  const totalPages = files.reduce((sum, file) => sum + pages[file]!, 0) * rounds;
  const totalMB = files.reduce((sum, file) => sum + statSync(file).size, 0) * rounds / 1024 / 1024;

  for (const file of files) await pdfReader.read({ file, bytes: readFileSync(file) });
  const ours = await timed(async () => {
    for (let round = 0; round < rounds; round++) for (const file of files) await pdfReader.read({ file, bytes: readFileSync(file) });
  });

  // pdf.js's text items alone, to show what our layout reading (lines, paragraphs, headers, footnotes,
  // unwrapping) costs.
  const parseOnly = await timed(async () => {
    for (let round = 0; round < rounds; round++) {
      for (const file of files) {
        const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
        const doc = await task.promise;
        for (let number = 1; number <= doc.numPages; number++) await (await doc.getPage(number)).getTextContent();
        await task.destroy();
      }
    }
  });

  const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
  const poppler = hasPoppler
    ? await timed(async () => {
        for (let round = 0; round < rounds; round++) for (const file of files) execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 28 });
      })
    : null;

  const row = (name: string, seconds: number) => [name, (totalPages / seconds).toFixed(1), (totalMB / seconds).toFixed(2), seconds.toFixed(2)];
  const rows = [row('factline pdf reader', ours), row('pdf.js text items alone', parseOnly)];
  if (poppler !== null) rows.push(row('pdftotext (Poppler)', poppler));
  const notes = [`${files.length} files, ${totalPages / rounds} pages, ${(totalMB / rounds).toFixed(2)} MB, read ${rounds} times each`];
  notes.push(poppler === null
    ? 'pdftotext not found: install Debian package poppler-utils for the side-by-side figure'
    : `ratio factline / pdftotext throughput: ${(poppler / ours).toFixed(2)} (1.00 = as fast; pdftotext time includes starting its process)`);
  return { title: 'PDF reading', table: formatTable(['reader', 'pages/s', 'MB/s', 'seconds'], rows), notes };
}

function pageCount(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1];
  if (pages) return Number(pages);
  return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
