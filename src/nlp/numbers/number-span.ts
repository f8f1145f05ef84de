import { layer, type Span } from '../document-model.ts';

/**
 * A quantity as written, read once by the number reader for every later reader: its value and unit,
 * the tokens it covers (currency, scale and unit words included) and where the counted phrase starts.
 * Every number is here, years and dates too: deciding what is a figure is the figure rules' business.
 */
export interface NumberSpan extends Span {
  readonly value: number;
  /** `count`, an ISO currency code, `percent`, `kg`, `year` (durations and ages), `multiplier`, … */
  readonly unit: string;
  readonly form: 'digits' | 'words' | 'vague' | 'multiplier' | 'fraction';
  /** Token indices in the sentence: [first, last] covered, `numberAt` the number itself. */
  readonly first: number;
  readonly last: number;
  readonly numberAt: number;
  /** Token index where the counted phrase starts ("kilos of [cocaine]", "17 [suspects]"). */
  readonly subjectFrom: number;
  /** What the writing itself says of the value: a range or a vague quantity is a lower bound. */
  readonly bound?: 'at_least';
  /** A range's upper bound ("between 10 and 15" → 15). */
  readonly upper?: number;
  /** An age ("a 30-year-old", "aged 35", "under the age of 24"): a quantity about a person, never a framing duration. */
  readonly age?: true;
  /** A scale word was written ("5 million", "two hundred"): such a number is never a year or an identifier. */
  readonly scaled?: true;
}

export const NUMBERS = layer<NumberSpan>('numbers');
