import nlp from 'compromise';
import { countryKey } from './fact-keys.ts';
import { countryCode } from './countries.ts';
import { emptyReading, type FigureItem, type Reading } from './score.ts';

/** The kinds the baseline attempts; the others are shown as n/a. */
export const BASELINE_KINDS = ['countries', 'organisations', 'persons', 'locations', 'figures'] as const;

/**
 * compromise used out of the box, as the baseline the issue asks for: its places() that name a country
 * (resolved by the scorer's own country names) as countries and the others as locations, organizations(),
 * people(), and numbers()/money() as figures (money in EUR when the text writes EUR or €, else counted).
 * It has no notion of signings, legal acts or operations, and fills no strict field, so it is scored lenient only.
 */
export function compromiseReading(text: string): Reading {
  const doc = nlp(text);
  const clean = (s: string) => s.replace(/[.,;:!?'’)]+$/g, '').replace(/^[('‘]+/, '').trim();
  const places = [...new Set((doc.places().out('array') as string[]).map(clean))];
  const figure = (value: number, unit: string): FigureItem => ({ value, unit, subject: null, qualifier: 'exact', action: null, year: null });
  const money = doc.money().json() as { number?: { num?: number }; text: string }[];
  const moneyTexts = new Set(money.map((m) => m.text));
  const figures: FigureItem[] = [];
  for (const m of money) if (typeof m.number?.num === 'number') figures.push(figure(m.number.num, /EUR|€/.test(m.text) ? 'EUR' : 'count'));
  for (const n of doc.numbers().json() as { text: string; number?: { num?: number } }[]) {
    if (moneyTexts.has(n.text) || typeof n.number?.num !== 'number') continue;
    figures.push(figure(n.number.num, /%|percent/.test(n.text) ? 'percent' : 'count'));
  }
  const countries = new Map(places.flatMap((name) => (countryCode(name) ? [[countryKey(name), { code: countryKey(name), name }] as const] : [])));
  return {
    ...emptyReading(),
    countries: [...countries.values()],
    locations: places.filter((name) => !countryCode(name)).map((name) => ({ name })),
    organisations: [...new Set<string>((doc.organizations().out('array') as string[]).map(clean))].map((name) => ({ name })),
    persons: [...new Set<string>((doc.people().out('array') as string[]).map(clean))].map((name) => ({ name })),
    figures,
  };
}
