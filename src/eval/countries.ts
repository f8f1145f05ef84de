import worldCountriesData, { type Country } from 'world-countries';
import { normaliseName } from './normalise.ts';

/**
 * The scorer's country names: every name, official name and alternative spelling of the world-countries
 * data set, plus the few forms EU documents write that it lacks. Countries are compared by ISO 3166-1
 * alpha-2 code; a name resolves after folding (case, diacritics, a leading "the"), so "Turkiye",
 * "Türkiye" and "the Netherlands" all resolve.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  Turkey: 'TR',
  Türkiye: 'TR',
  'Republic of Türkiye': 'TR',
  'Republic of Korea': 'KR',
  Korea: 'KR',
  Kosovo: 'XK',
  'Kosovo*': 'XK',
  Palestine: 'PS',
  'State of Palestine': 'PS',
  'Occupied Palestinian Territory': 'PS',
  'Palestinian Authority': 'PS',
  'Viet Nam': 'VN',
  'Czech Republic': 'CZ',
  Macedonia: 'MK',
  'Republic of North Macedonia': 'MK',
  'Former Yugoslav Republic of Macedonia': 'MK',
  FYROM: 'MK',
  Moldova: 'MD',
  'Republic of Moldova': 'MD',
  'Russian Federation': 'RU',
  'Syrian Arab Republic': 'SY',
  'Lao PDR': 'LA',
  'Holy See': 'VA',
  'Cape Verde': 'CV',
  Swaziland: 'SZ',
  Burma: 'MM',
  'East Timor': 'TL',
  'Ivory Coast': 'CI',
  "Côte d'Ivoire": 'CI',
  'Democratic Republic of the Congo': 'CD',
  Britain: 'GB',
  'Great Britain': 'GB',
  UK: 'GB',
  'U.K.': 'GB',
  USA: 'US',
  'U.S.': 'US',
  US: 'US',
  'United States of America': 'US',
  UAE: 'AE',
};

const WORLD_COUNTRIES = worldCountriesData as unknown as readonly Country[];

let byName: Map<string, string> | undefined;
let codes: Set<string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  // UN members first, so a name shared with a territory means the state.
  for (const entry of [...WORLD_COUNTRIES].sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
    for (const name of [entry.name.common, entry.name.official, ...entry.altSpellings]) {
      if (/^[A-Z]{2,3}$/.test(name)) continue; // codes are looked up as codes, below
      const key = normaliseName(name);
      if (key && !byName.has(key)) byName.set(key, entry.cca2);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) byName.set(normaliseName(alias), code);
  return byName;
}

/** Every ISO alpha-2 code the scorer knows (Kosovo's XK included). */
export function isCountryCode(code: string): boolean {
  codes ??= new Set([...WORLD_COUNTRIES.map((entry) => entry.cca2), ...Object.values(COUNTRY_ALIASES)]);
  return codes.has(code);
}

/** The ISO code of a country name, alias or code: "Republic of Korea" → KR, "Türkiye" → TR, "KR" → KR. */
export function countryCode(nameOrCode: string): string | undefined {
  const trimmed = nameOrCode.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && isCountryCode(trimmed)) return trimmed;
  return names().get(normaliseName(trimmed));
}

/**
 * The country a national body stands for, as the SPEC reads counterparts: "the Ministry of Interior of
 * Egypt", "Public Prosecutor's Office of Brazil", "the Central Bureau of Investigation (CBI), India".
 */
export function countryOfBody(name: string): string | undefined {
  const direct = countryCode(name);
  if (direct) return direct;
  const tails = [...name.matchAll(/(?:\bof|,)\s+/g)].map((m) => name.slice(m.index + m[0].length).trim());
  // The shortest tail first: "Ministry of Interior of Egypt" is Egypt's, not "Interior of Egypt"'s.
  for (const tail of tails.reverse()) {
    const code = countryCode(tail);
    if (code) return code;
  }
  return undefined;
}
