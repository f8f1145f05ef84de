import { monthNumber } from '../../nlp/lexicon/months.data.ts';
import { DURATION_UNITS, isAmountWord } from '../../nlp/lexicon/units.data.ts';
import type { NumberSpan } from '../../nlp/numbers/number-span.ts';
import type { StructureKind, StructureSpan } from '../../nlp/structure/structure-span.ts';
import type { Token } from '../../nlp/tokens.ts';
import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { ORGANISATION_HEAD_WORDS } from '../../nlp/lexicon/organisations.data.ts';
import { isNominal, isVerb, PREPOSITIONS, DETERMINERS, CONJUNCTIONS } from './word-classes.ts';

/**
 * Numbers that are not figures (SPEC.md), each rule with a stable id; the first that holds excludes
 * the number. Layout and references come from the structural reader (STRUCTURE_EXCLUSIONS: headings,
 * cross-references, identifiers, addresses, phone numbers); the rules below read the number itself
 * and its neighbours: dates, years, clock times, ordinals, framing durations. Adding an exclusion is
 * one entry here.
 */
export interface NotFigureContext {
  readonly tokens: readonly Token[];
  readonly number: NumberSpan;
  /** Structure spans of the sentence that overlap the number. */
  readonly structure: readonly StructureSpan[];
  /** The first token of the next sentence, for a date a line break cut ("on 18" / "November 2025"). */
  readonly following?: Token | undefined;
}

export interface NotFigureRule {
  readonly id: string;
  readonly holds: (context: NotFigureContext) => boolean;
}

/** Which structure spans exclude a number, under the ids the same exclusions always had. */
export const STRUCTURE_EXCLUSIONS: Readonly<Partial<Record<StructureKind, string>>> = {
  'heading-number': 'not-figure.heading',
  'list-marker': 'not-figure.list-number',
  'footnote-line': 'not-figure.footnote-line',
  'footnote-reference': 'not-figure.footnote-reference',
  'cross-reference': 'not-figure.identifier-word',
  code: 'not-figure.code',
  'document-number': 'not-figure.document-number',
  version: 'not-figure.version',
  citation: 'not-figure.citation',
  url: 'not-figure.url',
  'street-address': 'not-figure.house-number',
  postcode: 'not-figure.postcode',
  phone: 'not-figure.phone',
};

/** Words a bracketed number after them refers into: "paragraph (2)", "point (3)". */
const REFERENCE_WORDS = /^(?:article|articles|paragraph|paragraphs|point|points|annex|recital|recitals|section|chapter|footnote|note|subparagraph|indent|line|page)$/;
/** Days listed after a number ("24, 25 and 26 May"): the month closes the list. */
function monthAfterDays(tokens: readonly Token[], k: number): boolean {
  for (let hops = 0; hops < 6; hops++) {
    if (isMonth(tokens[k])) return hops > 0;
    if (!/^(?:,|and|to|-|–)$/.test(lower(tokens[k])) || tokens[k + 1]?.kind !== 'number' || !/^\d{1,2}$/.test(tokens[k + 1]!.text)) return false;
    k += 2;
  }
  return false;
}

/** Days listed before a number ("October 27 and 29"): the month opens the list. */
function monthBeforeDays(tokens: readonly Token[], k: number): boolean {
  for (let hops = 0; hops < 6; hops++) {
    if (!/^(?:,|and|to|-|–)$/.test(lower(tokens[k])) || tokens[k - 1]?.kind !== 'number' || !/^\d{1,2}$/.test(tokens[k - 1]!.text)) return false;
    if (isMonth(tokens[k - 2])) return true;
    k -= 2;
  }
  return false;
}

const NUMBERED_PLACES = /^(?:Quay|Pier|Berth|Gate|Terminal|Room|Hall|Platform|Dock|Wharf|Hangar|Block|Building|Unit|Cell)$/;
const FRAMING_WORDS = new Set(['past', 'last', 'next', 'coming', 'previous', 'following', 'recent', 'first', 'initial', 'upcoming', 'every']);
const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
const isMonth = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text) && monthNumber(token.text) !== undefined;
const dash = (t: Token | undefined) => t !== undefined && /^[-–—/]$/.test(t.text);
const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
const plainDigits = (n: NumberSpan) => n.form === 'digits' && n.unit === 'count' && !n.scaled && n.first === n.numberAt;

export const NOT_FIGURE_RULES: readonly NotFigureRule[] = [
  {
    id: 'not-figure.year',
    // "compared to 1927 in 2023": a number placed in a year is a count, not a year.
    holds: ({ tokens, number: n }) => plainDigits(n) && n.last === n.numberAt && /^(?:19|20)\d\d$/.test(tokens[n.numberAt]!.text)
      && !(/^(?:in|during)$/.test(lower(tokens[n.last + 1])) && /^(?:19|20)\d\d$/.test(tokens[n.last + 2]?.text ?? '')),
  },
  {
    // "2021-2025", "2026-29", "11333/24": two numbers joined by a dash or slash that the number reader did not read as a range.
    id: 'not-figure.range',
    holds: ({ tokens, number: n }) => n.upper === undefined && n.form === 'digits'
      && ((dash(tokens[n.numberAt + 1]) && tokens[n.numberAt + 2]?.kind === 'number' && glued(tokens[n.numberAt], tokens[n.numberAt + 1]))
        || (dash(tokens[n.numberAt - 1]) && tokens[n.numberAt - 2]?.kind === 'number' && glued(tokens[n.numberAt - 1], tokens[n.numberAt]))),
  },
  {
    // "3 March", "14-15 April", "March 3": a day of a month.
    id: 'not-figure.date',
    // "Feb. 29", "Sept. 3": an abbreviated month with its full stop.
    holds: ({ tokens, number: n, following }) => n.form === 'digits' && !n.scaled && (isMonth(tokens[n.last + 1] ?? following) || isMonth(tokens[n.first - 1]) || (tokens[n.first - 1]?.text === '.' && isMonth(tokens[n.first - 2]))),
  },
  {
    // "Quay 1742", "Gate 12", "Room 4": a capitalised noun naming a place by its number.
    id: 'not-figure.numbered-place',
    holds: ({ tokens, number: n }) => plainDigits(n) && NUMBERED_PLACES.test(tokens[n.first - 1]?.text ?? ''),
  },
  {
    // "on 24, 25 and 26 May", "on October 27 and 29", "between September 15 and 23": days listed with one month.
    id: 'not-figure.date-list',
    holds: ({ tokens, number: n }) => n.form === 'digits' && !n.scaled && (monthAfterDays(tokens, n.last + 1) || monthBeforeDays(tokens, n.first - 1)),
  },
  {
    id: 'not-figure.date-pair',
    holds: ({ tokens, number: n }) => n.form === 'digits' && /^(?:and|to|-|–)$/.test(lower(tokens[n.last + 1])) && tokens[n.last + 2]?.kind === 'number' && isMonth(tokens[n.last + 3]),
  },
  {
    // "G7", "3D", "18th", "globally.2", "C-311/18", "EDOC#1234": a number glued to letters, after a closing mark or inside an identifier.
    id: 'not-figure.glued',
    holds: ({ tokens, number: n }) => {
      const [before, number, after] = [tokens[n.numberAt - 1], tokens[n.numberAt]!, tokens[n.numberAt + 1]];
      // "EUR14.1 billion", "USD2.5m": a currency code glued before an amount is the amount's unit, no identifier.
      const currencyCode = n.first < n.numberAt && before?.kind === 'word' && before.text === n.unit;
      return n.form === 'digits' && ((glued(before, number) && !currencyCode && (before!.kind === 'word' || /^[.)\]/#]$/.test(before!.text)))
        || (glued(number, after) && after!.kind === 'word' && !/^(?:kg|km|mn|bn|mln|tb|gb)$/i.test(after!.text) && !/^[glmk]$/.test(after!.text)));
    },
  },
  {
    id: 'not-figure.clock',
    holds: ({ tokens, number: n }) =>
      (tokens[n.numberAt + 1]?.text === ':' && tokens[n.numberAt + 2]?.kind === 'number' && glued(tokens[n.numberAt], tokens[n.numberAt + 1]))
      || (tokens[n.numberAt - 1]?.text === ':' && tokens[n.numberAt - 2]?.kind === 'number' && glued(tokens[n.numberAt - 1], tokens[n.numberAt]))
      || (n.form === 'digits' && /^(?:am|pm|hrs|h|cet|cest|utc|gmt)$/.test(lower(tokens[n.last + 1])))
      || (n.form === 'digits' && /^[ap]$/.test(lower(tokens[n.last + 1])) && tokens[n.last + 2]?.text === '.' && lower(tokens[n.last + 3]) === 'm'),
  },
  {
    // "the European Agenda on Security 2 , Council Conclusions 3 , and …", "on 1 May 2017 1 and pursuant to":
    // a footnote number that lost its superscript sits right after a name or a date and counts nothing.
    id: 'not-figure.spaced-footnote',
    holds: ({ tokens, number: n }) => {
      if (!plainDigits(n) || n.last !== n.numberAt || !/^\d{1,2}$/.test(tokens[n.numberAt]!.text)) return false;
      const before = tokens[n.first - 1];
      const after = tokens[n.last + 1];
      const word = lower(before);
      const noun = before?.kind === 'word' && isNominal(before) && !PREPOSITIONS.has(word) && !DETERMINERS.has(word) && !CONJUNCTIONS.has(word)
        && !countryLexicon().byName.has(before.text) && !countryLexicon().byDemonym.has(before.text);
      // A capitalised word mid-sentence is a name ("Member States 2"), whatever else it may be; a lower-case
      // one must be a noun ("criminal matters 1 (‘the Directive’)").
      const afterName = noun && (/^\p{Lu}/u.test(before!.text) || !isVerb(word));
      const afterYear = before?.kind === 'number' && /^(?:19|20)\d\d$/.test(before.text);
      if (!afterName && !afterYear) return false;
      // What follows counts nothing: punctuation, a conjunction, a verb.
      const followsNothing = after === undefined || (after.kind !== 'word' && after.text !== '%') || CONJUNCTIONS.has(lower(after)) || (isVerb(lower(after)) && !isNominal(after)) || /^(?:provide|provides|states?|applies|apply|sets?|based)$/.test(lower(after));
      // Lower-case nouns are held to punctuation after the number: "agreed on 5 points" must stay a figure.
      return followsNothing && (/^\p{Lu}/u.test(before?.text ?? '') || afterYear || after === undefined || after.kind !== 'word' || /^(?:based|and)$/.test(lower(after)));
    },
  },
  {
    // "the Israeli Lahav 433 Unit", "Task Force 7 Command": a number between a name's word and a body's head is part of
    // the name.
    id: 'not-figure.in-body-name',
    holds: ({ tokens, number: n }) => plainDigits(n) && n.unit === 'count' && n.first === n.numberAt && n.last === n.numberAt
      && /^\p{Lu}[\p{L}-]+$/u.test(tokens[n.first - 1]?.text ?? '') && tokens[n.first - 1]?.kind === 'word'
      && ORGANISATION_HEAD_WORDS.includes(tokens[n.last + 1]?.text ?? ''),
  },
  {
    // "→ eucrim 1/2022, 15-16)", "pp. 124-128": pages of a cited publication.
    id: 'not-figure.cited-pages',
    holds: ({ tokens, number: n }) => n.form === 'digits' && n.upper !== undefined && n.unit === 'count'
      && ((tokens[n.first - 1]?.text === ',' && tokens[n.first - 2]?.kind === 'number') || /^(?:pp?|pages?)$/.test(lower(tokens[n.first - 1]) || '') || (tokens[n.first - 1]?.text === '.' && /^pp?$/.test(lower(tokens[n.first - 2]))))
      && (tokens[n.last + 1] === undefined || /^[).;,]$/.test(tokens[n.last + 1]!.text)),
  },
  {
    // "(1) Member States shall ensure (2) that …": a number alone in brackets marks an item of an enumeration; but
    // "cybercrime (125), terrorism (94), and …" counts the word before it, and the list goes on after it.
    id: 'not-figure.bracketed-marker',
    holds: ({ tokens, number: n }) => n.form === 'digits' && n.unit === 'count' && n.first === n.numberAt && n.last === n.numberAt
      && tokens[n.first - 1]?.text === '(' && tokens[n.last + 1]?.text === ')' && /^\d{1,2}$/.test(tokens[n.numberAt]!.text)
      && !(/^\p{Ll}{3,}$/u.test(tokens[n.first - 2]?.text ?? '') && !REFERENCE_WORDS.test(tokens[n.first - 2]!.text) && /^(?:,|;|\.|and|or)$/.test(lower(tokens[n.last + 2]))),
  },
  {
    // "at 14.30", "from 6.00": a clock time written with a dot.
    id: 'not-figure.clock-dot',
    holds: ({ tokens, number: n }) => n.form === 'digits' && n.unit === 'count' && /^(?:[01]?\d|2[0-3])[.:][0-5]\d$/.test(tokens[n.numberAt]!.text)
      && /^(?:at|from|until|till|by|before|after)$/.test(lower(tokens[n.first - 1])),
  },
  {
    // "extended twice", "met twice a year": how often, not a multiplier ("twice as many", "twice the amount").
    id: 'not-figure.frequency',
    holds: ({ tokens, number: n }) => lower(tokens[n.numberAt]) === 'twice' && !/^(?:as|the|that|than|more|higher|larger|greater|bigger|its|their|this|what|over)$/.test(lower(tokens[n.last + 1])),
  },
  {
    // "over the past three years", "in the coming 12 months", "for the next 5 years", "every 4 years": a duration that frames the statement.
    id: 'not-figure.framing-duration',
    holds: ({ tokens, number: n }) => DURATION_UNITS.has(n.unit) && !n.age && tokens.slice(Math.max(0, n.first - 3), n.first).some((t) => FRAMING_WORDS.has(lower(t))),
  },
  {
    // "a budget of PLN 4.5 billion (EUR 960 million) over 10 years", "EUR 20 million over four years": the period
    // an amount is spread over.
    id: 'not-figure.period-of-amount',
    holds: ({ tokens, number: n }) => {
      if (!DURATION_UNITS.has(n.unit) || n.age || !/^(?:over|across)$/.test(lower(tokens[n.first - 1]))) return false;
      // Back over the same amount in another currency in brackets: "PLN 4.5 billion (EUR 960 million) over 10 years".
      let k = n.first - 2;
      if (tokens[k]?.text === ')') while (k > 0 && tokens[k]!.text !== '(') k--;
      if (tokens[k]?.text === '(') k--;
      const before = tokens[k];
      return before !== undefined && (before.kind === 'number' || isAmountWord(before.text));
    },
  },
  {
    // "Within two weeks, officers …", "In just three months, …", "After more than four years of investigation, …":
    // a period that opens the sentence frames it; "its lowest in four years": the span of a comparison.
    id: 'not-figure.opening-period',
    holds: ({ tokens, number: n }) => {
      if (!DURATION_UNITS.has(n.unit) || n.age) return false;
      let k = n.first - 1;
      // Back over the qualifier ("just", "less than", "roughly"); "over" may be either, and is read as the opener.
      while (k >= 0 && /^(?:just|only|less|more|than|about|around|roughly|some|nearly|almost|the|a)$/.test(lower(tokens[k]))) k--;
      // The opening phrase ends at a comma a few words on ("Within two weeks, …"); "Over 1 000 years’ imprisonment for
      // mafia members" is a headline's reported quantity.
      const comma = tokens.slice(n.last + 1, n.last + 7).some((t) => t.text === ',');
      const opens = /^(?:within|in|over|during|after)$/.test(lower(tokens[k])) && tokens.slice(0, k).every((t) => t.kind === 'punctuation') && comma;
      const comparison = lower(tokens[k]) === 'in' && /^(?:lowest|highest|largest|biggest|smallest|worst|best)$/.test(lower(tokens[k - 1]));
      return opens || comparison;
    },
  },
  {
    // "four years ago", "three months before that", "two weeks later": a point in time.
    id: 'not-figure.time-ago',
    holds: ({ tokens, number: n }) => DURATION_UNITS.has(n.unit) && (/^(?:ago|later|earlier|beforehand|afterwards|since)$/.test(lower(tokens[n.last + 1])) || (/^(?:before|after)$/.test(lower(tokens[n.last + 1])) && /^(?:that|this|then)$/.test(lower(tokens[n.last + 2])))),
  },
  {
    // "4-year cycles": a number that makes an adjective with the word glued after its dash.
    id: 'not-figure.compound-modifier',
    holds: ({ tokens, number: n }) => {
      const next = tokens[n.last + 1];
      return n.unit === 'count' && !n.age && next?.text === '-' && glued(tokens[n.last], next) && !/-old$/.test(lower(tokens[n.last + 2]));
    },
  },
];

/** The id of the first exclusion that holds, or null when the number is a figure. */
export function whyNotFigure(context: NotFigureContext): string | null {
  for (const span of context.structure) {
    const id = STRUCTURE_EXCLUSIONS[span.kind];
    if (id) return id;
  }
  for (const rule of NOT_FIGURE_RULES) if (rule.holds(context)) return rule.id;
  return null;
}
