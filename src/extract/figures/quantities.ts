import { FRACTION_WORDS, MULTIPLIER_WORDS, NUMBER_WORDS, SCALE_WORDS, VAGUE_QUANTITIES } from '../../nlp/lexicon/numbers.data.ts';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, isCurrencyCode, UNIT_WORDS } from '../../nlp/lexicon/units.data.ts';
import { numberValue, type Token } from '../../nlp/tokens.ts';

/**
 * A quantity read from tokens: its value, unit and the token span it covers, before any decision on
 * whether it is a figure. `numberAt` is the token holding the number itself, for exclusion rules.
 */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  /** Token index range [first, last] covered, currency and unit included. */
  readonly first: number;
  readonly last: number;
  readonly numberAt: number;
  readonly form: 'digits' | 'words' | 'vague' | 'multiplier';
  /** Index of the token after which the counted noun phrase starts ("kilos of [cocaine]"). */
  readonly subjectFrom: number;
  readonly rule: string;
}

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

/** Reads every quantity in a sentence's tokens, left to right, never overlapping. */
export function readQuantities(tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const quantity = multiplierAt(tokens, i) ?? fractionAt(tokens, i) ?? numberAt(tokens, i);
    if (quantity) {
      found.push(quantity);
      i = quantity.last;
    }
  }
  return found;
}

function numberAt(tokens: readonly Token[], i: number): Quantity | null {
  const token = tokens[i]!;
  let value: number;
  let form: Quantity['form'];
  let j = i;
  if (token.kind === 'number') {
    value = numberValue(token.text);
    form = 'digits';
  } else if (wordNumber(lower(token)) !== undefined) {
    value = wordNumber(lower(token))!;
    form = 'words';
  } else if (VAGUE_QUANTITIES[lower(token)] !== undefined && vagueIsQuantity(tokens, i)) {
    value = VAGUE_QUANTITIES[lower(token)]!;
    form = 'vague';
  } else return null;

  // Scale words: "5 million", "two hundred", "hundreds of millions", "several millions".
  for (;;) {
    const next = lower(tokens[j + 1]);
    const afterOf = lower(tokens[j + 1]) === 'of' ? lower(tokens[j + 2]) : '';
    if (SCALE_WORDS[next] !== undefined) {
      value *= SCALE_WORDS[next]!;
      j += 1;
    } else if (form === 'vague' && VAGUE_QUANTITIES[afterOf] !== undefined && SCALE_WORDS[afterOf] !== undefined) {
      value *= SCALE_WORDS[afterOf]!;
      j += 2;
    } else break;
  }

  let first = i;
  let unit = 'count';
  let rule = `figure.${form}`;
  const before = tokens[i - 1];
  const currencyBefore = currencyOf(before) ?? (lower(before) === '$' && lower(tokens[i - 2]) === 'us' ? 'USD' : undefined);
  if (currencyBefore) {
    unit = currencyBefore;
    first = i - 1;
    rule = `figure.${form}.currency-before`;
  }
  // Ages: "a 30-year-old man" is 30 years, about the man.
  const age = tokens[j + 1]?.text === '-' && /^(year|month|week|day)s?-old$/.exec(lower(tokens[j + 2]));
  if (age && unit === 'count') {
    return { value: roundNoise(value), unit: age[1]!, first, last: j + 2, numberAt: i, form, subjectFrom: j + 3, rule: `figure.${form}.age` };
  }
  let subjectFrom = j + 1;
  const next = tokens[j + 1];
  const nextWord = lower(next).replace(/['’]$/, '');
  const twoWords = `${nextWord} ${lower(tokens[j + 2])}`;
  if (unit === 'count') {
    // "millions euros", "5 000 euros", "EUR" written after the number.
    const currencyAfter = CURRENCY_WORDS[twoWords] ?? CURRENCY_WORDS[nextWord] ?? (next && isCurrencyCode(next.text) ? next.text : undefined);
    const ofCurrency = nextWord === 'of' ? CURRENCY_WORDS[lower(tokens[j + 2])] : undefined;
    if (currencyAfter) {
      unit = currencyAfter;
      j += CURRENCY_WORDS[twoWords] ? 2 : 1;
      rule = `figure.${form}.currency-after`;
    } else if (ofCurrency) {
      unit = ofCurrency;
      j += 2;
      rule = `figure.${form}.currency-after`;
    } else if (nextWord === 'per' && lower(tokens[j + 2]) === 'cent') {
      unit = 'percent';
      j += 2;
    } else if (UNIT_WORDS[nextWord] !== undefined || (next?.kind === 'symbol' && next.text === '%')) {
      unit = UNIT_WORDS[nextWord] ?? 'percent';
      j += 1;
      rule = `figure.${form}.unit`;
    }
    subjectFrom = j + 1;
    if (unit !== 'count' && lower(tokens[j + 1]) === 'of') subjectFrom = j + 2;
  }
  return { value: roundNoise(value), unit, first, last: j, numberAt: i, form, subjectFrom, rule };
}

/** "several" or "hundreds" only quantify when a scale, "of", a currency or a plural noun follows. */
function vagueIsQuantity(tokens: readonly Token[], i: number): boolean {
  const next = lower(tokens[i + 1]);
  return SCALE_WORDS[next] !== undefined || next === 'of' || CURRENCY_WORDS[next] !== undefined;
}

/** "three times as many", "more than tripling", "almost double the damages". */
function multiplierAt(tokens: readonly Token[], i: number): Quantity | null {
  const word = lower(tokens[i]);
  if (MULTIPLIER_WORDS[word] !== undefined) {
    return { value: MULTIPLIER_WORDS[word]!, unit: 'multiplier', first: i, last: i, numberAt: i, form: 'multiplier', subjectFrom: i + 1, rule: 'figure.multiplier.word' };
  }
  const value = tokens[i]?.kind === 'number' ? numberValue(tokens[i]!.text) : wordNumber(word);
  if (value !== undefined && lower(tokens[i + 1]) === 'times' && /^(?:as|more|higher|larger|greater|bigger|the|that|than)$/.test(lower(tokens[i + 2]))) {
    return { value, unit: 'multiplier', first: i, last: i + 1, numberAt: i, form: 'multiplier', subjectFrom: i + 2, rule: 'figure.multiplier.times' };
  }
  return null;
}

/**
 * "by one-third", "over half of which", "a quarter of the cases": a fraction as a percentage. A bare
 * "third" or "half" counts only after "a"/"one"/"by"/"over"/"than"/"almost"/"nearly" ("the third
 * country" is an ordinal).
 */
function fractionAt(tokens: readonly Token[], i: number): Quantity | null {
  const word = lower(tokens[i]);
  const value = FRACTION_WORDS[word];
  if (value === undefined) return null;
  const before = lower(tokens[i - 1]);
  if (!word.includes('-') && !/^(?:a|one|by|over|than|almost|nearly|about|around|some)$/.test(before)) return null;
  if ((word === 'third' || word === 'fifth' || word === 'quarter') && before !== 'a' && before !== 'one') return null;
  return { value, unit: 'percent', first: i, last: i, numberAt: i, form: 'words', subjectFrom: i + 1, rule: 'figure.fraction' };
}

/** "seven", "Fifty-four", "twenty one". */
export function wordNumber(word: string): number | undefined {
  if (NUMBER_WORDS[word] !== undefined) return NUMBER_WORDS[word];
  const [tens, units] = word.split(/[-‐]/);
  if (units !== undefined && NUMBER_WORDS[tens!] !== undefined && NUMBER_WORDS[tens!]! >= 20 && NUMBER_WORDS[units]! < 10) {
    return NUMBER_WORDS[tens!]! + NUMBER_WORDS[units]!;
  }
  return undefined;
}

function currencyOf(token: Token | undefined): string | undefined {
  if (!token) return undefined;
  if (token.kind === 'symbol') return CURRENCY_SYMBOLS[token.text];
  return isCurrencyCode(token.text) ? token.text : undefined;
}

/** Floating-point noise from scaling decimals: 1.2 × 1e9 = 1200000000.0000002. */
const roundNoise = (value: number) => Math.round(value * 1e6) / 1e6;
