/**
 * Sentences with their offsets in the document text. Every line is at least one sentence (headlines,
 * list items and table rows stand on lines of their own after normalisation); inside a line a sentence
 * ends at . ! ? (and a footnote marker or closing quote after it) followed by a space and a capital,
 * digit or quote, unless the period closes a known abbreviation ("Mr.", "No.", "e.g.", "OR. en").
 */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'fig',
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'approx', 'ca', 'inc', 'ltd', 'co', 'jr', 'sr', 'gen', 'col', 'lt', 'or', 'prev', 'doc', 'ref',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'op',
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
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text !== '') into.push({ text, start: offset + start + lead, end: offset + start + lead + text.length });
}

/** "Mr. Park", "No. prev. doc.", "e.g. Bari", single initials ("J. Smith"). */
function closesAbbreviation(line: string, periodAt: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, periodAt - 12), periodAt))?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
