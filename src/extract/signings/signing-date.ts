import { MONTH_NAME_PATTERN, monthNumber } from '../../nlp/lexicon/months.data.ts';

/**
 * The date a sentence gives a signing: "on 5 March 2025" → 2025-03-05, "As of November 2023" →
 * 2023-11, "in 2024" → 2024. Year ranges and "Between 2018 and 2021" give none. Dates said against
 * the document's own date are resolved with it (SPEC.md): "yesterday", "today", "last week", "last
 * month", and a day and month without a year ("on 12 March") take what they lack from it.
 */
const MONTH = `(${MONTH_NAME_PATTERN})`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`);
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`);
const YEAR = /\b(?:in|during|since|as of|by|from|throughout)\s+((?:19|20)\d\d)\b(?![-–\/]\d)/gi;
/** A day and month with no year after them: "on 12 March", "on March 12". */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\b(?!,?\\s+(?:19|20)\\d\\d)`);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b(?!\\d|,?\\s+(?:19|20)\\d\\d)`);
/** Words that place an event against the day the document was written, and how many days back. */
const RELATIVE_DAYS: readonly [RegExp, number, 'day' | 'month'][] = [
  [/\byesterday\b/i, 1, 'day'],
  [/\btoday\b/i, 0, 'day'],
  [/\blast week\b/i, 7, 'month'],
  [/\blast month\b/i, 31, 'month'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => monthNumber(name) ?? 0;

export function dateInText(text: string, documentDate: string | null = null): string | null {
  const day = DAY_MONTH_YEAR.exec(text);
  if (day) return `${day[3]}-${pad(monthOf(day[2]!))}-${pad(Number(day[1]))}`;
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return `${monthFirst[3]}-${pad(monthOf(monthFirst[1]!))}-${pad(Number(monthFirst[2]))}`;
  const month = MONTH_YEAR.exec(text);
  if (month) return `${month[2]}-${pad(monthOf(month[1]!))}`;
  const relative = documentDate ? relativeDate(text, documentDate) : null;
  if (relative) return relative;
  const years = [...text.matchAll(YEAR)].map((m) => m[1]!);
  return new Set(years).size === 1 ? years[0]! : null;
}

function relativeDate(text: string, documentDate: string): string | null {
  const year = documentDate.slice(0, 4);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth && Number(dayMonth[1]) <= 31) return `${year}-${pad(monthOf(dayMonth[2]!))}-${pad(Number(dayMonth[1]))}`;
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay && Number(monthDay[2]) <= 31) return `${year}-${pad(monthOf(monthDay[1]!))}-${pad(Number(monthDay[2]))}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) return null;
  for (const [words, daysBack, precision] of RELATIVE_DAYS) {
    if (!words.test(text)) continue;
    const date = new Date(`${documentDate}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() - daysBack);
    const iso = date.toISOString().slice(0, 10);
    return precision === 'day' ? iso : iso.slice(0, 7);
  }
  return null;
}
