import { MONTH_WORD_PATTERN, monthNumber as monthOfWord } from '../../nlp/lexicon/months.data.ts';

/**
 * The date a document states for itself, as a line of its own in its head:
 * `20 May 2025|`, `Brussels, 21 November 2025`, `Brussels, 21 November 2025 (OR. en)`, `March 2024`,
 * `May 16, 2025`, `2025-05-16`, `16.05.2025`. Returns ISO `YYYY-MM-DD`, or `YYYY-MM` for a month.
 */
const MONTH = `(${MONTH_WORD_PATTERN})\\.?`;
const PLACE = "(?:[\\p{L}][\\p{L} .'-]{0,40},\\s*)?";
const TAIL = '\\s*(?:\\(OR\\.\\s*[a-z]{2}\\))?\\s*[|]?';
/** A dateline that opens the first paragraph: "5.6.2018 – Yesterday, …", "The Hague, 12 March 2025 – Eurojust …". */
const DATELINE = '\\s+[–—-]\\s+\\S';

interface DatePattern {
  readonly id: string;
  readonly pattern: RegExp;
  readonly parts: (match: RegExpMatchArray) => { year: string; month: string; day?: string };
}

const DATE_PATTERNS: readonly DatePattern[] = [
  { id: 'day-month-year', pattern: new RegExp(`^${PLACE}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})${TAIL}$`, 'iu'), parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3]! }) },
  { id: 'month-day-year', pattern: new RegExp(`^${PLACE}${MONTH}\\s+(\\d{1,2}),\\s*(\\d{4})${TAIL}$`, 'iu'), parts: (m) => ({ month: m[1]!, day: m[2]!, year: m[3]! }) },
  { id: 'month-year', pattern: new RegExp(`^${MONTH}\\s+(\\d{4})${TAIL}$`, 'iu'), parts: (m) => ({ month: m[1]!, year: m[2]! }) },
  // "2016-12-15 10:04:37": a time of day may follow.
  { id: 'iso', pattern: new RegExp(`^${PLACE}(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?${TAIL}$`, 'u'), parts: (m) => ({ year: m[1]!, month: m[2]!, day: m[3]! }) },
  { id: 'day-dot-month-year', pattern: new RegExp(`^${PLACE}(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${TAIL}$`, 'u'), parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3]! }) },
];

/** Datelines open a paragraph of prose, which the head leaves out: read on the first lines themselves. */
const DATELINE_PATTERNS: readonly DatePattern[] = [
  { id: 'dateline.day-month-year', pattern: new RegExp(`^${PLACE}(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})${DATELINE}`, 'iu'), parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3]! }) },
  { id: 'dateline.day-dot-month-year', pattern: new RegExp(`^${PLACE}(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${DATELINE}`, 'u'), parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3]! }) },
];

export interface StatedDate {
  readonly iso: string;
  /** Index of the head line the date stood on. */
  readonly line: number;
}

/** "By Jane Doe | July 2, 2022 | Geneva": a byline's fields, between bars or middle dots. */
const BYLINE_FIELDS = /\s+[|·•]\s+/;

export function findStatedDate(head: readonly string[], patterns: readonly DatePattern[] = DATE_PATTERNS): StatedDate | null {
  for (const [line, text] of head.entries()) {
    const fields = BYLINE_FIELDS.test(text) ? [text, ...text.split(BYLINE_FIELDS)] : [text];
    for (const field of fields) {
      for (const { pattern, parts } of patterns) {
        const match = field.trim().match(pattern);
        const iso = match ? toIso(parts(match)) : null;
        if (iso) return { iso, line };
      }
    }
  }
  return null;
}

/** "5.6.2018 – Yesterday, the Council …": a date opening one of the first lines, before a dash. */
export function findDateline(firstLines: readonly string[]): StatedDate | null {
  return findStatedDate(firstLines.map((line) => line.slice(0, 120).trim()), DATELINE_PATTERNS);
}

function toIso({ year, month, day }: { year: string; month: string; day?: string }): string | null {
  const monthNumber = /^\d+$/.test(month) ? Number(month) : (monthOfWord(month) ?? 0);
  if (monthNumber < 1 || monthNumber > 12) return null;
  const yearMonth = `${year}-${String(monthNumber).padStart(2, '0')}`;
  if (day === undefined) return yearMonth;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${yearMonth}-${day.padStart(2, '0')}`;
}
