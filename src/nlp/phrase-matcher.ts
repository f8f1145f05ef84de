/**
 * Finds the longest known phrases in text, case-sensitively, on word boundaries: "Dominican Republic"
 * wins over "Dominica", "Bosnia and Herzegovina" over "Bosnia". Phrases are indexed by their first word
 * and compared word by word, so matching costs one pass over the words of the text whatever the size
 * of the gazetteer (a regex alternation of 700 country names cost 100x more).
 * A superscript footnote marker ("Palestine¹") or a possessive ("Korea’s") ends a word.
 */
export interface PhraseMatch {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

export type PhraseMatcher = (text: string, offset?: number) => PhraseMatch[];

const WORD = /[\p{L}\p{Nd}\p{M}]+/gu;
/** Separators compare equal when they differ only in the kind of space or apostrophe. */
const separatorKey = (separator: string) => separator.replace(/[\s\u00a0]+/g, ' ').replace(/[’‘`]/g, "'");

interface Entry {
  readonly phrase: string;
  readonly words: readonly string[];
  readonly separators: readonly string[];
  /** A closing "." that belongs to the phrase ("U.S."): it must follow the last word in the text too. */
  readonly trailingDot: boolean;
}

function split(text: string): { words: string[]; separators: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const separators: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(WORD)) {
    if (ends.length > 0) separators.push(separatorKey(text.slice(ends.at(-1)!, match.index)));
    words.push(match[0]);
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { words, separators, starts, ends };
}

function matchesAt(entry: Entry, i: number, words: readonly string[], separators: readonly string[]): boolean {
  for (let k = 1; k < entry.words.length; k++) {
    if (words[i + k] !== entry.words[k] || separators[i + k - 1] !== entry.separators[k - 1]) return false;
  }
  return true;
}

export function createPhraseMatcher(phrases: Iterable<string>): PhraseMatcher {
  const index = new Map<string, Entry[]>();
  for (const phrase of new Set(phrases)) {
    const { words, separators, starts, ends } = split(phrase);
    const trailingDot = ends.at(-1) === phrase.length - 1 && phrase.endsWith('.');
    if (words.length === 0 || starts[0] !== 0 || (ends.at(-1) !== phrase.length && !trailingDot)) continue;
    const entries = index.get(words[0]!) ?? [];
    entries.push({ phrase, words, separators, trailingDot });
    index.set(words[0]!, entries);
  }
  for (const entries of index.values()) entries.sort((a, b) => b.words.length - a.words.length);

  return (text, offset = 0) => {
    const { words, separators, starts, ends } = split(text);
    const found: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = index.get(words[i]!);
      if (candidates === undefined) continue;
      const entry = candidates.find((e) => matchesAt(e, i, words, separators) && (!e.trailingDot || text[ends[i + e.words.length - 1]!] === '.'));
      if (!entry) continue;
      const last = i + entry.words.length - 1;
      found.push({ phrase: entry.phrase, start: offset + starts[i]!, end: offset + ends[last]! + (entry.trailingDot ? 1 : 0) });
      i = last;
    }
    return found;
  };
}
