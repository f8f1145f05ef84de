import { MONTH_NAME_PATTERN, monthNumber, WEEKDAY_NAMES } from '../../nlp/lexicon/months.data.ts';

/**
 * The date a sentence gives a signing: "on 5 March 2025" → 2025-03-05, "As of November 2023" →
 * 2023-11, "in 2024" → 2024. Year ranges and "Between 2018 and 2021" give none. Dates said against
 * the document's own date are resolved with it (SPEC.md): "yesterday", "today", "last week", "last
 * month", "last year", "this year", and a day and month without a year ("on 12 March") take what they lack from it;
 * a day of the week ("on Tuesday", "signed Monday") is the nearest such day to the document's date.
 */
const MONTH = `(${MONTH_NAME_PATTERN})`;
/** A day, in digits or as an ordinal: "29", "29th", "the 2nd of". */
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?`;
const DAY_AFTER = `(\\d{1,2})(?:st|nd|rd|th)?`;
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY_AFTER},?\\s+((?:19|20)\\d\\d)\\b`);
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`);
const YEAR = /\b(?:in|during|since|as of|by|from|throughout)\s+((?:19|20)\d\d)\b(?![-–\/]\d)/gi;
/** A day and month with no year after them: "on 12 March", "on March 12". */
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+${MONTH}\\b(?!,?\\s+(?:19|20)\\d\\d)`);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY_AFTER}\\b(?!\\d|,?\\s+(?:19|20)\\d\\d)`);
/** A month with no day and no year: "In September, Europol signed …", "since March". */
const MONTH_ALONE = new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Aa]s of)\\s+${MONTH}\\b(?!\\s+(?:\\d|of\\s+(?:19|20)\\d\\d))`);
/** Words that place an event against the day the document was written, and how many days back. */
const RELATIVE_DAYS: readonly [RegExp, number, 'day' | 'month'][] = [
  [/\byesterday\b/i, 1, 'day'],
  [/\btoday\b/i, 0, 'day'],
  [/\blast week\b/i, 7, 'month'],
  [/\blast month\b/i, 31, 'month'],
];

/** "on Tuesday", "last Friday", "signed Monday": a day of the week, Sunday 0 as `Date` counts them. */
const WEEKDAY = new RegExp(`\\b(?:(last|next|this|coming)\\s+)?(${WEEKDAY_NAMES.join('|')})\\b(?!\\s*,?\\s*\\(?\\d)`);
/** A clause that tells of what is still to come: its weekday is the next one, not the last. */
const FUTURE = /\b(?:will|shall|is to|are to|is due to|are due to|plans? to|is expected to|are expected to)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => monthNumber(name) ?? 0;

/** `past`: the statement tells what has happened (signed), so a day or month with no year is not after the document's date. */
export function dateInText(text: string, documentDate: string | null = null, { past = false } = {}): string | null {
  const day = DAY_MONTH_YEAR.exec(text);
  if (day) return `${day[3]}-${pad(monthOf(day[2]!))}-${pad(Number(day[1]))}`;
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return `${monthFirst[3]}-${pad(monthOf(monthFirst[1]!))}-${pad(Number(monthFirst[2]))}`;
  const month = MONTH_YEAR.exec(text);
  if (month) return `${month[2]}-${pad(monthOf(month[1]!))}`;
  const relative = documentDate ? relativeDate(text, documentDate, past) : null;
  if (relative) return relative;
  const years = [...text.matchAll(YEAR)].map((m) => m[1]!);
  return new Set(years).size === 1 ? years[0]! : null;
}

/**
 * The year of a day and month written without one: the one that puts the day nearest the document's date, as
 * chrono-node does ("on 4 December" in a release of 10 January is last December's).
 */
function yearNearest(month: number, day: number, documentDate: string): number {
  const year = Number(documentDate.slice(0, 4));
  const documentMonth = Number(documentDate.slice(5, 7));
  if (!documentMonth) return year;
  const documentDay = Number(documentDate.slice(8, 10)) || 15;
  const monthsAfter = month - documentMonth + (day - documentDay) / 31;
  return monthsAfter > 6 ? year - 1 : monthsAfter < -6 ? year + 1 : year;
}

function relativeDate(text: string, documentDate: string, past: boolean): string | null {
  const dated = (month: number, day: number) => {
    const nearest = `${yearNearest(month, day, documentDate)}-${pad(month)}-${pad(day)}`;
    return past && nearest.slice(0, documentDate.length) > documentDate ? `${Number(nearest.slice(0, 4)) - 1}${nearest.slice(4)}` : nearest;
  };
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth && Number(dayMonth[1]) <= 31) return dated(monthOf(dayMonth[2]!), Number(dayMonth[1]));
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay && Number(monthDay[2]) <= 31) return dated(monthOf(monthDay[1]!), Number(monthDay[2]));
  // "In September" in a release of November: the month nearest the document's date.
  const month = MONTH_ALONE.exec(text);
  if (month && /^\d{4}-\d{2}/.test(documentDate)) return dated(monthOf(month[1]!), 15).slice(0, 7);
  // "Last year, a first agreement was concluded with Albania": the year before the document's.
  const year = /^\d{4}/.test(documentDate) ? Number(documentDate.slice(0, 4)) : null;
  if (year && /\blast year\b/i.test(text)) return String(year - 1);
  if (year && /\bthis year\b/i.test(text)) return String(year);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) return null;
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    // "The European Union and Serbia signed on Tuesday" in a release of Wednesday: the Tuesday before it; "will sign on
    // Friday", "next Monday": the one after. The document's own weekday is that day.
    const date = new Date(`${documentDate}T12:00:00Z`);
    const wanted = (WEEKDAY_NAMES.indexOf(weekday[2]!) + 1) % 7;
    const ahead = weekday[1] === 'next' || weekday[1] === 'coming' || (!past && weekday[1] !== 'last' && FUTURE.test(text));
    const shift = ahead ? (wanted - date.getUTCDay() + 7) % 7 : -((date.getUTCDay() - wanted + 7) % 7);
    date.setUTCDate(date.getUTCDate() + shift);
    return date.toISOString().slice(0, 10);
  }
  for (const [words, daysBack, precision] of RELATIVE_DAYS) {
    if (!words.test(text)) continue;
    const date = new Date(`${documentDate}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() - daysBack);
    const iso = date.toISOString().slice(0, 10);
    return precision === 'day' ? iso : iso.slice(0, 7);
  }
  return null;
}
