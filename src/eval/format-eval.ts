import { BASELINE_KINDS } from './compromise-baseline.ts';
import { MIN_FACTS_FOR_CONFIDENCE, type RulePrecision } from './rule-confidence.ts';
import { approvableShare, EDIT_SHAPES, f1, type KindScore, MACRO_KINDS, precision, recall, SCORED_KINDS, type ScoredKind, STRICT_FIELDS, strictF1, strictPrecision, strictRecall } from './score.ts';

export type Totals = Record<ScoredKind, KindScore>;
export const TABLES = ['dev', 'test', 'whole'] as const;
export type Table = (typeof TABLES)[number];

export interface SplitResult {
  readonly documents: number;
  readonly factline: Totals;
  readonly baseline: Totals;
}

export interface EvalResult {
  readonly tables: Partial<Record<Table, SplitResult>>;
  /** Dev documents only: the test split's per-document misses are never kept, so never shown. */
  readonly devDocuments: readonly { file: string; factline: Totals }[];
  /** Measured on dev only (empty when dev was not evaluated). */
  readonly rules: readonly RulePrecision[];
}

const n3 = (x: number) => x.toFixed(3);
const macro = (totals: Totals, measure: (s: KindScore) => number) => MACRO_KINDS.reduce((sum, kind) => sum + measure(totals[kind]), 0) / MACRO_KINDS.length;
const attempted = (kind: ScoredKind) => (BASELINE_KINDS as readonly string[]).includes(kind);

export function formatTable(name: Table, { documents, factline, baseline }: SplitResult): string {
  const lines = [
    `${`${name}: ${documents} documents`.padEnd(26)}│ lenient            │ strict             │ approvable      │ compromise, lenient`,
    `${'kind'.padEnd(15)}gold  ours │ P     R     F1     │ P     R     F1     │ unchanged       │ P     R     F1`,
  ];
  for (const kind of SCORED_KINDS) {
    const [o, b] = [factline[kind], baseline[kind]];
    const approvable = `${n3(approvableShare(o))} ${`${o.strictTp}/${o.ours}`.padEnd(9)}`;
    const base = attempted(kind) ? `${n3(precision(b))} ${n3(recall(b))} ${n3(f1(b))}` : 'n/a';
    lines.push(
      `${kind.padEnd(13)}${String(o.gold).padStart(6)}${String(o.ours).padStart(6)} │ ${n3(precision(o))} ${n3(recall(o))} ${n3(f1(o))}  │ ${n3(strictPrecision(o))} ${n3(strictRecall(o))} ${n3(strictF1(o))}  │ ${approvable} │ ${base}`,
    );
  }
  lines.push(
    `macro F1 over ${MACRO_KINDS.join(', ')}: lenient ${n3(macro(factline, f1))}, strict ${n3(macro(factline, strictF1))}; compromise ${n3(macro(baseline, f1))} (no signings)`,
    `strict fields agreeing, among lenient matches: ${fieldAgreement(factline)}`,
    `edits by shape (fill a blank / clear ours / change ours): ${fieldEdits(factline)}`,
  );
  return lines.join('\n');
}

function fieldAgreement(totals: Totals): string {
  return SCORED_KINDS.filter((kind) => STRICT_FIELDS[kind].length > 0)
    .map((kind) => `${kind} ${STRICT_FIELDS[kind].map((field) => `${field} ${totals[kind].tp === 0 ? '—' : n3((totals[kind].fieldAgreement[field] ?? 0) / totals[kind].tp)}`).join(', ')}`)
    .join(' · ');
}

function fieldEdits(totals: Totals): string {
  return SCORED_KINDS.filter((kind) => STRICT_FIELDS[kind].length > 0)
    .map((kind) => `${kind} ${STRICT_FIELDS[kind].map((field) => {
      const shapes = totals[kind].fieldEdits[field] ?? { fill: 0, clear: 0, change: 0 };
      return `${field} ${EDIT_SHAPES.map((shape) => shapes[shape]).join('/')}`;
    }).join(', ')}`)
    .join(' · ');
}

export function formatRules(rules: readonly RulePrecision[]): string {
  const width = Math.max(...rules.map((r) => r.rule.length)) + 2;
  const lines = [
    `rules on dev (* fewer than ${MIN_FACTS_FOR_CONFIDENCE} facts: no entry in the confidence file)`,
    `  ${'rule'.padEnd(width)}facts  P      strict P`,
  ];
  for (const r of rules) {
    lines.push(`  ${r.rule.padEnd(width)}${String(r.facts).padStart(5)}  ${n3(r.lenient / r.facts)}  ${n3(r.strict / r.facts)}${r.facts < MIN_FACTS_FOR_CONFIDENCE ? '  *' : ''}`);
  }
  return lines.join('\n');
}

/** Misses (in gold, not ours), spurious facts (ours, not in gold) and edits (a strict field disagrees), per dev document. */
export function formatMisses(devDocuments: EvalResult['devDocuments']): string {
  const lines = ['dev documents: - miss (in gold, not extracted), + spurious (extracted, not in gold), ~ edit (ours → gold)'];
  for (const { file, factline } of devDocuments) {
    const rows = SCORED_KINDS.flatMap((kind) => [
      ...factline[kind].misses.map((m) => `  - ${kind}: ${m}`),
      ...factline[kind].spurious.map((s) => `  + ${kind}: ${s}`),
      ...factline[kind].edits.map((e) => `  ~ ${kind}: ${e}`),
    ]);
    if (rows.length > 0) lines.push('', file, ...rows);
  }
  return lines.join('\n');
}

export function formatEval(result: EvalResult, { misses = false } = {}): string {
  const sections = TABLES.flatMap((table) => (result.tables[table] ? [formatTable(table, result.tables[table])] : []));
  if (result.rules.length > 0) sections.push(formatRules(result.rules));
  if (misses) sections.push(result.devDocuments.length > 0 ? formatMisses(result.devDocuments) : 'misses are shown for the dev split only');
  return sections.join('\n\n');
}

/** The machine-readable result: every number of the tables, rules, and (asked for) the dev misses. */
export function evalJson(result: EvalResult, { misses = false } = {}): unknown {
  const kindJson = (s: KindScore) => ({
    gold: s.gold,
    ours: s.ours,
    lenient: { tp: s.tp, precision: precision(s), recall: recall(s), f1: f1(s) },
    strict: { tp: s.strictTp, precision: strictPrecision(s), recall: strictRecall(s), f1: strictF1(s) },
    approvable: approvableShare(s),
    fieldAgreement: s.fieldAgreement,
    fieldEdits: s.fieldEdits,
  });
  const totalsJson = (totals: Totals) => Object.fromEntries(SCORED_KINDS.map((kind) => [kind, kindJson(totals[kind])]));
  return {
    tables: Object.fromEntries(
      TABLES.flatMap((table) => (result.tables[table] ? [[table, result.tables[table]] as const] : [])).map(([table, split]) => [
        table,
        {
          documents: split.documents,
          factline: { ...totalsJson(split.factline), macroF1: { lenient: macro(split.factline, f1), strict: macro(split.factline, strictF1) } },
          compromise: {
            ...Object.fromEntries(BASELINE_KINDS.map((kind) => [kind, { gold: split.baseline[kind].gold, ours: split.baseline[kind].ours, lenient: kindJson(split.baseline[kind]).lenient }])),
            macroF1: { lenient: macro(split.baseline, f1) },
          },
        },
      ]),
    ),
    rules: result.rules.map((r) => ({ ...r, precision: r.lenient / r.facts })),
    ...(misses ? { misses: result.devDocuments.map(({ file, factline }) => ({ file, ...Object.fromEntries(SCORED_KINDS.map((kind) => [kind, { misses: factline[kind].misses, spurious: factline[kind].spurious, edits: factline[kind].edits }])) })) } : {}),
  };
}
