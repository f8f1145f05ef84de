import { CURRENCY_OR_WEIGHT, CURRENCY_SYMBOLS, CURRENCY_WORDS, isCurrencyCode, UNIT_WORDS } from '../lexicon/units.data.ts';
import type { Token } from '../tokens.ts';

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

/** The currency written right before an amount: "EUR 5 million", "€350 000", "US$ 2 billion". */
export function currencyBefore(tokens: readonly Token[], i: number): { unit: string; first: number } | null {
  const before = tokens[i - 1];
  if (!before) return null;
  if (before.kind === 'symbol' && CURRENCY_SYMBOLS[before.text]) {
    return lower(tokens[i - 2]) === 'us' && before.text === '$' ? { unit: 'USD', first: i - 2 } : { unit: CURRENCY_SYMBOLS[before.text]!, first: i - 1 };
  }
  return before.kind === 'word' && isCurrencyCode(before.text) ? { unit: before.text, first: i - 1 } : null;
}

/**
 * The unit written after a number ending at token `j`: a currency ("40 million euros", "5 000 EUR",
 * "hundreds of millions of euros"), "%", "per cent", or a unit word ("kilos", "tonnes", "years").
 * Returns the unit and the last token it covers, or null for a plain count.
 */
export function unitAfter(tokens: readonly Token[], j: number): { unit: string; last: number; kind: 'currency' | 'unit' } | null {
  const next = tokens[j + 1];
  const word = lower(next).replace(/['’]$/, '');
  const twoWords = `${word} ${lower(tokens[j + 2])}`;
  if (CURRENCY_WORDS[twoWords]) return { unit: CURRENCY_WORDS[twoWords]!, last: j + 2, kind: 'currency' };
  // "20 pounds of cocaine": a weight, by its usual symbol.
  if (CURRENCY_OR_WEIGHT.has(word) && lower(tokens[j + 2]) === 'of') return { unit: 'lb', last: j + 1, kind: 'unit' };
  if (CURRENCY_WORDS[word]) return { unit: CURRENCY_WORDS[word]!, last: j + 1, kind: 'currency' };
  if (next?.kind === 'word' && isCurrencyCode(next.text)) return { unit: next.text, last: j + 1, kind: 'currency' };
  if (word === 'of' && CURRENCY_WORDS[lower(tokens[j + 2])] && !(CURRENCY_OR_WEIGHT.has(lower(tokens[j + 2])) && lower(tokens[j + 3]) === 'of')) return { unit: CURRENCY_WORDS[lower(tokens[j + 2])]!, last: j + 2, kind: 'currency' };
  if (word === 'per' && lower(tokens[j + 2]) === 'cent') return { unit: 'percent', last: j + 2, kind: 'unit' };
  if (next?.kind === 'symbol' && next.text === '%') return { unit: 'percent', last: j + 1, kind: 'unit' };
  // "9.3 billion €", "500 € per dose": the symbol after the amount, as many European texts write it; not the
  // symbol that opens the next amount ("€ 5 000, € 3 000").
  if (next?.kind === 'symbol' && CURRENCY_SYMBOLS[next.text] && tokens[j + 2]?.kind !== 'number') return { unit: CURRENCY_SYMBOLS[next.text]!, last: j + 1, kind: 'currency' };
  // A one-letter unit is written in lower case: "5 g", "3 l"; "5G" and "3D" are names.
  if (next?.kind === 'word' && UNIT_WORDS[word] !== undefined && (next.text.length > 1 || next.text === word)) return { unit: UNIT_WORDS[word]!, last: j + 1, kind: 'unit' };
  // "the 21 meter-long vessel", "a 3 km-wide zone": a measure written as an adjective.
  const measure = /^([a-z]+)-(?:long|wide|high|deep|tall|thick)$/.exec(word);
  if (next?.kind === 'word' && measure && UNIT_WORDS[measure[1]!] !== undefined && !/^(?:year|month|week|day|hour)s?$/.test(measure[1]!)) return { unit: UNIT_WORDS[measure[1]!]!, last: j + 1, kind: 'unit' };
  // "ten working days", "30 calendar days": a kind of day before the unit.
  if (/^(?:working|calendar|business|consecutive)$/.test(word) && /^(?:days?|weeks?|months?|years?)$/.test(lower(tokens[j + 2]))) return { unit: UNIT_WORDS[lower(tokens[j + 2])]!, last: j + 2, kind: 'unit' };
  return null;
}
