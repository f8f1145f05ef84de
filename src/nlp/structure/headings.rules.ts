import type { Token } from '../tokens.ts';
import type { StructureRule } from './structure-span.ts';

/**
 * Numbered headings and list markers: "1.1 The dark web ecosystem", "2. Background", "7. Member
 * States are invited", "(a) …" at the start of a line; "(1)", "(b)" inside a sentence after a colon,
 * semicolon or comma; footnote references in brackets ("… abstentions. [2]").
 */
const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
const MARK = /^(?:\d{1,3}|[a-z]|[ivx]+)$/i;
// A capital after "1.5" that reads on as an amount: "1.5 Million euros".
const AMOUNT_WORDS = /^(?:million|billion|thousand|hundred|tonnes?|kilos?|kg|percent|per|euros?|eur|usd)$/i;

export const HEADING_NUMBER: StructureRule = {
  id: 'structure.heading-number',
  needsDigit: true,
  kind: 'heading-number',
  mayHold: /^\d+\.\d/,
  *find({ tokens, lineStart }) {
    const [number, next] = [tokens[0], tokens[1]];
    if (!lineStart || number?.kind !== 'number' || !/^\d{1,2}(?:\.\d{1,2})+\.?$/.test(number.text)) return;
    const word = next?.text === '.' && glued(number, next) ? tokens[2] : next;
    if (word === undefined || (word.kind === 'word' && /^\p{Lu}/u.test(word.text) && !AMOUNT_WORDS.test(word.text))) yield [0, word === next ? 0 : 1] as const;
  },
};

/** "2." "7)" "(a)" "iv)" opening a line: a numbered paragraph or list item. */
export const LINE_MARKER: StructureRule = {
  id: 'structure.line-marker',
  needsDigit: false,
  kind: 'list-marker',
  mayHold: /^\(?\w{1,4}[.)]/,
  *find({ tokens, lineStart }) {
    if (!lineStart) return;
    const [a, b, c] = [tokens[0], tokens[1], tokens[2]];
    if (a?.text === '(' && MARK.test(b?.text ?? '') && c?.text === ')') yield [0, 2] as const;
    else if (a && (a.kind === 'number' || (a.kind === 'word' && /^(?:[a-z]|[ivx]+)$/i.test(a.text))) && /^\d{1,3}$|^\D/.test(a.text) && /^[.)]$/.test(b?.text ?? '') && glued(a, b) && (c === undefined || c.kind !== 'number')) {
      yield [0, 1] as const;
    }
  },
};

/** "the following: (1) …; (2) …", "and (b)": a marker inside a sentence. */
export const INLINE_MARKER: StructureRule = {
  id: 'structure.inline-marker',
  needsDigit: false,
  kind: 'list-marker',
  mayHold: /[:;,]\s*\(\w{1,4}\)|\b(?:and|or)\s\(\w{1,4}\)/,
  *find({ tokens }) {
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (tokens[i]!.text !== '(' || !MARK.test(tokens[i + 1]!.text) || tokens[i + 2]!.text !== ')') continue;
      if (/^(?::|;|,|and|or)$/.test(lower(tokens[i - 1])) && tokens[i + 3]?.kind === 'word') yield [i, i + 2] as const;
    }
  },
};

/** "… four abstentions. [2]", "[12]": a footnote reference. */
export const BRACKETED_REFERENCE: StructureRule = {
  id: 'structure.footnote-reference',
  needsDigit: true,
  kind: 'footnote-reference',
  mayHold: /\[\d/,
  *find({ tokens }) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i]!.text === '[' && tokens[i + 1]!.kind === 'number' && tokens[i + 2]!.text === ']') yield [i, i + 2] as const;
    }
  },
};
