import type { Token } from '../tokens.ts';
import type { Quantity } from './number-reader.ts';
import { unitAfter } from './number-units.ts';

/**
 * Phrases a number makes with the words around it, each still one quantity: ages ("a 30-year-old",
 * "aged 35", "under the age of 24", "40 years old"), a number written twice ("thirty (30) days"),
 * and ranges ("between 10 and 15 suspects", "10 to 15", "10-15", "EUR 2 to 3 million").
 */
const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
type Read = (at: number) => Quantity | null;

const BETWEEN_AGED_AND_NUMBER = /^(?:over|under|above|below|between|about|around|approximately|at|least|less|more|than|up|to|from|some|nearly|almost)$/;

const SENTENCE_NOUNS = /^(?:sentence|sentences|prison|jail|imprisonment|term|terms|ban|bans|custodial|suspended)$/;

/**
 * "a 12-year prison sentence", "a seven-year sentence": a duration written as an adjective is the
 * reported quantity when it measures a sentence (other such adjectives frame: "a four-year cycle").
 */
export function sentenceLength(tokens: readonly Token[], i: number, read: (word: string) => number | undefined): Quantity | null {
  const token = tokens[i]!;
  const unitWord = /^(year|month|week|day)s?$/;
  let value: number | undefined;
  let unit: string | undefined;
  let last = i;
  if (token.kind === 'number' && tokens[i + 1]?.text === '-' && unitWord.test(lower(tokens[i + 2]))) {
    value = Number(token.text);
    unit = unitWord.exec(lower(tokens[i + 2]))![1];
    last = i + 2;
  } else if (token.kind === 'word') {
    const written = /^(.+)[-‐](year|month|week|day)s?$/.exec(lower(token));
    if (written) [value, unit] = [read(written[1]!), written[2]];
  }
  if (value === undefined || unit === undefined || !Number.isFinite(value) || !SENTENCE_NOUNS.test(lower(tokens[last + 1]))) return null;
  return { value, unit, form: token.kind === 'number' ? 'digits' : 'words', first: i, last, numberAt: i, subjectFrom: last + 1, scale: 1, rule: `figure.${token.kind === 'number' ? 'digits' : 'words'}.sentence-length` };
}

export function ageAround(tokens: readonly Token[], q: Quantity): Quantity {
  if (q.unit !== 'count' && q.unit !== 'year') return q;
  // "a 30-year-old man"
  if (q.unit === 'count' && tokens[q.last + 1]?.text === '-' && /^(year|month|week|day)s?-old$/.test(lower(tokens[q.last + 2]))) {
    const unit = /^(year|month|week|day)/.exec(lower(tokens[q.last + 2]))![1]!;
    return { ...q, unit, last: q.last + 2, subjectFrom: q.last + 3, age: true, rule: `${q.rule}.age` };
  }
  // "a 29 year-old man": the hyphen after the unit only.
  if (q.unit === 'count' && /^(year|month|week|day)s?-old$/.test(lower(tokens[q.last + 1]))) {
    const unit = /^(year|month|week|day)/.exec(lower(tokens[q.last + 1]))![1]!;
    return { ...q, unit, last: q.last + 1, subjectFrom: q.last + 2, age: true, rule: `${q.rule}.age` };
  }
  // "40 years old", "16 years of age"
  if (q.unit === 'year' && lower(tokens[q.last + 1]) === 'old') return { ...q, last: q.last + 1, subjectFrom: q.last + 2, age: true, rule: `${q.rule}.age` };
  if (q.unit === 'year' && lower(tokens[q.last + 1]) === 'of' && lower(tokens[q.last + 2]) === 'age') return { ...q, last: q.last + 2, subjectFrom: q.last + 3, age: true, rule: `${q.rule}.age` };
  if (q.unit !== 'count') return q;
  // "under the age of 24": the quantity starts at "the age of", so the words before it qualify it.
  if (lower(tokens[q.first - 1]) === 'of' && /^ages?$/.test(lower(tokens[q.first - 2]))) {
    const first = lower(tokens[q.first - 3]) === 'the' ? q.first - 3 : q.first - 2;
    return { ...q, unit: 'year', first, age: true, rule: `${q.rule}.age` };
  }
  // "Jan Novak, 45, was arrested": a small number set off by commas right after a name is the person's age.
  if (q.form === 'digits' && q.scale === 1 && q.value >= 12 && q.value <= 110 && Number.isInteger(q.value) && tokens[q.first - 1]?.text === ',' && tokens[q.last + 1]?.text === ','
    && NAME_WORD.test(tokens[q.first - 2]?.text ?? '') && NAME_WORD.test(tokens[q.first - 3]?.text ?? '')) {
    return { ...q, unit: 'year', age: true, rule: `${q.rule}.age` };
  }
  // "aged 35", "aged over 60", "aged between 18 and 25", "aged 19 and 23"
  const next = tokens[q.last + 1];
  // "aged 39 and 48 were detained": the last age of a list may be followed by the clause's verb.
  const alone = next === undefined || next.kind === 'punctuation' || /^(?:and|or|years?|were|was|are|is|have|had|has)$/.test(lower(next));
  for (let k = q.first - 1; k >= Math.max(0, q.first - 5); k--) {
    if (lower(tokens[k]) === 'aged') return { ...q, unit: 'year', age: true, rule: `${q.rule}.age` };
    const listed = alone && (tokens[k]!.kind === 'number' || /^(?:and|or|,)$/.test(lower(tokens[k])));
    if (!BETWEEN_AGED_AND_NUMBER.test(lower(tokens[k])) && !listed) break;
  }
  return q;
}

/** "thirty (30) days", "30 (thirty) days", "EUR 500 (five hundred euros)": one quantity. */
/** A capitalised word of a name, double-barrelled too ("Fornell-Mestres"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

export function extendWrittenTwice(tokens: readonly Token[], q: Quantity, read: Read): Quantity {
  // "two out of every five irregular crossings (41%)": the percentage after what the proportion counts.
  if (q.form === 'fraction' && tokens[q.last + 1]?.text !== '(') {
    let k = q.last + 1;
    while (k <= q.last + 5 && tokens[k]?.kind === 'word') k++;
    const again = k > q.last + 1 && tokens[k]?.text === '(' ? read(k + 1) : null;
    if (!again || again.unit !== 'percent' || Math.abs(again.value - q.value) > 2.5 || tokens[again.last + 1]?.text !== ')') return q;
    return { ...q, value: again.value, last: again.last + 1, subjectFrom: q.last + 1, rule: `${q.rule}.written-twice` };
  }
  if (tokens[q.last + 1]?.text !== '(' || q.form === 'multiplier') return q;
  const again = read(q.last + 2);
  // "two-fifths (39%)", "a third (33 %)": a fraction and the percentage it rounds are one proportion, the precise one.
  if (q.form === 'fraction') {
    if (!again || again.unit !== 'percent' || Math.abs(again.value - q.value) > 2.5 || tokens[again.last + 1]?.text !== ')') return q;
    return { ...q, value: again.value, last: again.last + 1, subjectFrom: again.last + 2, rule: `${q.rule}.written-twice` };
  }
  if (!again || again.value !== q.value || tokens[again.last + 1]?.text !== ')') return q;
  const close = again.last + 1;
  const unit = q.unit !== 'count' ? { unit: q.unit, last: close } : again.unit !== 'count' ? { unit: again.unit, last: close } : (unitAfter(tokens, close) ?? { unit: 'count', last: close });
  const subjectFrom = lower(tokens[unit.last + 1]) === 'of' && unit.unit !== 'count' ? unit.last + 2 : unit.last + 1;
  return { ...q, unit: unit.unit, last: unit.last, subjectFrom, rule: `${q.rule}.written-twice` };
}

/** Days in a unit of time, to compare the bounds of a range written in two units. */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };
const CHANGE_VERBS = /^(?:increased?|increases|rose|rise|risen|rising|grew|grown|grow|went|gone|fell|fallen|decreased?|dropped|declined|climbed|jumped|surged|up|down|moved|changed|reduced)$/;
const YEAR_LIKE = (q: Quantity, tokens: readonly Token[]) => q.form === 'digits' && q.unit === 'count' && q.scale === 1 && /^(?:1[89]|20)\d\d$/.test(tokens[q.numberAt]!.text);

/**
 * A range is one quantity, its lower bound, at_least: "between 10 and 15", "10 to 15 suspects",
 * "10-15", "two to seven countries", "EUR 2 to 3 million" (the scale and unit of the upper bound
 * apply to the lower one). Not ranges: year spans ("2019-2022"), a change ("rose from 10 to 15"), a
 * score ("by 594 votes to 27": the second is not larger).
 */
export function extendRange(tokens: readonly Token[], q: Quantity, read: Read): Quantity {
  if (q.form !== 'digits' && q.form !== 'words') return q;
  const connector = lower(tokens[q.last + 1]);
  const between = lower(tokens[q.first - 1]) === 'between';
  if (!(/^(?:to|-|–|—)$/.test(connector) || (connector === 'and' && between))) return q;
  if (lower(tokens[q.first - 1]) === 'from' && CHANGE_VERBS.test(lower(tokens[q.first - 2]))) return q;
  // "between EUR 3 000 and EUR 5 000", "from €4,000 to €6,000": the upper bound repeats the currency.
  const repeated = read(q.last + 3);
  const upper = repeated?.first === q.last + 2 && repeated.unit === q.unit ? repeated : read(q.last + 2);
  if (!upper || (upper.form !== 'digits' && upper.form !== 'words') || YEAR_LIKE(q, tokens) || YEAR_LIKE(upper, tokens)) return q;
  // "10 to 15 kg", "EUR 2 to 3 million", "5% to 8%"; not "fell by 25% to 42 000".
  const currency = /^[A-Z]{3}$/.test(q.unit);
  // "prison terms ranging from 30 months to 11 years": two units of time, compared in days.
  const durations = DAYS_IN[q.unit] !== undefined && DAYS_IN[upper.unit] !== undefined && q.unit !== upper.unit;
  if (q.unit !== 'count' && q.unit !== upper.unit && !((currency || q.age) && upper.unit === 'count') && !durations) return q;
  // "EUR 2 to 3 million": the lower bound takes the upper bound's scale when it has none of its own.
  const value = q.scale === 1 && upper.scale > 1 && q.value < upper.scale ? q.value * upper.scale : q.value;
  // "sentences ranged from nine to four years", "between 10 and 5 years": a range written from its top is a range still,
  // where "between" or a verb of ranging says so; elsewhere a second number not larger is a score.
  const descending = !durations && upper.value < value && upper.scale === q.scale && (between || (lower(tokens[q.first - 1]) === 'from' && /^rang(?:e|es|ed|ing)$/.test(lower(tokens[q.first - 2]))));
  if (!descending && (durations ? !(upper.value * DAYS_IN[upper.unit]! > value * DAYS_IN[q.unit]!) : !(upper.value > value))) return q;
  const unit = q.unit !== 'count' ? q.unit : upper.unit;
  return {
    ...q, value: descending ? upper.value : value, unit, upper: descending ? value : upper.value, bound: 'at_least', first: between || lower(tokens[q.first - 1]) === 'from' ? q.first - 1 : q.first, last: upper.last,
    subjectFrom: upper.subjectFrom, rule: `${q.rule}.range`, ...(q.age || upper.age ? { age: true as const } : {}),
  };
}
