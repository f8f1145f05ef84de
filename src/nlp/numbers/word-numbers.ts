import { DOZEN, FRACTION_DENOMINATORS, NUMBER_WORDS, SCALE_WORDS } from '../lexicon/numbers.data.ts';
import type { Token } from '../tokens.ts';

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

/** "seven" → 7, "Twenty-one" → 21, "twenty‐five" → 25; anything else undefined. */
export function smallNumber(word: string): number | undefined {
  if (NUMBER_WORDS[word] !== undefined) return NUMBER_WORDS[word];
  const parts = word.split(/[-‐]/);
  if (parts.length !== 2) return undefined;
  const [tens, units] = [NUMBER_WORDS[parts[0]!], NUMBER_WORDS[parts[1]!]];
  return tens !== undefined && units !== undefined && tens >= 20 && tens % 10 === 0 && units < 10 ? tens + units : undefined;
}

const SCALE_AFTER_WORDS = new Set(['thousand', 'million', 'billion', 'trillion']);

/**
 * A number written in words, read as far as it goes: "two hundred and fifty", "one hundred and
 * twenty-three thousand", "twenty one", "a dozen", "two dozen", "half a million", "a hundred".
 * Returns null for "one" or "a" alone: neither is a figure.
 */
export function readWordNumber(tokens: readonly Token[], i: number): { value: number; last: number; scaled: boolean } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let last = -1;
  let scaled = false;
  let previous: 'small' | 'tens' | 'hundred' | 'scale' | 'none' = 'none';
  const first = lower(tokens[i]);
  // "a hundred", "a dozen", "half a million", "half a dozen".
  if (first === 'a' || first === 'an' || first === 'half') {
    const fraction = first === 'half' ? 0.5 : 1;
    const at = first === 'half' ? i + 2 : i + 1;
    if (first === 'half' && lower(tokens[i + 1]) !== 'a') return null;
    const word = lower(tokens[at]);
    if (word === 'dozen') return { value: fraction * DOZEN, last: at, scaled: false };
    if (word !== 'hundred' && !SCALE_AFTER_WORDS.has(word)) return null;
    current = fraction;
    j = at;
    previous = 'small';
  }
  const half = hyphenatedHalf(first);
  if (half !== undefined) return { value: half, last: i, scaled: false };
  for (; j < tokens.length; j++) {
    const word = lower(tokens[j]);
    const n = tokens[j]!.kind === 'word' ? smallNumber(word) : undefined;
    if (n !== undefined) {
      // "twenty one" is 21; "two three" is two numbers.
      if (previous === 'small' || (previous === 'tens' && (n >= 10 || current % 10 !== 0))) break;
      current += n;
      previous = n >= 20 && n % 10 === 0 ? 'tens' : 'small';
      last = j;
    } else if (word === 'hundred' && current > 0 && current < 100 && previous !== 'hundred') {
      current *= 100;
      previous = 'hundred';
      last = j;
      scaled = true;
    } else if (word === 'dozen' && current > 0 && previous !== 'scale') {
      current *= DOZEN;
      previous = 'scale';
      last = j;
    } else if (SCALE_AFTER_WORDS.has(word) && current > 0) {
      total += current * SCALE_WORDS[word]!;
      current = 0;
      previous = 'scale';
      last = j;
      scaled = true;
    } else if (word === 'and' && (previous === 'hundred' || previous === 'scale') && smallNumber(lower(tokens[j + 1])) !== undefined) {
      continue;
    } else break;
  }
  let value = total + current;
  if (last < 0 || value <= 1) return null;
  // "six and a half years", "ten-and-a-half years": a half added to a small number.
  if (total === 0 && lower(tokens[last + 1]) === 'and' && lower(tokens[last + 2]) === 'a' && lower(tokens[last + 3]) === 'half') {
    value += 0.5;
    last += 3;
  }
  return { value, last, scaled };
}

/** "ten-and-a-half": one token a hyphenated writing of a number and a half. */
export function hyphenatedHalf(word: string): number | undefined {
  const m = /^([a-z]+(?:[-‐][a-z]+)?)[-‐]and[-‐]a[-‐]half$/.exec(word);
  const whole = m ? smallNumber(m[1]!) : undefined;
  return whole === undefined ? undefined : whole + 0.5;
}

/**
 * A fraction as a percentage: "one-third", "two-thirds", "a third of", "two thirds", "over half of
 * which", "by half". A denominator followed by a noun is an ordinal ("a third country", "a third
 * party"), and "the first half of 2024" is a period: neither is read.
 */
const PROPORTION_WHOLES: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 10, 20, 100, 1000]);

export function readFraction(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const word = lower(tokens[i]);
  // "nine out of ten", "one in five": a proportion of small numbers.
  const part = tokens[i]?.kind === 'number' ? Number(tokens[i]!.text) : word === 'one' ? 1 : smallNumber(word);
  if (part !== undefined) {
    let outOf = lower(tokens[i + 1]) === 'out' && lower(tokens[i + 2]) === 'of' ? i + 3 : lower(tokens[i + 1]) === 'in' ? i + 2 : -1;
    // "two out of every five", "one in every ten".
    if (outOf > 0 && lower(tokens[outOf]) === 'every') outOf++;
    const whole = outOf < 0 ? undefined : tokens[outOf]?.kind === 'number' ? Number(tokens[outOf]!.text) : smallNumber(lower(tokens[outOf]));
    // Only over a round whole ("nine out of ten", "one in five"); "22 out of 27 member states" counts both.
    if (whole !== undefined && whole > part && PROPORTION_WHOLES.has(whole)) return { value: percent(part, whole), last: outOf };
  }
  // "one-third"; "onethird" when a PDF's line break took the hyphen away.
  const hyphenated = /^([a-z]+)[-‐]([a-z]+)$/.exec(word) ?? /^(one|two|three|four|nine)(half|thirds?|quarters?|fifths?|tenths?)$/.exec(word);
  if (hyphenated) {
    const [numerator, denominator] = [NUMBER_WORDS[hyphenated[1]!], FRACTION_DENOMINATORS[hyphenated[2]!]];
    if (numerator === undefined || denominator === undefined || numerator >= denominator) return null;
    return { value: percent(numerator, denominator), last: i };
  }
  const numerator = word === 'a' || word === 'an' ? 1 : NUMBER_WORDS[word];
  const denominator = FRACTION_DENOMINATORS[lower(tokens[i + 1])];
  if (numerator !== undefined && denominator !== undefined && numerator < denominator && (numerator === 1) === /[^s]$/.test(lower(tokens[i + 1]))) {
    // "Two suspects remain in custody, while a third was released": after a count of one less, "a third" is the next one.
    if (numerator === 1 && (word === 'a' || word === 'an') && countedBefore(tokens, i, denominator - 1)) return null;
    return standsAlone(tokens, i + 1) ? { value: percent(numerator, denominator), last: i + 1 } : null;
  }
  // A bare "half": "over half of which", "by half", "almost half of the cases".
  if (word === 'half' && !/^(?:the|first|second|a|one)$/.test(lower(tokens[i - 1])) && standsAlone(tokens, i)) return { value: 50, last: i };
  return null;
}

/** Whether the sentence counts `count` of something before `i` ("Two suspects …", "2 men …"): the ordinal after it goes on counting. */
function countedBefore(tokens: readonly Token[], i: number, count: number): boolean {
  for (let k = Math.max(0, i - 30); k < i; k++) {
    const token = tokens[k]!;
    if ((token.kind === 'number' && Number(token.text) === count) || (token.kind === 'word' && smallNumber(lower(token)) === count)) return true;
  }
  return false;
}

const FOLLOWS_A_FRACTION = /^(?:of|and|or|but|in|on|at|by|from|to|since|compared|while|than|as|were|was|are|is|have|has|had|will|would)$/;
function standsAlone(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined || next.kind === 'punctuation') return true;
  if (lower(next) === 'of' && /^(?:19|20)\d\d$/.test(tokens[at + 2]?.text ?? '')) return false;
  return next.kind === 'word' && FOLLOWS_A_FRACTION.test(lower(next));
}

const percent = (numerator: number, denominator: number) => Math.round((1000 * numerator) / denominator) / 10;
