import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printSection } from './bench-report.ts';
import { benchExtraction } from './extraction.bench.ts';
import { benchPdfReading } from './pdf-reading.bench.ts';
import { benchPipeline } from './pipeline.bench.ts';

/** `npm run bench`: speed figures side by side with their references. Not a test: nothing asserts. */
const FIXTURES = join(import.meta.dirname, '../../fixtures/pdf');
const BAD_PDFS = new Set(['encrypted.pdf', 'scanned.pdf', 'truncated.pdf', 'corrupt.pdf']);

const pdfs = [FIXTURES, join(FIXTURES, 'generated')].flatMap((folder) =>
  readdirSync(folder).filter((name) => name.endsWith('.pdf') && !BAD_PDFS.has(name)).map((name) => join(folder, name)),
);

console.log(`factline bench on ${process.version}, ${process.platform}/${process.arch}`);
printSection(await benchPdfReading(pdfs));
printSection(await benchExtraction(join(import.meta.dirname, '../../fixtures/corpus')));
printSection(await benchPipeline(join(import.meta.dirname, '../../fixtures/corpus'), process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'));
