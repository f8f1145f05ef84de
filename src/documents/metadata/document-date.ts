/**
 * The date a document states for itself, as a line of its own in its head:
 * `20 May 2025|`, `Brussels, 21 November 2025`, `Brussels, 21 November 2025 (OR. en)`, `March 2024`,
 * `May 16, 2025`, `2025-05-16`, `16.05.2025`. Returns ISO `YYYY-MM-DD`, or `YYYY-MM` for a month.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const PLACE = "(?:[\\p{L}][\\p{L} .'-]{0,40},\\s*)?";
const TAIL = '\\s*(?:\\(OR\\.\\s*[a-z]{2}\\))?\\s*[|]?';

interface DatePattern {
  readonly id: string;
  readonly pattern: RegExp;
  readonly parts: (match: RegExpMatchArray) => { year: string; month: string; day?: string };
}

const DATE_PATTERNS: readonly DatePattern[] = [
  { id: 'day-month-year', pattern: new RegExp(`^${PLACE}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})${TAIL}$`, 'iu'), parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3]! }) },
  { id: 'month-day-year', pattern: new RegExp(`^${PLACE}${MONTH}\\s+(\\d{1,2}),\\s*(\\d{4})${TAIL}$`, 'iu'), parts: (m) => ({ month: m[1]!, day: m[2]!, year: m[3]! }) },
  { id: 'month-year', pattern: new RegExp(`^${MONTH}\\s+(\\d{4})${TAIL}$`, 'iu'), parts: (m) => ({ month: m[1]!, year: m[2]! }) },
  { id: 'iso', pattern: new RegExp(`^${PLACE}(\\d{4})-(\\d{2})-(\\d{2})${TAIL}$`, 'u'), parts: (m) => ({ year: m[1]!, month: m[2]!, day: m[3]! }) },
  { id: 'day-dot-month-year', pattern: new RegExp(`^${PLACE}(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${TAIL}$`, 'u'), parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3]! }) },
];

export interface StatedDate {
  readonly iso: string;
  /** Index of the head line the date stood on. */
  readonly line: number;
}

export function findStatedDate(head: readonly string[]): StatedDate | null {
  for (const [line, text] of head.entries()) {
    for (const { pattern, parts } of DATE_PATTERNS) {
      const match = text.match(pattern);
      const iso = match ? toIso(parts(match)) : null;
      if (iso) return { iso, line };
    }
  }
  return null;
}

function toIso({ year, month, day }: { year: string; month: string; day?: string }): string | null {
  const monthNumber = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  if (monthNumber < 1 || monthNumber > 12) return null;
  const yearMonth = `${year}-${String(monthNumber).padStart(2, '0')}`;
  if (day === undefined) return yearMonth;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${yearMonth}-${day.padStart(2, '0')}`;
}
