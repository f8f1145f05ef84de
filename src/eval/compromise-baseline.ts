import nlp from 'compromise';
import { resolveCountry } from '../nlp/lexicon/countries.lexicon.ts';
import { figureKey } from './fact-keys.ts';
import type { Reading } from './score.ts';

/**
 * compromise used out of the box, as the baseline the issue asks for: its places() resolved to
 * countries where they name one, organizations(), people(), and numbers()/money() as figures (money
 * in EUR when the text writes EUR or €, else counted). It has no notion of signings.
 */
export function compromiseReading(text: string): Reading {
  const doc = nlp(text);
  const clean = (s: string) => s.replace(/[.,;:!?'’)]+$/g, '').replace(/^[('‘]+/, '').trim();
  const places = doc.places().out('array') as string[];
  const countries = places.map((p) => resolveCountry(clean(p))?.code).filter((c): c is string => c !== undefined);
  const money = doc.money().json() as { number?: { num?: number } ; text: string }[];
  const moneyTexts = new Set(money.map((m) => m.text));
  const figures: string[] = [];
  for (const m of money) if (typeof m.number?.num === 'number') figures.push(figureKey(m.number.num, /EUR|€/.test(m.text) ? 'EUR' : 'count'));
  for (const n of doc.numbers().json() as { text: string; number?: { num?: number } }[]) {
    if (moneyTexts.has(n.text) || typeof n.number?.num !== 'number') continue;
    figures.push(figureKey(n.number.num, /%|percent/.test(n.text) ? 'percent' : 'count'));
  }
  return {
    countries: [...new Set(countries)],
    organisations: [...new Set<string>(doc.organizations().out('array').map(clean))].map((name) => ({ name })),
    persons: [...new Set<string>(doc.people().out('array').map(clean))],
    figures,
    signings: [],
  };
}
