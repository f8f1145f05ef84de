/**
 * How a document writes decimals and thousands, decided once per document from the numbers that can
 * only be read one way:
 * - English: a dot before one, two or four and more digits with a value word after it ("1.8 million",
 *   "11.5 tonnes", "14.5 %"), or commas grouping thousands with a decimal dot ("1,234.5", "1,200,000").
 * - European: a comma before one or two digits with a value word after it ("2,5 million", "14,5 %"),
 *   or dots grouping thousands ("1.800.000", "1.234,5").
 * A number with three digits after one separator ("1.800", "1,800") says nothing by itself: the
 * convention the rest of the document uses, and what the number counts, decide it (digit-values.ts).
 */
export type DecimalConvention = 'english' | 'european';

const VALUE_AFTER = String.raw`(?=\s?(?:%|per ?cent|percent|million|billion|bn|mln|m\b|k\b|thousand|tonnes?|tons?|kilo|kg|km|litres?|hours?|days?|years?|months?|euros?|EUR|USD|GBP))`;
const ENGLISH = new RegExp(String.raw`(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])${VALUE_AFTER}|(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])|(?:€|EUR|USD|\$|£)\s?\d+\.\d{1,2}(?![\d.,])`, 'g');
const EUROPEAN = new RegExp(String.raw`(?<![\d.,])\d+,\d{1,2}(?![\d.,])${VALUE_AFTER}|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])|(?:€|EUR|USD|\$|£)\s?\d+,\d{1,2}(?![\d.,])`, 'g');

/** The document's convention; English when nothing in it settles the question. */
export function decimalConvention(text: string): DecimalConvention {
  const english = count(text, ENGLISH);
  const european = count(text, EUROPEAN);
  return european > english ? 'european' : 'english';
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}
