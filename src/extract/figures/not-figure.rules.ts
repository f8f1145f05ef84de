import type { Token } from '../../nlp/tokens.ts';
import { DURATION_UNITS, isCurrencyCode, UNIT_WORDS } from '../../nlp/lexicon/units.data.ts';
import type { Quantity } from './quantities.ts';

/**
 * Numbers that are not figures (SPEC.md): dates, years, ranges, clock times, identifiers, ordinals,
 * footnote markers, phone numbers, and durations that only frame a statement. Each rule has a stable
 * id; the first that holds excludes the number. Adding an exclusion is one entry here.
 */
export interface NotFigureRule {
  readonly id: string;
  readonly holds: (context: { tokens: readonly Token[]; quantity: Quantity; sentence: string; offset: number }) => boolean;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const IDENTIFIER_WORDS = new Set([
  'priority', 'priorities', 'action', 'actions', 'article', 'articles', 'art', 'regulation', 'directive', 'decision', 'no', 'nr', 'number',
  'paragraph', 'para', 'point', 'points', 'chapter', 'annex', 'section', 'recital', 'case', 'page', 'pages', 'p', 'pp', 'op', 'oj', 'rev', 'cor',
  'add', 'st', 'doc', 'phase', 'level', 'step', 'objective', 'pillar', 'goal', 'item', 'line', 'table', 'figure', 'box', 'volume', 'vol',
  'issue', 'edition', 'protocol', 'resolution', 'room', 'floor', 'tel', 'fax', 'phone', 'isbn', 'doi', 'issn', 'postcode', 'cycle', 'plan',
]);
const PHONE_GROUPS = 6;
const FRAMING_WORDS = new Set(['past', 'last', 'next', 'coming', 'previous', 'following', 'recent', 'first', 'initial', 'upcoming']);

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
const dash = (t: Token | undefined) => t !== undefined && /^[-–—/]$/.test(t.text);
const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

export const NOT_FIGURE_RULES: readonly NotFigureRule[] = [
  {
    id: 'not-figure.year',
    holds: ({ tokens, quantity: q }) =>
      q.form === 'digits' && q.unit === 'count' && q.first === q.numberAt && q.last === q.numberAt && /^(?:19|20)\d\d$/.test(tokens[q.numberAt]!.text),
  },
  {
    id: 'not-figure.range',
    holds: ({ tokens, quantity: q }) => {
      return (dash(tokens[q.numberAt + 1]) && tokens[q.numberAt + 2]?.kind === 'number' && glued(tokens[q.numberAt], tokens[q.numberAt + 1]))
        || (dash(tokens[q.numberAt - 1]) && tokens[q.numberAt - 2]?.kind === 'number' && glued(tokens[q.numberAt - 1], tokens[q.numberAt]));
    },
  },
  {
    id: 'not-figure.date',
    holds: ({ tokens, quantity: q }) =>
      q.form === 'digits' && (MONTHS.test(lower(tokens[q.numberAt + 1])) || MONTHS.test(lower(tokens[q.numberAt - 1]))
        || (/^[-–]$/.test(lower(tokens[q.numberAt + 1])) && MONTHS.test(lower(tokens[q.numberAt + 3])))),
  },
  {
    id: 'not-figure.identifier-word',
    holds: ({ tokens, quantity: q }) => {
      if (q.form !== 'digits') return false;
      const before = tokens[q.numberAt - 1]?.text === '.' ? tokens[q.numberAt - 2] : tokens[q.numberAt - 1];
      // "p. 58", "Article 5", "OJ C 1021": a label word, or the series letter of the Official Journal.
      const journalSeries = /^[CL]$/.test(before?.text ?? '') && lower(tokens[q.numberAt - 2]) === 'oj';
      return IDENTIFIER_WORDS.has(lower(before)) || journalSeries;
    },
  },
  {
    id: 'not-figure.dotted-date',
    holds: ({ tokens, quantity: q }) => {
      const number = tokens[q.numberAt]!;
      const dot = tokens[q.numberAt + 1];
      const after = tokens[q.numberAt + 2];
      const dotBefore = tokens[q.numberAt - 1];
      return (dot?.text === '.' && glued(number, dot) && after?.kind === 'number' && glued(dot, after))
        || (dotBefore?.text === '.' && glued(dotBefore, number) && tokens[q.numberAt - 2]?.kind === 'number' && glued(tokens[q.numberAt - 2], dotBefore));
    },
  },
  {
    id: 'not-figure.date-pair',
    holds: ({ tokens, quantity: q }) =>
      q.form === 'digits' && /^(?:and|to|-|–)$/.test(lower(tokens[q.numberAt + 1])) && tokens[q.numberAt + 2]?.kind === 'number' && MONTHS.test(lower(tokens[q.numberAt + 3])),
  },
  {
    id: 'not-figure.document-number',
    holds: ({ tokens, quantity: q }) =>
      q.form === 'digits' && (lower(tokens[q.last + 1]) === 'final' || (tokens[q.numberAt - 1]?.text === ')' && /^(?:19|20)\d\d$/.test(tokens[q.numberAt - 2]?.text ?? ''))),
  },
  {
    id: 'not-figure.house-number',
    holds: ({ tokens, quantity: q }) => q.form === 'digits' && /^\p{Lu}.*(?:laan|straat|street|road|avenue|strasse|straße|weg|gasse|plein|lane|boulevard|square|allee|platz|rue|via)$/iu.test(tokens[q.numberAt - 1]?.text ?? ''),
  },
  {
    id: 'not-figure.postcode',
    holds: ({ tokens, quantity: q }) => q.form === 'digits' && /^\d{4,5}$/.test(tokens[q.numberAt]!.text) && /^\p{Lu}{1,3}$/u.test(tokens[q.numberAt + 1]?.text ?? '') && q.unit === 'count',
  },
  {
    id: 'not-figure.code',
    holds: ({ tokens, quantity: q }) => {
      const before = tokens[q.numberAt - 1];
      if (q.form !== 'digits' || before?.kind !== 'word' || q.first !== q.numberAt) return false;
      const code = /^\p{Lu}{2,}$/u.test(before.text) || /^\p{L}+\p{Lu}\p{L}*$/u.test(before.text);
      return code && !isCurrencyCode(before.text) && UNIT_WORDS[before.text.toLowerCase()] === undefined;
    },
  },
  {
    id: 'not-figure.glued',
    holds: ({ tokens, quantity: q }) => {
      const number = tokens[q.numberAt]!;
      const before = tokens[q.numberAt - 1];
      const after = tokens[q.numberAt + 1];
      return q.form === 'digits' && ((glued(before, number) && (before!.kind === 'word' || /^[.)\]]$/.test(before!.text)))
        || (glued(number, after) && after!.kind === 'word' && !/^(?:kg|km|g|l|m|bn|mln|tb|gb|k)$/i.test(after!.text)));
    },
  },
  {
    id: 'not-figure.clock',
    holds: ({ tokens, quantity: q }) =>
      (tokens[q.numberAt + 1]?.text === ':' && tokens[q.numberAt + 2]?.kind === 'number')
      || (tokens[q.numberAt - 1]?.text === ':' && tokens[q.numberAt - 2]?.kind === 'number' && glued(tokens[q.numberAt - 1], tokens[q.numberAt])),
  },
  {
    id: 'not-figure.phone',
    holds: ({ tokens, quantity: q }) => {
      // "+32 70 41 25 00": a phone number has a few groups; a longer run of numbers is a table row.
      let i = q.numberAt - 1;
      while (i >= 0 && q.numberAt - i <= PHONE_GROUPS && tokens[i]!.kind === 'number') i--;
      return tokens[i]?.text === '+' || /^(?:tel|phone|fax|telephone)$/.test(lower(tokens[i]).replace(/\.$/, ''));
    },
  },
  {
    id: 'not-figure.list-number',
    holds: ({ tokens, quantity: q }) => q.numberAt === 0 && /^[.)]$/.test(tokens[1]?.text ?? '') && q.form === 'digits',
  },
  {
    id: 'not-figure.framing-duration',
    holds: ({ tokens, quantity: q }) =>
      DURATION_UNITS.has(q.unit) && tokens.slice(Math.max(0, q.first - 3), q.first).some((t) => FRAMING_WORDS.has(lower(t))),
  },
  {
    id: 'not-figure.compound-modifier',
    holds: ({ tokens, quantity: q }) => {
      const next = tokens[q.last + 1];
      return q.unit === 'count' && next?.text === '-' && glued(tokens[q.last], next) && !/-old$/.test(lower(tokens[q.last + 2]));
    },
  },
  { id: 'not-figure.version', holds: ({ tokens, quantity: q }) => q.form === 'digits' && /\.\d$/.test(tokens[q.numberAt]!.text) && /^\p{Lu}/u.test(tokens[q.numberAt - 1]?.text ?? '') && q.first === q.numberAt },
];

export function whyNotFigure(context: Parameters<NotFigureRule['holds']>[0]): string | null {
  for (const rule of NOT_FIGURE_RULES) if (rule.holds(context)) return rule.id;
  return null;
}
