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

/** A word is a run of these characters. */
const WORD_CHARACTER = /^[\p{L}\p{Nd}\p{M}]$/u;
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
  // The words of WORD_CHARACTER runs, scanned by character code: ASCII letters and digits by range, any
  // other character by its classes (a surrogate pair as one code point). A /[…]+/gu regex with Unicode
  // classes, run over every document and sentence, was half of the matcher's time.
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let inWord: boolean;
    if (code < 0x80) inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      inWord = WORD_CHARACTER.test(String.fromCodePoint(point));
    }
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, i));
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    words.push(text.slice(start));
    starts.push(start);
    ends.push(text.length);
  }
  return { words, starts, ends };
}

/** A separator's key; the plain single space, by far the commonest, needs no replacing. */
const keyOf = (separator: string) => (separator === ' ' ? ' ' : separatorKey(separator));

/** A text split into words, with its separators keyed when first compared, once each. */
interface Words {
  readonly text: string;
  readonly words: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly keyed: (string | undefined)[];
}

const separatorAt = (w: Words, j: number) => (w.keyed[j] ??= keyOf(w.text.slice(w.ends[j]!, w.starts[j + 1]!)));

function matchesAt(entry: Entry, i: number, w: Words): boolean {
  for (let k = 1; k < entry.words.length; k++) {
    if (w.words[i + k] !== entry.words[k] || separatorAt(w, i + k - 1) !== entry.separators[k - 1]) return false;
  }
  return !entry.trailingDot || w.text[w.ends[i + entry.words.length - 1]!] === '.';
}

function firstMatch(entries: readonly Entry[] | undefined, i: number, w: Words): Entry | undefined {
  if (entries) for (const entry of entries) if (matchesAt(entry, i, w)) return entry;
  return undefined;
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
    // No closures made per call: tsx names each one it creates, which cost as much as the matching.
    const w: Words = { text, ...wordsOf(text), keyed: [] };
    const { words, starts, ends } = w;
    const found: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = index.get(words[i]!);
      if (candidates === undefined) continue;
      const longer = i + 1 < words.length ? candidates.bySecond.get(words[i + 1]!) : undefined;
      const entry = firstMatch(longer, i, w) ?? firstMatch(candidates.single, i, w);
      if (!entry) continue;
      const last = i + entry.words.length - 1;
      found.push({ phrase: entry.phrase, start: offset + starts[i]!, end: offset + ends[last]! + (entry.trailingDot ? 1 : 0) });
      i = last;
    }
    return found;
  };
}
