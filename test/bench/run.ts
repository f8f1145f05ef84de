import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printSection, type BenchSection } from './bench-report.ts';
import { benchExtraction } from './extraction.bench.ts';
import { benchPdfReading } from './pdf-reading.bench.ts';
import { benchPipeline } from './pipeline.bench.ts';
import { benchScaling } from './scaling.bench.ts';

/**
 * `npm run bench`: speed figures side by side with their references. Not a test: nothing asserts.
 * `npm run bench -- scaling extraction` runs only the sections named.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/pdf');
const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');
const BAD_PDFS = new Set(['encrypted.pdf', 'scanned.pdf', 'truncated.pdf', 'corrupt.pdf']);

const pdfs = [FIXTURES, join(FIXTURES, 'generated')].flatMap((folder) =>
  readdirSync(folder).filter((name) => name.endsWith('.pdf') && !BAD_PDFS.has(name)).map((name) => join(folder, name)),
);

const SECTIONS: Record<string, () => Promise<BenchSection>> = {
  pdf: () => benchPdfReading(pdfs),
  extraction: () => benchExtraction(CORPUS),
  scaling: () => benchScaling(CORPUS),
  pipeline: () => benchPipeline(CORPUS, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
};

const chosen = process.argv.slice(2);
console.log(`factline bench on ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(SECTIONS)) if (chosen.length === 0 || chosen.includes(name)) printSection(await run());
