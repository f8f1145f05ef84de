import type { DocumentRecord } from '../documents/document.types.ts';
import { notExtractedBecause } from '../extract/extract-facts.ts';

/** One line of the SPEC.md `extract --json` contract. Extra fields are allowed; these never change. */
export function contractLine(document: DocumentRecord, facts: readonly unknown[]): string {
  const { source, position, parts, type, title, date, reference, classification, reader, sha256, text } = document;
  const note = notExtractedBecause(document);
  return `${JSON.stringify({
    document: { source, position, parts, type, title, date, reference, classification, language: document.language ?? null, ...(note ? { note } : {}), reader, sha256, text },
    facts,
  })}\n`;
}

const COLUMNS = ['source', 'type', 'date', 'reference', 'class.', 'facts', 'title'] as const;

/** A table a person can read in a terminal: one row per document. */
export function documentTable(rows: readonly { document: DocumentRecord; facts: number }[]): string {
  const cells = rows.map(({ document: d, facts }) => [
    d.parts > 1 ? `${basename(d.source)} #${d.position}` : basename(d.source),
    d.type,
    d.date ?? '-',
    d.reference ?? '-',
    d.classification ?? '-',
    d.language && notExtractedBecause(d) ? `- (${d.language})` : String(facts),
    clip(d.title ?? '(no title)', 60),
  ]);
  const widths = COLUMNS.map((name, i) => Math.max(name.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => `${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}\n`;
  return line(COLUMNS) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('');
}

const basename = (path: string) => path.split(/[\\/]/).pop() ?? path;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
