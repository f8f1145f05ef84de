/**
 * The date a sentence gives a signing: "on 5 March 2025" → 2025-03-05, "As of November 2023" →
 * 2023-11, "in 2024" → 2024. Year ranges and "Between 2018 and 2021" give none.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'g');
const YEAR = /\b(?:in|during|since|as of|by|from|throughout)\s+((?:19|20)\d\d)\b(?![-–\/]\d)/gi;

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

export function dateInText(text: string): string | null {
  const day = DAY_MONTH_YEAR.exec(text);
  DAY_MONTH_YEAR.lastIndex = 0;
  if (day) return `${day[3]}-${pad(monthNumber(day[2]!))}-${pad(Number(day[1]))}`;
  const month = MONTH_YEAR.exec(text);
  MONTH_YEAR.lastIndex = 0;
  if (month) return `${month[2]}-${pad(monthNumber(month[1]!))}`;
  const years = [...text.matchAll(YEAR)].map((m) => m[1]!);
  return new Set(years).size === 1 ? years[0]! : null;
}
