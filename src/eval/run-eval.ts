import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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
export async function evaluate(root: string = GOLD_ROOT, splits: readonly Split[] = ['dev', 'test']): Promise<EvalResult> {
  const tables: Partial<Record<Table, SplitResult & { documents: number }>> = {};
  const devDocuments: { file: string; factline: Totals }[] = [];
  const tablesOf = (split: Split): Table[] => (splits.length > 1 ? [split, 'whole'] : [split]);
  for (const { split, file, gold, document } of await loadGoldSet(root, splits)) {
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

const totals = (): Totals => Object.fromEntries(SCORED_KINDS.map((kind) => [kind, emptyScore()])) as Totals;
const add = (into: Totals, score: Totals) => SCORED_KINDS.forEach((kind) => addScore(into[kind], score[kind]));

const USAGE = `usage: npm run eval -- [--split dev|test|all] [--misses] [--json] [--write-confidence]
  --split             which gold to score (default all: dev, test and the whole set)
  --misses            per-document misses, spurious facts and edits, for dev documents only
  --json              the result as JSON instead of tables
  --write-confidence  write each rule's lenient precision on dev to src/extract/rule-confidence.data.json`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { split: { type: 'string', default: 'all' }, misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'write-confidence': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
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
  const result = await evaluate(GOLD_ROOT, splits);
  console.log(values.json ? JSON.stringify(evalJson(result, { misses: values.misses }), null, 2) : formatEval(result, { misses: values.misses }));
  if (values['write-confidence']) {
    writeFileSync(CONFIDENCE_FILE, confidenceFile(result.rules));
    console.error(`wrote ${CONFIDENCE_FILE}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
