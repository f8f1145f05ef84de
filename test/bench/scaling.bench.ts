import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isDocumentReadError } from '../../src/documents/document-read-error.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import type { DocumentRecord } from '../../src/documents/document.types.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { formatTable, type BenchSection } from './bench-report.ts';

/**
 * Time per MB of reading (bytes → documents) and of extraction (documents → facts) at 10 KB, 100 KB,
 * 1 MB and 4 MB, for realistic prose and for each shape that once made them superlinear. Linear time
 * shows as a flat row: the ratio of the largest to the smallest time per MB, target ≤ 1.5.
 * Sizes below SPAN are measured on consecutive pieces of the same stream until SPAN is covered, so every
 * size reads the same mix of writing. Time is CPU time of the process: other load does not count.
 */
const SIZES = [10_000, 100_000, 1_000_000, 4_000_000];
const SPAN = 300_000;
const WARM_UP = 300_000;
/**
 * Reading a piece takes from a tenth of a millisecond: the best of several runs counts (at least three,
 * and for 50 ms), so that the collector's and compiler's threads, which count in CPU time, do not.
 */
const READING_RUNS = 3;
const READING_SECONDS = 0.05;
const TARGET_RATIO = 1.5;

/** `chars` characters of a shape's stream, from character `at`. */
type Make = (chars: number, at: number) => string;

interface Shape {
  readonly name: string;
  /** The stream is made when the shape is measured and dropped after: other shapes' streams would weigh on the collector. */
  readonly stream: () => Make;
  /** Only reading is of interest (extraction is that of another shape). */
  readonly readingOnly?: boolean;
}

export async function benchScaling(corpusFolder: string, only?: (shape: string) => boolean): Promise<BenchSection> {
  const started = process.hrtime.bigint();
  const shapes = shapesFrom(corpusFolder).filter((shape) => only?.(shape.name) ?? true);
  const rows: string[][] = [];
  const worst = { reading: 0, extraction: 0 };
  for (const shape of shapes) {
    // Lexicons, the tagger and the JIT (whose compiler threads count in CPU time) warmed on this shape
    // first, in pieces of the smallest size, so that functions run once per document are warm too.
    const make = shape.stream();
    for (let warm = 0; warm < WARM_UP; warm += SPAN) await sweep(make, shape, SIZES[0]!);
    const perMb = { reading: [] as number[], extraction: [] as number[] };
    // Largest first: the JIT keeps improving for a while, and would flatter the sizes measured last.
    for (const [index, size] of [...SIZES.entries()].reverse()) {
      const sweeps = [await sweep(make, shape, size)];
      if (size < SIZES.at(-1)!) sweeps.push(await sweep(make, shape, size));
      for (const stage of ['reading', 'extraction'] as const) perMb[stage][index] = Math.min(...sweeps.map((s) => s[stage]));
    }
    for (const stage of shape.readingOnly ? (['reading'] as const) : (['reading', 'extraction'] as const)) {
      const ratio = Math.max(...perMb[stage]) / Math.min(...perMb[stage]);
      if (!shape.readingOnly) worst[stage] = Math.max(worst[stage], ratio);
      rows.push([shape.name, stage, ...perMb[stage].map((s) => s.toFixed(3)), ratio.toFixed(2)]);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    title: 'Scaling: seconds per MB by input size (one core)',
    table: formatTable(['shape', 'stage', 's/MB 10 KB', '100 KB', '1 MB', '4 MB', 'largest/smallest'], rows),
    notes: [
      `worst ratio: reading ${worst.reading.toFixed(2)}, extraction ${worst.extraction.toFixed(2)} (target ≤ ${TARGET_RATIO}: time grows linearly with size; the Markdown row aside)`,
      'sizes in UTF-8 bytes of the input; reading = readDocuments on a .txt, extraction = extractFacts on its documents, read as English whatever their detected language',
      `sizes under ${SPAN / 1000} KB: consecutive pieces covering ${SPAN / 1000} KB; best of two sweeps but at 4 MB; CPU seconds; section took ${seconds.toFixed(0)} s`,
      'the Markdown export row times the Markdown reader: a CommonMark parse below its cost limit, a plain strip above it',
    ],
  };
}

/**
 * Seconds per MB of `size` pieces covering SPAN (or one piece, when larger). All pieces are read, then
 * all extracted, with the garbage collected before each phase: the collector's threads, which count in
 * CPU time, then work for the phase that made the garbage, not the next one.
 */
async function sweep(make: Make, shape: Shape, size: number): Promise<{ reading: number; extraction: number }> {
  const pieces: { bytes: Buffer; documents: DocumentRecord[] }[] = [];
  for (let at = 0; at === 0 || at + size <= SPAN; at += size) pieces.push({ bytes: Buffer.from(make(size, at)), documents: [] });
  const megabytes = pieces.reduce((sum, piece) => sum + piece.bytes.byteLength, 0) / 1e6;
  await collectGarbage();
  let reading = 0;
  for (const piece of pieces) reading += await bestReading(piece);
  await collectGarbage();
  const extraction = await cpuSeconds(async () => {
    // Extracted as English whatever language the detector guesses: a long capitalised run or random Unicode reads as
    // French at 1 MB, and a document skipped for its language would time nothing.
    if (!shape.readingOnly) for (const piece of pieces) for (const document of piece.documents) extractFacts({ ...document, language: 'en' });
  });
  return { reading: reading / megabytes, extraction: extraction / megabytes };
}

async function bestReading(piece: { bytes: Buffer; documents: DocumentRecord[] }): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0, spent = 0; run < READING_RUNS || (spent < READING_SECONDS && run < 100); run++) {
    const seconds = await cpuSeconds(async () => {
      piece.documents = await readDocuments({ source: 'scaling.txt', bytes: piece.bytes }).catch((error: unknown) => {
        if (isDocumentReadError(error)) return [];
        throw error;
      });
    });
    best = Math.min(best, seconds);
    spent += seconds;
  }
  return best;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** A full collection, then a pause: the collector's threads go on sweeping after it and would count in the next timing. */
async function collectGarbage(): Promise<void> {
  gc();
  await new Promise((settled) => setTimeout(settled, 100));
}

async function cpuSeconds(work: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

/** A stream made of `piece(0)`, `piece(1)`, …: the `chars` characters from `at`. */
function repeated(piece: (i: number) => string): Make {
  let stream = '';
  let pieces = 0;
  return (chars, at) => {
    const added: string[] = [];
    for (let length = stream.length; length < at + chars; length += added.at(-1)!.length) added.push(piece(pieces++));
    stream += added.join('');
    return stream.slice(at, at + chars);
  };
}

const COUNTRIES = ['France', 'Italy', 'Spain', 'Germany', 'Poland', 'Brazil', 'Peru', 'Albania', 'Kenya', 'Chile', 'Ukraine', 'Morocco'];

/** Distinct copies of the corpus: numbers shifted and countries rotated by copy. */
function varied(text: string, copy: number): string {
  return text
    .replace(/\d+/g, (digits) => String(Number(digits) + copy))
    .replace(new RegExp(`\\b(?:${COUNTRIES.join('|')})\\b`, 'g'), (name) => COUNTRIES[(COUNTRIES.indexOf(name) + copy) % COUNTRIES.length]!);
}

function shapesFrom(corpusFolder: string): Shape[] {
  const texts = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(corpusFolder, name), 'utf8'));
  // Paragraphs of all corpus files in turn, so that 10 KB holds the same mix of writing as 4 MB.
  const paragraphs = texts.map((text) => text.split(/\n{2,}/));
  const interleaved = Array.from({ length: Math.max(...paragraphs.map((p) => p.length)) }, (_, i) => paragraphs.map((p) => p[i]).filter(Boolean)).flat();
  const proseCopy = (copy: number) => varied(interleaved.join('\n\n'), copy) + '\n\n';
  // Without Markdown signs (bold, links), so that every size goes to the text reader.
  const plainProse = (copy: number) => proseCopy(copy).replace(/\*\*/g, '').replace(/\[([^\]\n]+)\]\([^)\s]+\)/g, '$1');
  const markdown = (make: Make): Make => (chars, at) => `**Copy ${at}**\n\n${make(chars, at)}`.slice(0, chars);
  const fullStop = (make: Make): Make => (chars, at) => `${make(chars - 1, at)}.`;
  const words = texts.join(' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const random = seeded(20_261_130);
  const pool = ['a', 'Z', 'é', ' ', ' ', '\n', '.', ',', '(', '“', '😀', '𝔘', '\u0301', '\u0316', '\u200f', '\u202e', '\u00a0', 'ع', '中', '7', '\u00ad', 'ﬁ'];
  return [
    { name: 'prose (corpus, varied)', stream: () => repeated(plainProse) },
    // The corpus as converted, with **bold** markup: the Markdown reader reads it (its extraction is prose's).
    { name: 'prose as Markdown export', stream: () => markdown(repeated(proseCopy)), readingOnly: true },
    { name: 'number run', stream: () => repeated(() => '1 2 3 4 5 6 7 8 9 ') },
    { name: 'capitalised run', stream: () => fullStop(repeated(() => 'European Union Agency For Criminal Justice Cooperation Directorate General Of The Ministry ')) },
    { name: 'one line, no punctuation', stream: () => repeated((i) => `${words[i % words.length]} `) },
    { name: 'table of numbers', stream: () => repeated((i) => `Row ${i} ${(i * 37) % 1000} ${i % 97} 12 345 ${(i * 13) % 100}.${i % 10} ${i * 3}\n`) },
    { name: 'random unicode', stream: () => repeated(() => pool[Math.floor(random() * pool.length)]!) },
  ];
}

/** mulberry32: the same "random" text on every run, so runs compare. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
