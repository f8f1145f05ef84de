import type { DocumentModel } from '../document-model.ts';
import { FRACTION_DENOMINATORS, MONEY_SCALE_SUFFIXES, MONEY_SCALE_WORDS, MULTIPLIER_WORDS, NUMBER_WORDS, SCALE_WORDS, VAGUE_QUANTITIES } from '../lexicon/numbers.data.ts';
import { CURRENCY_WORDS } from '../lexicon/units.data.ts';
import type { Token } from '../tokens.ts';
import { digitValue } from './digit-values.ts';
import { type DecimalConvention, decimalConvention } from './number-conventions.ts';
import { NUMBERS, type NumberSpan } from './number-span.ts';
import { ageAround, extendRange, extendWrittenTwice, sentenceLength } from './number-phrases.ts';
import { currencyBefore, unitAfter } from './number-units.ts';
import { readFraction, readWordNumber, smallNumber } from './word-numbers.ts';

/** Cheap test before tokenising: a sentence without a digit or a number word has no number. */
const MAY_HOLD_NUMBER = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|several|dozen|tens|twice|double|doubl|tripl|quadrupl|fold)|half|third|quarter|fifth|tenth/i;

/**
 * The number reader: every quantity of the document, however written, as one span of the `numbers`
 * layer. Decimal and thousands separators follow the document's own convention (number-conventions.ts).
 * A range ("between 10 and 15", "10-15") and a number written twice ("thirty (30) days") are one span.
 */
export function readNumbers(model: DocumentModel): void {
  if (model.has(NUMBERS)) return;
  const convention = decimalConvention(model.text);
  const spans: NumberSpan[] = [];
  for (const [index, sentence] of model.sentences.entries()) {
    if (!MAY_HOLD_NUMBER.test(sentence.text)) continue;
    const tokens = model.tokens(index);
    for (const quantity of readSentence(tokens, convention)) {
      spans.push({ ...quantity, sentence: index, start: tokens[quantity.first]!.start, end: tokens[quantity.last]!.end });
    }
  }
  model.add(NUMBERS, spans);
}

/** A quantity before it is placed in the document: token indices only. */
export type Quantity = Omit<NumberSpan, 'start' | 'end' | 'sentence'> & { readonly scale: number };

/** Reads the quantities of one sentence's tokens, left to right, never overlapping. */
export function readSentence(tokens: readonly Token[], convention: DecimalConvention = 'english'): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartQuantity(tokens[i]!)) continue;
    let quantity = multiplierAt(tokens, i) ?? fractionAt(tokens, i) ?? sentenceLength(tokens, i, smallNumber) ?? quantityAt(tokens, i, convention);
    if (!quantity) continue;
    quantity = extendWrittenTwice(tokens, quantity, (at) => quantityAt(tokens, at, convention));
    quantity = extendRange(tokens, quantity, (at) => quantityAt(tokens, at, convention));
    found.push(quantity);
    i = quantity.last;
  }
  return shareUnitsBackwards(tokens, found);
}

/**
 * "children who were six and eight years old", "5 or 6 kg": a number coordinated with the next one shares the
 * unit written after that one (a range, "between 10 and 15 kg", was read as one quantity before). Not an amount of
 * money, whose scale the first number may not share ("2 and 3 million euros" is read as written).
 */
function shareUnitsBackwards(tokens: readonly Token[], found: Quantity[]): Quantity[] {
  for (let k = found.length - 2; k >= 0; k--) {
    const q = found[k]!;
    const next = found[k + 1]!;
    if (q.unit !== 'count' || next.unit === 'count' || /^[A-Z]{3}$/.test(next.unit) || next.scale !== 1 || q.scale !== 1) continue;
    if (next.first !== q.last + 2 || !/^(?:and|or)$/.test(lower(tokens[q.last + 1]))) continue;
    found[k] = { ...q, unit: next.unit, subjectFrom: next.subjectFrom, ...(next.age ? { age: true as const } : {}) };
  }
  return found;
}

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

/** Words a quantity can start with; any other word is passed over without reading further. */
const STARTERS = new Set([...Object.keys(NUMBER_WORDS), 'one', ...Object.keys(VAGUE_QUANTITIES), ...Object.keys(MULTIPLIER_WORDS), ...Object.keys(FRACTION_DENOMINATORS), 'a', 'an']);
const GLUED_FRACTION = /^(?:one|two|three|four|nine)(?:half|third|quarter|fifth|tenth)/;
function mayStartQuantity(token: Token): boolean {
  if (token.kind === 'number') return true;
  if (token.kind !== 'word') return false;
  const word = token.text.toLowerCase();
  if (STARTERS.has(word)) return true;
  const dash = word.search(/[-‐]/);
  if (dash > 0) return STARTERS.has(word.slice(0, dash));
  return word.length > 6 && GLUED_FRACTION.test(word);
}

/** A number in digits or words, or a vague quantity, with its scale, currency or unit. */
export function quantityAt(tokens: readonly Token[], i: number, convention: DecimalConvention): Quantity | null {
  const token = tokens[i];
  if (!token) return null;
  const wordAge = token.kind === 'word' ? /^(.+)[-‐](year|month|week|day)s?[-‐]old$/.exec(lower(token)) : null;
  if (wordAge && smallNumber(wordAge[1]!) !== undefined) {
    return { value: smallNumber(wordAge[1]!)!, unit: wordAge[2]!, form: 'words', first: i, last: i, numberAt: i, subjectFrom: i + 1, scale: 1, age: true, rule: 'figure.words.age' };
  }
  let value = 0;
  let form: Quantity['form'];
  let j = i;
  let scale = 1;
  let scaled = false;
  if (token.kind === 'number') {
    form = 'digits';
  } else if (VAGUE_QUANTITIES[lower(token)] !== undefined && vagueIsQuantity(tokens, i)) {
    value = VAGUE_QUANTITIES[lower(token)]!;
    form = 'vague';
  } else {
    const words = readWordNumber(tokens, i);
    if (!words) return null;
    ({ value, scaled } = words);
    j = words.last;
    form = 'words';
  }
  const currency = currencyBefore(tokens, i);
  // "€3.2m", "EUR 2bn": a scale glued to an amount of money.
  const glued = tokens[j + 1];
  if (form === 'digits' && glued?.kind === 'word' && glued.start === token.end && MONEY_SCALE_SUFFIXES[lower(glued)] !== undefined
    && (currency || /^(?:bn|mln|mn)$/.test(lower(glued)) || unitAfter(tokens, j + 1)?.kind === 'currency')) {
    scale = MONEY_SCALE_SUFFIXES[lower(glued)]!;
    j += 1;
  } else if (form === 'digits' && currency && MONEY_SCALE_WORDS[lower(glued)] !== undefined) {
    // "EUR 1.2 mil": an abbreviation that is a scale only after an amount of money.
    scale = MONEY_SCALE_WORDS[lower(glued)]!;
    j += 1;
    if (tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === tokens[j]!.end && /^\p{Ll}|^[,;)]/u.test(tokens[j + 2]?.text ?? ',')) j += 1;
  }
  // Scale words: "5 million", "1.2 bn", "hundreds of millions", "several thousand".
  for (;;) {
    const next = lower(tokens[j + 1]);
    const afterOf = next === 'of' ? lower(tokens[j + 2]) : '';
    if (SCALE_WORDS[next] !== undefined && !(form === 'words' && next === 'hundred')) {
      scale *= SCALE_WORDS[next]!;
      j += 1;
    } else if (form === 'vague' && VAGUE_QUANTITIES[afterOf] !== undefined && SCALE_WORDS[afterOf] !== undefined) {
      scale *= SCALE_WORDS[afterOf]!;
      j += 2;
    } else break;
  }
  if (scale !== 1) scaled = true;

  let first = i;
  let unit = 'count';
  let rule = `figure.${form}`;
  if (currency) {
    unit = currency.unit;
    first = currency.first;
    rule = `figure.${form}.currency-before`;
  }
  let subjectFrom = j + 1;
  // "hundreds of kilos of amphetamine", "dozens of tonnes": a vague quantity of a unit.
  const after = unit === 'count' ? (unitAfter(tokens, j) ?? (form === 'vague' && lower(tokens[j + 1]) === 'of' ? unitAfter(tokens, j + 1) : null)) : null;
  if (after) {
    unit = after.unit;
    j = after.last;
    rule = `figure.${form}.${after.kind === 'currency' ? 'currency-after' : 'unit'}`;
    subjectFrom = j + 1;
  }
  if (unit !== 'count' && lower(tokens[j + 1]) === 'of') subjectFrom = j + 2;
  if (form === 'digits') {
    const read = digitValue(token.text, convention, unit === 'count' && scale === 1);
    if (read === null) return null;
    value = read;
  }
  const quantity: Quantity = { value: roundNoise(value * scale), unit, form, first, last: j, numberAt: i, subjectFrom, scale, rule, ...(scaled ? { scaled: true as const } : {}), ...(form === 'vague' ? { bound: 'at_least' as const } : {}) };
  return ageAround(tokens, quantity);
}

/** "hundreds of", "several million", "dozens of": a vague word quantifies before a scale, a currency or (not "several") "of". */
function vagueIsQuantity(tokens: readonly Token[], i: number): boolean {
  const next = lower(tokens[i + 1]);
  return SCALE_WORDS[next] !== undefined || CURRENCY_WORDS[next] !== undefined || (next === 'of' && lower(tokens[i]) !== 'several');
}

/** "three times as many", "more than tripling", "almost double the damages". */
function multiplierAt(tokens: readonly Token[], i: number): Quantity | null {
  const word = lower(tokens[i]);
  if (MULTIPLIER_WORDS[word] !== undefined) {
    return { value: MULTIPLIER_WORDS[word]!, unit: 'multiplier', form: 'multiplier', first: i, last: i, numberAt: i, subjectFrom: i + 1, scale: 1, rule: 'figure.multiplier.word' };
  }
  // "rose three-fold", "a 10-fold increase": a number joined to "fold" multiplies.
  const fold = /^([a-z]+|\d+)-?fold$/.exec(word);
  const times = fold ? (/^\d+$/.test(fold[1]!) ? Number(fold[1]) : smallNumber(fold[1]!)) : undefined;
  if (times !== undefined && times > 1) {
    return { value: times, unit: 'multiplier', form: 'multiplier', first: i, last: i, numberAt: i, subjectFrom: i + 1, scale: 1, rule: 'figure.multiplier.word' };
  }
  // "an almost 50-fold increase": the digits, a hyphen and "fold" are three tokens.
  if (tokens[i]?.kind === 'number' && tokens[i + 1]?.text === '-' && lower(tokens[i + 2]) === 'fold' && tokens[i]!.end === tokens[i + 1]!.start && tokens[i + 1]!.end === tokens[i + 2]!.start && Number(tokens[i]!.text) > 1) {
    return { value: Number(tokens[i]!.text), unit: 'multiplier', form: 'multiplier', first: i, last: i + 2, numberAt: i, subjectFrom: i + 3, scale: 1, rule: 'figure.multiplier.word' };
  }
  const value = tokens[i]?.kind === 'number' ? Number(tokens[i]!.text) : smallNumber(word);
  // "an increase of almost 50 times", "seizures rose three times": a change told as a multiple.
  let b = i - 1;
  while (b >= 0 && /^(?:almost|nearly|about|around|some|over|roughly|approximately|by|of|more|than|up|to)$/.test(lower(tokens[b]))) b--;
  const afterChange = /^(?:increase|increased|increases|rise|rose|risen|grew|grown|growth|multiplied|jumped|surged|higher|more)$/.test(lower(tokens[b]));
  if (value !== undefined && value > 1 && lower(tokens[i + 1]) === 'times' && (afterChange || /^(?:as|more|higher|larger|greater|bigger|the|that|than)$/.test(lower(tokens[i + 2])))) {
    return { value, unit: 'multiplier', form: 'multiplier', first: i, last: i + 1, numberAt: i, subjectFrom: i + 2, scale: 1, rule: 'figure.multiplier.times' };
  }
  return null;
}

function fractionAt(tokens: readonly Token[], i: number): Quantity | null {
  const fraction = readFraction(tokens, i);
  if (!fraction) return null;
  return { value: fraction.value, unit: 'percent', form: 'fraction', first: i, last: fraction.last, numberAt: i, subjectFrom: fraction.last + 1, scale: 1, rule: 'figure.fraction' };
}

/** Floating-point noise from scaling decimals: 1.2 × 1e9 = 1200000000.0000002. */
const roundNoise = (value: number) => Math.round(value * 1e6) / 1e6;
