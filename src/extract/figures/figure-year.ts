import { monthNumber } from '../../nlp/lexicon/months.data.ts';
import type { Token } from '../../nlp/tokens.ts';
import { isParticiple, lower } from './word-classes.ts';

/**
 * The year a sentence places its figures in: "In 2024 alone, …", "… were adopted in 2025", "on 9
 * November 2023", "As of November 2025". Not: a comparison ("as in 2023", "than in 2022", "compared
 * to 2023"), a span ("between 2018 and 2021", "since 2002"), nor the date of a document a noun
 * names ("the communication of 18 October 2023"). A year that opens the sentence frames all of it;
 * otherwise the sentence must name one year only.
 */
const isMonth = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text) && monthNumber(token.text) !== undefined;
const PLACES_IN_YEAR = /^(?:in|during|for|throughout)$/;
const PERIODS = /^(?:quarter|half|end|beginning|start|course|spring|summer|autumn|winter|months|weeks)$/;
const RELATIVE_YEARS: Readonly<Record<string, number>> = { last: -1, this: 0 };
const DOCUMENT_NOUNS = /^(?:report|reports|budget|budgets|plan|programme|program|strategy|accounts|review)$/;
const WORK_OF_YEAR = /^(?:activities|activity|results|work|figures|statistics|operations|achievements|casework)$/;
const COMPARES = /^(?:than|as|compared|with|to|over|since|from|until|till|between|by|before|after)$/;

export function yearOfSentence(tokens: readonly Token[], documentYear: number | null = null): number | null {
  const years: { year: number; opens: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "Police seized 2 tonnes; the investigation began in 2021": after a semicolon, another statement.
    if (token.text === ';' && years.length === 0) break;
    // "last year", "this year": resolved against the document's own date, when it has one.
    // "in the last year" is the past twelve months, no calendar year.
    const relative = documentYear === null || lower(tokens[i + 1]) !== 'year' || /^(?:'s|’s)$/.test(tokens[i + 2]?.text ?? '') || lower(tokens[i - 1]) === 'the' ? undefined : RELATIVE_YEARS[lower(token)];
    if (relative !== undefined && !COMPARES.test(lower(tokens[i - 1]))) {
      years.push({ year: documentYear! + relative, opens: isOpening(tokens, /^(?:in|during|over)$/.test(lower(tokens[i - 1])) ? i - 1 : i) });
      continue;
    }
    if (token.kind !== 'number' || !/^(?:19|20)\d\d$/.test(token.text)) continue;
    // A span of years places the figures in no one year.
    if (/^(?:-|–|\/)$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.kind === 'number') return null;
    if (lower(tokens[i - 1]) === 'and' && lower(tokens[i - 3]) === 'between') return null;
    const before = yearIntroduction(tokens, i);
    if (before < 0) continue;
    years.push({ year: Number(token.text), opens: isOpening(tokens, before) });
    // "in 2024 and 2025": both years, so no one year.
    if (/^(?:and|or)$/.test(lower(tokens[i + 1])) && /^(?:19|20)\d\d$/.test(tokens[i + 2]?.text ?? '')) years.push({ year: Number(tokens[i + 2]!.text), opens: false });
  }
  const opening = years.find((y) => y.opens);
  if (opening) return opening.year;
  const distinct = new Set(years.map((y) => y.year));
  return distinct.size === 1 ? years[0]!.year : null;
}

/**
 * The year of each figure in a sentence of several clauses: "13 people were arrested in Spain, six in France,
 * while 14 people were detained in 2021 in the Netherlands" dates only the clause after "while". A year that
 * opens the sentence frames every clause; a sentence of one clause is read whole.
 */
export function yearsOfClauses(tokens: readonly Token[], documentYear: number | null = null): (at: number) => number | null {
  const whole = yearOfSentence(tokens, documentYear);
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    if (/^(?:while|whereas|but)$/.test(lower(tokens[i])) && tokens[i - 1]!.text === ',') starts.push(i);
  }
  if (starts.length === 1 || whole === null) return () => whole;
  const first = yearOfSentence(tokens.slice(0, starts[1]), documentYear);
  // "In 2024, police arrested 12 suspects, while 3 were released": the opening year frames the sentence.
  if (first !== null && tokens.slice(0, starts[1]).some((t, i) => /^(?:19|20)\d\d$/.test(t.text) && i <= 3)) return () => whole;
  // A clause's own year dates it; a year said earlier carries on into later clauses, never back.
  const years: (number | null)[] = [];
  for (const [c, start] of starts.entries()) years.push(yearOfSentence(tokens.slice(start, starts[c + 1] ?? tokens.length), documentYear) ?? years[c - 1] ?? null);
  // The clause holding `at`, by binary search: a long sentence of many clauses and figures stays linear enough.
  return (at) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return years[low] ?? null;
  };
}

/** Index of the word that places the year ("in" of "in 2024", "on" of "on 9 November 2023"), or -1. */
function yearIntroduction(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  // "9 November 2023", "November 2023": a date; "As of November 2025" places the figures too.
  if (isMonth(tokens[k])) {
    k--;
    // "on 29th of September 2022", "on the 2nd September 2022": an ordinal day.
    const ordinal = /^(?:st|nd|rd|th)$/.test(lower(tokens[k])) ? k : lower(tokens[k]) === 'of' && /^(?:st|nd|rd|th)$/.test(lower(tokens[k - 1])) ? k - 1 : -1;
    if (ordinal > 0 && tokens[ordinal - 1]?.kind === 'number' && tokens[ordinal - 1]!.end === tokens[ordinal]!.start) k = ordinal - 1;
    if (tokens[k]?.kind === 'number') k--;
    if (lower(tokens[k]) === 'the' && ordinal > 0) k--;
    // "Between 8 and 15 May 2023", "from 3 to 9 June", "between September – November 2019": a span of days or
    // months within the year places the statement in it.
    if (/^(?:and|to|-|–|—)$/.test(lower(tokens[k])) && (tokens[k - 1]?.kind === 'number' || isMonth(tokens[k - 1]))) {
      let s = k - 1;
      if (isMonth(tokens[s]) && tokens[s - 1]?.kind === 'number') s--;
      if (tokens[s]?.kind === 'number' && isMonth(tokens[s - 1])) s--;
      const opener = lower(tokens[s - 1]);
      if (opener === 'between' || opener === 'from') return inAside(tokens, s - 1) ? -1 : s - 1;
      if (s === 0) return 0;
      return -1;
    }
    const word = lower(tokens[k]);
    if (word === 'of') return lower(tokens[k - 1]) === 'as' ? k - 1 : -1;
    if (word === 'on' || word === 'in') return inAside(tokens, k) ? -1 : k;
    return k < 0 ? 0 : -1;
  }
  // "for the year 2024", "in the year 2023": the word naming the year is left out.
  if (lower(tokens[k]) === 'year' && lower(tokens[k - 1]) === 'the') k -= 2;
  // "in the second quarter of 2023", "by the end of 2024": a period of the year.
  if (lower(tokens[k]) === 'of' && PERIODS.test(lower(tokens[k - 1]))) return k - 1;
  // "the main conclusions on the activities of 2015:": the work of a year is what the statement is about.
  if (lower(tokens[k]) === 'of' && WORK_OF_YEAR.test(lower(tokens[k - 1]))) return k - 1;
  if (!PLACES_IN_YEAR.test(lower(tokens[k]))) return -1;
  // "Eurojust, founded in 2002, now has 27 members", "The suspects, arrested in March 2024, face …": an aside
  // dates what its own participle tells, not the clause's figures.
  if (inAside(tokens, k)) return -1;
  // "the annual report for 2022", "the budget for 2025": the period of a document a noun names.
  if (lower(tokens[k]) === 'for' && DOCUMENT_NOUNS.test(lower(tokens[k - 1]))) return -1;
  if (COMPARES.test(lower(tokens[k - 1]))) return -1;
  // "2666 investigations compared to 1927 in 2023", "(up from 206 in 2022)": the year of the figure compared
  // with, which yearRightAfter gives that figure; not the statement's.
  if ((tokens[k - 1]?.kind === 'number' || /^(?:million|billion|thousand|%)$/.test(lower(tokens[k - 1]))) && comparedFigure(tokens, k - 1)) return -1;
  return k;
}

/** The number ending at `last` is one a statement is compared with: "compared to 1 927", "up from €19.2 billion". */
function comparedFigure(tokens: readonly Token[], last: number): boolean {
  let k = last;
  while (k > 0 && k > last - 6 && !/^(?:to|with|from|than|against)$/.test(lower(tokens[k]))) k--;
  const word = lower(tokens[k]);
  const before = lower(tokens[k - 1]);
  return word === 'than' || word === 'against' || ((word === 'to' || word === 'with') && before === 'compared') || (word === 'from' && /^(?:up|down|rising|falling|increase|decrease|rise|drop)$/.test(before));
}

/** "…, founded in 2002, …": the word placing the year follows an aside's participle. */
const inAside = (tokens: readonly Token[], k: number) => isParticiple(lower(tokens[k - 1])) && tokens[k - 2]?.text === ',';

/** The year's phrase opens the sentence: "In 2024, …", "On 9 November 2023, …", "• In 2019 …". */
function isOpening(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) if (tokens[k]!.kind !== 'punctuation') return false;
  return true;
}

/** "1,234 requests in 2023, up from 987 in 2022": a year written right after one figure is that figure's. */
export function yearRightAfter(tokens: readonly Token[], last: number): number | null {
  const year = tokens[last + 2];
  if (lower(tokens[last + 1]) !== 'in' || year?.kind !== 'number' || !/^(?:19|20)\d\d$/.test(year.text)) return null;
  // "in 2024 and 2025", "in 2019-2021": two years or a span date no one figure; "292 cases in 2015 and 315 in 2016" does.
  return /^(?:and|or|-|–|\/)$/.test(lower(tokens[last + 3])) && /^(?:19|20)\d\d$/.test(tokens[last + 4]?.text ?? '') ? null : Number(year.text);
}

