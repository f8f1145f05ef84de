import { MONTH_ABBREVIATIONS } from './lexicon/months.data.ts';
/**
 * Sentences with their offsets in the document text. Every line is at least one sentence (headlines,
 * list items and table rows stand on lines of their own after normalisation); inside a line a sentence
 * ends at . ! ? (and a footnote marker or closing quote after it) followed by a space and a capital,
 * digit or quote, unless the period closes a known abbreviation ("Mr.", "No.", "e.g.", "OR. en").
 *
 * No sentence is longer than MAX_SENTENCE_CHARS: every rule matches inside one sentence, so this bound
 * is what keeps extraction linear on tables, number runs and lines without punctuation.
 */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Twice the longest sentence of the corpus (977 characters); longer "sentences" are tables or noise. */
export const MAX_SENTENCE_CHARS = 2000;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'fig',
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'approx', 'ca', 'inc', 'ltd', 'co', 'jr', 'sr', 'gen', 'col', 'lt', 'or', 'prev', 'doc', 'ref',
  'u.s', 'u.k', 'op', ...MONTH_ABBREVIATIONS.map((abbreviation) => abbreviation.toLowerCase()),
]);
const BOUNDARY = /([.!?])([’"”')\]]*[¹²³⁴⁵⁶⁷⁸⁹⁰]*)(\s+)(?=[\p{Lu}\p{N}"“‘'(•\-–])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    splitLine(line, lineStart, sentences);
    lineStart += line.length + 1;
  }
  return sentences;
}

function splitLine(line: string, offset: number, into: Sentence[]): void {
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const punctuationAt = match.index;
    if (match[1] === '.' && closesAbbreviation(line, punctuationAt)) continue;
    const end = punctuationAt + match[1]!.length + match[2]!.length;
    push(line, start, end, offset, into);
    start = end + match[3]!.length;
  }
  push(line, start, line.length, offset, into);
}

function push(line: string, start: number, end: number, offset: number, into: Sentence[]): void {
  const raw = line.slice(start, end);
  let rest = raw.trim();
  let at = offset + start + raw.length - raw.trimStart().length;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const cut = cutAt(rest);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece !== '') into.push({ text: piece, start: at, end: at + piece.length });
    const after = rest.slice(cut);
    rest = after.trimStart();
    at += cut + after.length - rest.length;
  }
  if (rest !== '') into.push({ text: rest, start: at, end: at + rest.length });
}

/**
 * Where an over-long sentence is cut: at the last plain space in its second half, so no word is split;
 * failing that at the bound itself, but never inside a surrogate pair or before a combining mark.
 * A no-break space holds a number together ("1 800"), so it is not a place to cut.
 */
function cutAt(text: string): number {
  for (let i = MAX_SENTENCE_CHARS; i > MAX_SENTENCE_CHARS / 2; i--) {
    if (/[^\S\u00a0]/.test(text[i]!)) return i;
  }
  let cut = MAX_SENTENCE_CHARS;
  while (cut > MAX_SENTENCE_CHARS / 2 && /\p{M}/u.test(text[cut]!)) cut--;
  return isLowSurrogate(text.charCodeAt(cut)) && isHighSurrogate(text.charCodeAt(cut - 1)) ? cut - 1 : cut;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** "Mr. Park", "No. prev. doc.", "e.g. Bari", single initials ("J. Smith"). */
function closesAbbreviation(line: string, periodAt: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, periodAt - 12), periodAt))?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
