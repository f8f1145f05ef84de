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
  const { words, starts, ends } = wordsOf(text);
  const separators: string[] = [];
  for (let j = 1; j < words.length; j++) separators.push(separatorKey(text.slice(ends[j - 1]!, starts[j]!)));
  return { words, separators, starts, ends };
}

/**
 * The words of a text and where they are, without the separators: the matcher keys a separator only
 * where a phrase of two or more words is compared there (keying every separator of a document with two
 * regex replaces was most of the matcher's time).
 */
function wordsOf(text: string): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    words.push(match[0]);
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { words, starts, ends };
}

/** A separator's key; the plain single space, by far the commonest, needs no replacing. */
const keyOf = (separator: string) => (separator === ' ' ? ' ' : separatorKey(separator));

function matchesAt(entry: Entry, i: number, words: readonly string[], separatorAt: (j: number) => string): boolean {
  for (let k = 1; k < entry.words.length; k++) {
    if (words[i + k] !== entry.words[k] || separatorAt(i + k - 1) !== entry.separators[k - 1]) return false;
  }
  return true;
}

/**
 * A first word's phrases: those of one word, and the longer ones by their second word. The phrases
 * starting with a common word ("European …", 100+) are narrowed by the next word with one lookup instead
 * of being compared one by one. Each list keeps the longest-first order, and the one-word phrases come
 * after every longer one, so the first match is the same as in one list sorted longest first.
 */
interface FirstWord {
  readonly single: Entry[];
  readonly bySecond: Map<string, Entry[]>;
}

export function createPhraseMatcher(phrases: Iterable<string>): PhraseMatcher {
  const byFirst = new Map<string, Entry[]>();
  for (const phrase of new Set(phrases)) {
    const { words, separators, starts, ends } = split(phrase);
    const trailingDot = ends.at(-1) === phrase.length - 1 && phrase.endsWith('.');
    if (words.length === 0 || starts[0] !== 0 || (ends.at(-1) !== phrase.length && !trailingDot)) continue;
    const entries = byFirst.get(words[0]!) ?? [];
    entries.push({ phrase, words, separators, trailingDot });
    byFirst.set(words[0]!, entries);
  }
  const index = new Map<string, FirstWord>();
  for (const [first, entries] of byFirst) {
    entries.sort((a, b) => b.words.length - a.words.length);
    const single: Entry[] = [];
    const bySecond = new Map<string, Entry[]>();
    for (const entry of entries) {
      if (entry.words.length === 1) single.push(entry);
      else bySecond.set(entry.words[1]!, [...(bySecond.get(entry.words[1]!) ?? []), entry]);
    }
    index.set(first, { single, bySecond });
  }

  return (text, offset = 0) => {
    const { words, starts, ends } = wordsOf(text);
    // Separators keyed when first compared, once each.
    const keyed: (string | undefined)[] = [];
    const separatorAt = (j: number) => (keyed[j] ??= keyOf(text.slice(ends[j]!, starts[j + 1]!)));
    const fits = (e: Entry, i: number) => matchesAt(e, i, words, separatorAt) && (!e.trailingDot || text[ends[i + e.words.length - 1]!] === '.');
    const found: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = index.get(words[i]!);
      if (candidates === undefined) continue;
      const longer = i + 1 < words.length ? candidates.bySecond.get(words[i + 1]!) : undefined;
      const entry = longer?.find((e) => fits(e, i)) ?? candidates.single.find((e) => fits(e, i));
      if (!entry) continue;
      const last = i + entry.words.length - 1;
      found.push({ phrase: entry.phrase, start: offset + starts[i]!, end: offset + ends[last]! + (entry.trailingDot ? 1 : 0) });
      i = last;
    }
    return found;
  };
}
