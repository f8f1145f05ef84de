/**
 * Finds the longest known phrases in text, case-sensitively, on word boundaries. One alternation
 * regex, longest phrase first, so "Dominican Republic" wins over "Dominica" and "Bosnia and
 * Herzegovina" over "Bosnia". A superscript footnote marker after a phrase ("Palestine¹") is a boundary.
 */
export interface PhraseMatch {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

export type PhraseMatcher = (text: string, offset?: number) => PhraseMatch[];

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+');

export function createPhraseMatcher(phrases: Iterable<string>): PhraseMatcher {
  const sorted = [...new Set(phrases)].filter((p) => p.trim() !== '').sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{Nd}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{Nd}])`, 'gu');
  return (text, offset = 0) =>
    [...text.matchAll(pattern)].map((match) => ({ phrase: match[0].replace(/[ \u00a0]+/g, ' '), start: offset + match.index, end: offset + match.index + match[0].length }));
}
