import { CLASSIFICATION_MARKINGS, findClassification } from '../documents/metadata/classification-markings.ts';

/**
 * The markings an account or API token may read (`['LIMITE']`), or `'all'` for whoever holds the
 * SQLite file itself (the CLI export and review commands). Unmarked documents are readable by all.
 */
export type Clearance = 'all' | readonly string[];

export const mayRead = (cleared: Clearance, marking: string | null): boolean =>
  marking === null || cleared === 'all' || cleared.includes(marking);

/**
 * Markings as an admin types them (`limite`, `Restreint UE / EU Restricted`) into their printed form,
 * in the order of the markings list; an unknown one is refused, naming the known ones.
 */
export function parseClearances(values: readonly string[]): { ok: true; clearances: string[] } | { ok: false; error: string } {
  const found = new Set<string>();
  for (const value of values) {
    const marking = findClassification([value]);
    if (!marking) return { ok: false, error: `"${value}" is not a classification marking; known: ${CLASSIFICATION_MARKINGS.join(', ')}` };
    found.add(marking);
  }
  return { ok: true, clearances: CLASSIFICATION_MARKINGS.filter((marking) => found.has(marking)) };
}

export const clearanceText = (clearances: readonly string[]): string => (clearances.length === 0 ? 'none' : clearances.join(', '));
