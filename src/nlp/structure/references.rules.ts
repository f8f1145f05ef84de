import { isCurrencyCode, UNIT_WORDS } from '../lexicon/units.data.ts';
import type { Token } from '../tokens.ts';
import type { StructureRule } from './structure-span.ts';

/**
 * References and identifiers: "Articles 16 and 18", "paragraphs 2, sub c, d and h", "points (a) to
 * (c)", "numbers 1 to 18", "Article 3(2)", "point (a) of Article 26(1)", "COSI 231", "11333/24",
 * "COM(2020) 743 final", "EL PAcCTO 2.0", "(→ eucrim 1/2022, 16)".
 */
const LABELS = new Set([
  'article', 'articles', 'art', 'arts', 'paragraph', 'paragraphs', 'para', 'paras', 'subparagraph', 'subparagraphs', 'point', 'points',
  'number', 'numbers', 'no', 'nos', 'nr', 'section', 'sections', 'chapter', 'chapters', 'annex', 'annexes', 'appendix', 'recital', 'recitals',
  'title', 'part', 'item', 'items', 'clause', 'clauses', 'priority', 'priorities', 'action', 'actions', 'objective', 'objectives',
  'journal', 'pillar', 'pillars', 'goal', 'goals', 'step', 'steps', 'phase', 'phases', 'level', 'page', 'pages', 'p', 'pp', 'table', 'tables', 'figure', 'figures',
  'box', 'volume', 'vol', 'issue', 'edition', 'protocol', 'resolution', 'regulation', 'directive', 'decision', 'case', 'cases', 'line', 'lines',
  'op', 'oj', 'rev', 'cor', 'add', 'doc', 'whereas', 'version', 'release', 'room', 'floor', 'isbn', 'doi', 'issn', 'cycle', 'plan', 'footnote', 'footnotes', 'note', 'notes', 'row', 'column',
]);
// Lower-case: after one, a lower-case word ends the list ("Article 5 and 12 suspects" keeps the 12).
const CONTINUES = /^(?:of|and|or|to|sub|thereof)$/;
const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

/** The last token of one reference starting at k ("16", "3(2)(a)", "(c)", "XII", "c" after "sub"), or -1. */
function reference(tokens: readonly Token[], k: number, letters: boolean): number {
  const token = tokens[k];
  if (!token) return -1;
  let end = -1;
  if (token.kind === 'number') end = k;
  else if (token.text === '(' && /^(?:\d+|[a-z]|[ivx]+)$/i.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') end = k + 2;
  else if (token.kind === 'word' && /^[IVXLC]+$/.test(token.text)) end = k;
  else if (letters && token.kind === 'word' && /^[a-z]$/.test(token.text)) end = k;
  if (end < 0) return -1;
  // "3(2)(a)": sub-references glued to the number.
  while (tokens[end + 1]?.text === '(' && glued(tokens[end], tokens[end + 1]) && /^(?:\d+|[a-z]|[ivx]+)$/i.test(tokens[end + 2]?.text ?? '') && tokens[end + 3]?.text === ')') end += 3;
  return end;
}

export const CROSS_REFERENCE: StructureRule = {
  id: 'structure.cross-reference',
  needsDigit: false,
  kind: 'cross-reference',
  mayHold: /\d|\([a-z]\)|\b[IVX]+\b/,
  *find({ tokens }) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'word' || !LABELS.has(lower(tokens[i]))) continue;
      let k = i + 1;
      if (tokens[k]?.text === '.' && glued(tokens[i], tokens[k])) k++;
      // "OJ C 1021", "OJ L 119": the Official Journal's series letter.
      // "Official Journal L 187 of 12 July 2019": the same, the journal named in full.
      if (/^(?:oj|journal)$/.test(lower(tokens[i])) && /^[CL]$/.test(tokens[k]?.text ?? '')) k++;
      else if (lower(tokens[i]) === 'journal') continue;
      let last = reference(tokens, k, false);
      if (last < 0) continue;
      for (;;) {
        let next = last + 1;
        if (tokens[next]?.text === ',') next++;
        const letters = lower(tokens[next]) === 'sub' || tokens[last]!.kind === 'word';
        if (CONTINUES.test(lower(tokens[next])) || /^[-–]$/.test(tokens[next]?.text ?? '')) next++;
        if (lower(tokens[next]) === 'sub') next++;
        if (next === last + 1) break;
        const end = reference(tokens, next, letters);
        if (end < 0) break;
        // "Article 5 and 12 suspects": after a label in the singular, a number followed by a word it
        // counts is not a reference; "paragraphs 2 and 3 mutatis mutandis" announces several.
        const after = tokens[end + 1];
        const plural = /s$/.test(lower(tokens[i])) && lower(tokens[i]) !== 'pp';
        if (!plural && tokens[end]!.kind === 'number' && after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && !CONTINUES.test(lower(after))) break;
        last = end;
      }
      yield [i, last] as const;
      i = last;
    }
  },
};

/** "COSI 231", "LAHAV 433", "ENFOPOL 12": a code word in capitals (or camel case) right before a number. */
export const CODE: StructureRule = {
  id: 'structure.code',
  needsDigit: true,
  kind: 'code',
  mayHold: /\p{Lu}{2,}\s?\d|\p{Ll}\p{Lu}\p{L}*\s?\d/u,
  *find({ tokens }) {
    for (let i = 1; i < tokens.length; i++) {
      const [before, number] = [tokens[i - 1]!, tokens[i]!];
      if (number.kind !== 'number' || before.kind !== 'word' || !/^\d+$/.test(number.text)) continue;
      const code = /^\p{Lu}{2,}$/u.test(before.text) || /^\p{L}+\p{Lu}\p{L}*$/u.test(before.text);
      if (code && !isCurrencyCode(before.text) && UNIT_WORDS[lower(before)] === undefined) yield [i - 1, i] as const;
    }
  },
};

/** "11333/24", "2016/794", "201/427/EU", "COM(2020) 743 final", and a page after a cited issue ("1/2022, 16"). */
export const DOCUMENT_NUMBER: StructureRule = {
  id: 'structure.document-number',
  needsDigit: true,
  kind: 'document-number',
  mayHold: /\d\/\w|\d\)?\s*final\b|\(\d{4}\)\s?\d/,
  *find({ tokens }) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'number') continue;
      let last = i;
      while (tokens[last + 1]?.text === '/' && glued(tokens[last], tokens[last + 1]) && glued(tokens[last + 1], tokens[last + 2])) last += 2;
      if (last > i) {
        // "(→ eucrim 1/2022, 16)": the page of a cited issue.
        if (tokens[last + 1]?.text === ',' && tokens[last + 2]?.kind === 'number' && /^[)\]]?$/.test(tokens[last + 3]?.text ?? '')) last += 2;
        yield [i, last] as const;
        i = last;
      } else if (lower(tokens[i + 1]) === 'final' || (tokens[i - 1]?.text === ')' && /^(?:19|20)\d\d$/.test(tokens[i - 2]?.text ?? '') && tokens[i - 3]?.text === '(')) {
        yield [i, i] as const;
      }
    }
  },
};

/** "EL PAcCTO 2.0", "Web 3.0": a version number after a name ("In 2.5 years" is not one). */
const NOT_NAMES = /^(?:in|over|by|of|to|about|around|some|with|for|nearly|almost|under|at|from|after|within|only|just|another|and|but)$/;
export const VERSION: StructureRule = {
  id: 'structure.version',
  needsDigit: true,
  kind: 'version',
  mayHold: /\p{Lu}\p{L}*\s\d+\.\d\b/u,
  *find({ tokens }) {
    for (let i = 1; i < tokens.length; i++) {
      const name = tokens[i - 1]!;
      if (tokens[i]!.kind !== 'number' || !/^\d+\.\d$/.test(tokens[i]!.text) || name.kind !== 'word' || !/^\p{Lu}/u.test(name.text)) continue;
      if (!isCurrencyCode(name.text) && !NOT_NAMES.test(lower(name))) yield [i, i] as const;
    }
  },
};

/** "http://data.europa.eu/eli/dec/2008/841/oj", "www.europol.europa.eu", "press@eurojust.europa.eu". */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"”)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
export const URL_OR_EMAIL: StructureRule = {
  id: 'structure.url',
  needsDigit: false,
  kind: 'url',
  mayHold: /https?:\/\/|www\.|\w@\w/,
  *find({ tokens, sentence }) {
    let k = 0;
    for (const match of sentence.text.matchAll(URL)) {
      const [start, end] = [sentence.start + match.index, sentence.start + match.index + match[0].length];
      while (k < tokens.length && tokens[k]!.end <= start) k++;
      let last = k;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
      if (k < tokens.length && tokens[k]!.start < end) yield [k, last] as const;
    }
  },
};
