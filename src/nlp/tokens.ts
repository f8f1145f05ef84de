/**
 * Tokens with offsets, for rules that look at neighbouring words. A number is one token however it is
 * written: grouped by spaces or no-break spaces ("1 800", "13 000"), or by commas and dots in either
 * convention ("1,200", "1.800", "2,5", "1.234,56"); dotted dates ("4.5.2016") stay one token too. What
 * such a token is worth is the number reader's decision (src/nlp/numbers), made per document.
 * A word joined by a hyphen to digits is one word: "COVID-19", "EU-27", "B-1000" are names, not numbers.
 */
export type TokenKind = 'number' | 'word' | 'symbol' | 'punctuation';

export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}

// "more than 1, 000 staff": a group of three that opens on a zero after a comma and a space is a typed grouping, never a number of its own.
const TOKEN = /(\d{1,3}(?:,[ \u00a0]0\d\d)+(?!\d)|\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*)|([\p{L}][\p{L}\p{M}'’]*(?:[-‐][\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*)*\.?)|([%€$£¥₹#+])|([^\s])/gu;

/** Words keep a trailing period only for abbreviations the sentence splitter knows; callers strip it. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [whole, number, word, symbol] = match;
    const kind: TokenKind = number ? 'number' : word ? 'word' : symbol ? 'symbol' : 'punctuation';
    let value = whole;
    // A word token swallowed a sentence-final period: give it back as punctuation.
    if (kind === 'word' && value.endsWith('.') && value.length > 1) {
      value = value.slice(0, -1);
      tokens.push({ text: value, kind, start: offset + match.index, end: offset + match.index + value.length });
      tokens.push({ text: '.', kind: 'punctuation', start: offset + match.index + value.length, end: offset + match.index + whole.length });
      continue;
    }
    tokens.push({ text: value, kind, start: offset + match.index, end: offset + match.index + value.length });
  }
  return tokens;
}

/** The value of a number token read in the English convention: grouping spaces and commas removed. */
export const numberValue = (token: string): number => Number(token.replace(/[ \u00a0,]/g, ''));
