import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');
export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);
export const fixtureBytes = (...parts: string[]): Uint8Array => readFileSync(fixture(...parts));

/** Word counts of a text, for comparing two readings of the same document. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(/\s+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words (with multiplicity) that `a` has more often than `b`. */
export const wordsOnlyIn = (a: Map<string, number>, b: Map<string, number>): string[] =>
  [...a].filter(([word, n]) => (b.get(word) ?? 0) < n).map(([word]) => word);
