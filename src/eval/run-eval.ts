import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocuments } from '../documents/read-documents.ts';
import type { DocumentRecord } from '../documents/document.types.ts';
import { extractFacts } from '../extract/extract-facts.ts';
import { compromiseReading } from './compromise-baseline.ts';
import { type EvalResult, evalJson, formatEval, type SplitResult, type Table, type Totals } from './format-eval.ts';
import { loadGoldSet, type Split } from './gold.ts';
import { confidenceFile, rulePrecisions } from './rule-confidence.ts';
import { addScore, emptyScore, readingOfFacts, readingOfGold, SCORED_KINDS, scoreReading } from './score.ts';

export type { EvalResult } from './format-eval.ts';

export const GOLD_ROOT = join(import.meta.dirname, '../../fixtures/gold');
export const CONFIDENCE_FILE = join(import.meta.dirname, '../extract/rule-confidence.data.json');

/**
 * Scores factline and the compromise baseline against the gold of the given splits: one table per split
 * and, with both, the whole set. Per-document misses and per-rule precision come from dev only: the test
 * split is held out, so its documents' misses are not even kept.
 */
export async function evaluate(root: string = GOLD_ROOT, splits: readonly Split[] = ['dev', 'test'], { asPdf = false } = {}): Promise<EvalResult> {
  const tables: Partial<Record<Table, SplitResult & { documents: number }>> = {};
  const devDocuments: { file: string; factline: Totals }[] = [];
  const tablesOf = (split: Split): Table[] => (splits.length > 1 ? [split, 'whole'] : [split]);
  for (const { split, file, gold, document: asText } of await loadGoldSet(root, splits)) {
    const document = asPdf ? await readBackFromPdf(file, asText) : asText;
    const expected = readingOfGold(gold);
    const ours = scoreReading(expected, readingOfFacts(extractFacts(document)));
    const baseline = scoreReading(expected, compromiseReading(document.text));
    for (const table of tablesOf(split)) {
      const into = (tables[table] ??= { documents: 0, factline: totals(), baseline: totals() });
      into.documents++;
      add(into.factline, ours);
      add(into.baseline, baseline);
    }
    if (split === 'dev') devDocuments.push({ file, factline: ours });
  }
  return { tables, devDocuments, rules: tables.dev ? rulePrecisions(tables.dev.factline) : [] };
}

/**
 * The gold document as factline reads it from a PDF rendering of its text: the whole reading path
 * (PDF reader, line unwrapping, metadata) runs, as it does for a PDF dropped into the inbox.
 */
async function readBackFromPdf(file: string, document: DocumentRecord): Promise<DocumentRecord> {
  const { renderAsPdf } = await import('./pdf-rendering.ts');
  const pdf = await renderAsPdf(document.text, document.title ?? file);
  const [read] = await readDocuments({ source: `${file}.pdf`, bytes: pdf }, { maxBytes: Number.POSITIVE_INFINITY });
  if (!read) throw new Error(`${file}: its PDF rendering read as no document`);
  return read;
}

const totals = (): Totals => Object.fromEntries(SCORED_KINDS.map((kind) => [kind, emptyScore()])) as Totals;
const add = (into: Totals, score: Totals) => SCORED_KINDS.forEach((kind) => addScore(into[kind], score[kind]));

const USAGE = `usage: npm run eval -- [--split dev|test|all] [--misses] [--json] [--write-confidence] [--as-pdf]
  --split             which gold to score (default all: dev, test and the whole set)
  --misses            per-document misses, spurious facts and edits, for dev documents only
  --json              the result as JSON instead of tables
  --write-confidence  write each rule's lenient precision on dev to src/extract/rule-confidence.data.json
  --as-pdf            score what factline reads from a PDF rendering of each gold document instead of its text`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { split: { type: 'string', default: 'all' }, misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'write-confidence': { type: 'boolean', default: false }, 'as-pdf': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const splits = ({ dev: ['dev'], test: ['test'], all: ['dev', 'test'] } as const)[values.split as 'dev' | 'test' | 'all'];
  if (values.help || !splits) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if ((values.misses || values['write-confidence']) && !splits.includes('dev' as never)) {
    console.error('--misses and --write-confidence read the dev split only: use --split dev or all');
    return 2;
  }
  if (values['as-pdf'] && values['write-confidence']) {
    console.error('--write-confidence measures rules on the texts: do not combine it with --as-pdf');
    return 2;
  }
  const result = await evaluate(GOLD_ROOT, splits, { asPdf: values['as-pdf'] });
  if (values['as-pdf'] && !values.json) console.log('read from PDF renderings of the gold documents (pdfkit, A4, wrapped paragraphs)\n');
  console.log(values.json ? JSON.stringify(evalJson(result, { misses: values.misses }), null, 2) : formatEval(result, { misses: values.misses }));
  if (values['write-confidence']) {
    writeFileSync(CONFIDENCE_FILE, confidenceFile(result.rules));
    console.error(`wrote ${CONFIDENCE_FILE}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
