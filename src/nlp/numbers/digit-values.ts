import type { DecimalConvention } from './number-conventions.ts';

/**
 * The value of a number written in digits, or null when the token is not one number ("4.5.2016",
 * "1.2.3" are dates and section numbers). `counts` says whether the number counts things (no scale
 * word and no measure after it): a count is a whole number, which decides "3.770 migrants" = 3770 in
 * any document, while "1.825 million" and "1.800 kg" follow the document's convention.
 *
 *   "13 000" → 13000    "1,800" → 1800     "2,5" → 2.5        "1.8" → 1.8
 *   "1.800.000" → 1800000    "1.234,5" → 1234.5    "1,234.5" → 1234.5
 */
export function digitValue(text: string, convention: DecimalConvention, counts: boolean): number | null {
  // "1, 000": a grouping typed with a space after the comma (the tokenizer keeps it one number only before a zero).
  if (/^\d{1,3}(?:,[ \u00a0]0\d\d)+$/.test(text)) return Number(text.replace(/,[ \u00a0]/g, ''));
  const spaced = /^(\d{1,3}(?:[ \u00a0]\d{3})+)(?:[.,](\d+))?$/.exec(text);
  if (spaced) return Number(spaced[1]!.replace(/[ \u00a0]/g, '') + (spaced[2] ? `.${spaced[2]}` : ''));
  const groups = text.split(/[.,]/);
  const separators = text.replace(/[^.,]/g, '');
  if (separators === '') return Number(text);
  if (separators.length === 1) return oneSeparator(groups[0]!, separators, groups[1]!, convention, counts);
  const last = separators.at(-1)!;
  const grouping = separators.slice(0, -1);
  const inner = groups.slice(1, -1);
  // "1,800,000" / "1.800.000": one separator repeated between groups of three.
  if (/^(.)\1*$/.test(separators) && groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3) return Number(groups.join(''));
  // "1,234.56" / "1.234,56": groups of three, then the other separator before the decimals.
  if (/^(.)\1*$/.test(grouping) && grouping[0] !== last && inner.every((g) => g.length === 3) && groups[0]!.length <= 3) {
    return Number(`${groups.slice(0, -1).join('')}.${groups.at(-1)}`);
  }
  return null;
}

function oneSeparator(whole: string, separator: string, fraction: string, convention: DecimalConvention, counts: boolean): number {
  const decimal = Number(`${whole}.${fraction}`);
  const thousands = Number(`${whole}${fraction}`);
  if (fraction.length !== 3 || whole.length > 3 || /^0+$/.test(whole)) return decimal;
  // Three digits after one separator: a thousands separator in the document's own convention, and
  // for a count in any convention, since counts are whole numbers.
  const groupsThousands = (separator === ',') === (convention === 'english');
  return groupsThousands || counts ? thousands : decimal;
}
