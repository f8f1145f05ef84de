import { join } from 'node:path';
import { readDocumentsFromFile } from '../documents/read-documents.ts';
import { extractFacts } from '../extract/extract-facts.ts';
import { compromiseReading } from './compromise-baseline.ts';
import { loadGold } from './gold.ts';
import { emptyScore, f1, type KindScore, precision, readingOfFacts, readingOfGold, recall, SCORED_KINDS, type ScoredKind, scoreReading } from './score.ts';

export type Totals = Record<ScoredKind, KindScore>;

export interface EvalResult {
  readonly factline: Totals;
  readonly baseline: Totals;
  readonly perDocument: { file: string; factline: Totals }[];
}

/** Scores factline and the compromise baseline against every gold file in `folder`. */
export async function evaluate(folder: string): Promise<EvalResult> {
  const factline = totals();
  const baseline = totals();
  const perDocument: EvalResult['perDocument'] = [];
  for (const { file, path, gold } of loadGold(folder)) {
    const documents = await readDocumentsFromFile(join(path, '..', gold.input), { maxBytes: Number.POSITIVE_INFINITY });
    const document = documents[gold.position - 1];
    if (!document) throw new Error(`${file}: ${gold.input} has no document at position ${gold.position}`);
    const expected = readingOfGold(gold);
    const ours = scoreReading(expected, readingOfFacts(extractFacts(document)));
    add(factline, ours);
    add(baseline, scoreReading(expected, compromiseReading(document.text)));
    perDocument.push({ file, factline: ours });
  }
  return { factline, baseline, perDocument };
}

const totals = (): Totals => Object.fromEntries(SCORED_KINDS.map((kind) => [kind, emptyScore()])) as Totals;

function add(into: Totals, score: Totals): void {
  for (const kind of SCORED_KINDS) {
    into[kind].tp += score[kind].tp;
    into[kind].fp += score[kind].fp;
    into[kind].fn += score[kind].fn;
  }
}

const pct = (x: number) => x.toFixed(3);

export function formatEval({ factline, baseline, perDocument }: EvalResult): string {
  const lines = ['kind            factline P   R     F1     | compromise P   R     F1     | gold  ours  base'];
  for (const kind of SCORED_KINDS) {
    const [o, b] = [factline[kind], baseline[kind]];
    const na = kind === 'signings';
    lines.push(`${kind.padEnd(16)}${pct(precision(o))} ${pct(recall(o))} ${pct(f1(o))}  | ${na ? '  n/a   n/a   n/a  ' : `${pct(precision(b))} ${pct(recall(b))} ${pct(f1(b))}`}  | ${String(o.tp + o.fn).padStart(4)}  ${String(o.tp + o.fp).padStart(4)}  ${String(b.tp + b.fp).padStart(4)}`);
  }
  lines.push('', 'Misses (in gold, not extracted) and spurious facts (extracted, not in gold), per document:');
  for (const { file, factline: scores } of perDocument) {
    const rows = SCORED_KINDS.flatMap((kind) => [
      ...scores[kind].misses.map((m) => `  - miss     ${kind}: ${m}`),
      ...scores[kind].spurious.map((s) => `  + spurious ${kind}: ${s}`),
    ]);
    if (rows.length > 0) lines.push(`\n${file}`, ...rows);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = join(import.meta.dirname, '../../fixtures/gold');
  console.log(formatEval(await evaluate(folder)));
}
