/**
 * The months of the year, in English, with their number and the abbreviations texts write
 * ("Sept. 2024", "12 Jan"). The one list every rule that reads or skips a date uses.
 */
export interface Month {
  readonly name: string;
  readonly number: number;
  readonly abbreviations: readonly string[];
}

export const MONTHS: readonly Month[] = [
  { name: 'January', number: 1, abbreviations: ['Jan'] },
  { name: 'February', number: 2, abbreviations: ['Feb'] },
  { name: 'March', number: 3, abbreviations: ['Mar'] },
  { name: 'April', number: 4, abbreviations: ['Apr'] },
  { name: 'May', number: 5, abbreviations: [] },
  { name: 'June', number: 6, abbreviations: ['Jun'] },
  { name: 'July', number: 7, abbreviations: ['Jul'] },
  { name: 'August', number: 8, abbreviations: ['Aug'] },
  { name: 'September', number: 9, abbreviations: ['Sep', 'Sept'] },
  { name: 'October', number: 10, abbreviations: ['Oct'] },
  { name: 'November', number: 11, abbreviations: ['Nov'] },
  { name: 'December', number: 12, abbreviations: ['Dec'] },
];

/** The days of the week: "on Wednesday" dates, it names nothing. */
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "January" … "December". */
export const MONTH_NAMES: readonly string[] = MONTHS.map((month) => month.name);

/** "Jan", "Feb", … "Sept", "Oct" (without the period a text may put after them). */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTHS.flatMap((month) => month.abbreviations);

/** A regex part matching a full month name: `(?:January|February|…)`. Capitalised, as English writes it. */
export const MONTH_NAME_PATTERN = `(?:${MONTH_NAMES.join('|')})`;

/** A regex part matching a full or abbreviated month name, longest first ("Sept" before "Sep"). */
export const MONTH_WORD_PATTERN = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].sort((a, b) => b.length - a.length).join('|')})`;

const BY_WORD = new Map<string, number>(MONTHS.flatMap((month) => [month.name, ...month.abbreviations].map((word) => [word.toLowerCase(), month.number] as const)));

/** 1–12 for a month name or abbreviation in any case, with or without a closing period; else undefined. */
export const monthNumber = (word: string): number | undefined => BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));
