import { countryLexicon, resolveCountry } from '../nlp/lexicon/countries.lexicon.ts';
import { KNOWN_ORGANISATIONS } from '../nlp/lexicon/organisations.data.ts';

/**
 * How facts are compared with gold, per kind (as the issue asks): countries by ISO code,
 * organisations by name or acronym, persons by name, figures by value+unit, signings by
 * counterpart+status. Comparison ignores case, apostrophe style, a leading "the" and punctuation.
 */
export const normaliseName = (name: string): string =>
  name.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/^the\s+/, '').replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const figureKey = (value: number, unit: string): string => `${Math.round(value * 1000) / 1000}|${unit}`;

const KNOWN_FORMS = new Map<string, string>();
for (const body of KNOWN_ORGANISATIONS) for (const form of [body.name, body.acronym, ...(body.aliases ?? [])]) if (form) KNOWN_FORMS.set(normaliseName(form), normaliseName(body.name));

/** A counterpart is a country (by code) when it names one, including "Public Prosecutor's Office of Brazil". */
export function counterpartKey(counterpart: string): string {
  const country = resolveCountry(counterpart);
  if (country) return country.code;
  const ofCountry = /\bof\s+(?:the\s+)?([\p{Lu}][\p{L} ]+)$/u.exec(counterpart)?.[1];
  if (ofCountry && countryLexicon().byName.has(ofCountry.trim())) return countryLexicon().byName.get(ofCountry.trim())!.code;
  const name = normaliseName(counterpart);
  return KNOWN_FORMS.get(name) ?? name;
}

export const signingKey = (counterpart: string, status: string): string => `${counterpartKey(counterpart)}|${status}`;

/**
 * Two organisations are the same when a name or acronym of one equals a name or acronym of the other,
 * known aliases included ("Council" is the Council of the European Union).
 */
export function sameOrganisation(a: { name: string; acronym?: string }, b: { name: string; acronym?: string }): boolean {
  const forms = (o: { name: string; acronym?: string }) =>
    [o.name, o.acronym].filter((x): x is string => !!x).map(normaliseName).flatMap((form) => [form, KNOWN_FORMS.get(form) ?? form]);
  const bForms = forms(b);
  return forms(a).some((form) => bForms.includes(form));
}

/** "Mr Michael Schmid" and "Michael Schmid" are one person. */
export function samePerson(a: string, b: string): boolean {
  const strip = (name: string) => normaliseName(name).replace(/^(?:mr|mrs|ms|dr|prof)\s+/, '');
  return strip(a) === strip(b);
}
