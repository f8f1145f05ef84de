import { stringify } from 'csv-stringify/sync';
import type { LeftOut } from '../store/approved-facts.repository.ts';
import type { DeliveredFact } from './delivered-fact.ts';
import type { RegressionCase } from './regression-cases.ts';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What every export says about the facts it left out, in JSON and in the API. */
export interface LeftOutSummary {
  readonly classified: number;
  /** Per marking as printed on the documents: `{ "LIMITE": 7 }`. */
  readonly by_classification: Readonly<Record<string, number>>;
}

export const leftOutSummary = (leftOut: LeftOut): LeftOutSummary => ({ classified: leftOut.classified, by_classification: leftOut.byClassification });

/** The head of a JSON export: when, with which filters, how many, and how many were left out. */
export interface ExportHead {
  readonly exported_at: string;
  readonly filters: Readonly<Record<string, unknown>>;
  readonly left_out: LeftOutSummary;
}

type Column<T> = readonly [name: string, value: (item: T) => unknown];

const field = (name: string, key = name): Column<DeliveredFact> => [name, (fact) => fact[key]];

// One fixed set of columns for every kind, so files of different days line up; a fact's fields not named
// here go, as JSON, in `other_fields`, so nothing is lost.
const FACT_FIELD_COLUMNS: readonly Column<DeliveredFact>[] = [
  field('type'), field('name'), field('code'), field('acronym'), field('role'),
  field('value'), field('unit'), field('subject'), field('qualifier'), field('action'), field('year'),
  field('instrument'), field('parties'), field('counterpart'), field('counterpart_code', 'counterpartCode'), field('status'), field('date'),
];
const NAMED_FACT_KEYS = new Set(['kind', 'type', 'name', 'code', 'acronym', 'role', 'value', 'unit', 'subject', 'qualifier', 'action', 'year',
  'instrument', 'parties', 'counterpart', 'counterpartCode', 'status', 'date', 'mentions', 'evidence', 'id', 'rule', 'rules_version', 'confidence', 'review', 'document']);

const FACT_COLUMNS: readonly Column<DeliveredFact>[] = [
  ['id', (f) => f.id], ['kind', (f) => f.kind], ...FACT_FIELD_COLUMNS,
  ['other_fields', (f) => {
    const other = Object.entries(f).filter(([key]) => !NAMED_FACT_KEYS.has(key));
    return other.length > 0 ? Object.fromEntries(other) : null;
  }],
  ['mention_count', (f) => (Array.isArray(f.mentions) ? f.mentions.length : null)],
  ['evidence_text', (f) => f.evidence.text], ['evidence_start', (f) => f.evidence.start], ['evidence_end', (f) => f.evidence.end],
  ['rule', (f) => f.rule], ['rules_version', (f) => f.rules_version], ['confidence', (f) => f.confidence],
  ['review_state', (f) => f.review.state], ['reviewed_by', (f) => f.review.by], ['reviewed_at', (f) => f.review.at], ['original', (f) => f.review.original],
  ...documentColumns<DeliveredFact>(),
];

const CASE_COLUMNS: readonly Column<RegressionCase>[] = [
  ['case', (c) => c.case], ['fact_id', (c) => c.fact_id], ['sentence', (c) => c.sentence], ['highlighted', (c) => c.highlighted],
  ['evidence_start', (c) => c.evidence.start], ['evidence_end', (c) => c.evidence.end],
  ['kind', (c) => c.extracted.kind], ['extracted', (c) => c.extracted], ['expected', (c) => c.expected], ['differences', (c) => (c.case === 'corrected' ? c.differences : null)],
  ['reason', (c) => c.reason?.code], ['reason_label', (c) => c.reason?.label], ['note', (c) => c.note],
  ['rule', (c) => c.rule], ['rules_version', (c) => c.rules_version], ['reviewed_by', (c) => c.review.by], ['reviewed_at', (c) => c.review.at],
  ...documentColumns<RegressionCase>(),
];

function documentColumns<T extends { document: DeliveredFact['document'] }>(): Column<T>[] {
  return (['id', 'source', 'type', 'title', 'date', 'reference', 'classification'] as const).map((key) => [`document_${key}`, (item: T) => item.document[key]]);
}

export function formatFacts(facts: readonly DeliveredFact[], format: ExportFormat, head: ExportHead): string {
  if (format === 'jsonl') return jsonLines(facts);
  if (format === 'csv') return csv(facts, FACT_COLUMNS);
  return `${JSON.stringify({ ...head, count: facts.length, facts }, null, 2)}\n`;
}

export function formatRegressionCases(cases: readonly RegressionCase[], format: ExportFormat, head: ExportHead): string {
  if (format === 'jsonl') return jsonLines(cases);
  if (format === 'csv') return csv(cases, CASE_COLUMNS);
  return `${JSON.stringify({ ...head, count: cases.length, cases }, null, 2)}\n`;
}

const jsonLines = (items: readonly unknown[]): string => items.map((item) => `${JSON.stringify(item)}\n`).join('');

/**
 * RFC 4180 CSV with a header row. JSON-valued cells (parties, original, ...) are JSON text; absent values
 * are empty. Text cells starting with = + - @ get a leading ' so a spreadsheet shows them instead of running
 * them as formulas: the sentences come from documents nobody here wrote (OWASP "CSV injection").
 */
function csv<T>(items: readonly T[], columns: readonly Column<T>[]): string {
  const rows = items.map((item) => columns.map(([, value]) => cell(value(item))));
  return stringify(rows, { header: true, columns: columns.map(([name]) => name), escape_formulas: true });
}

function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
