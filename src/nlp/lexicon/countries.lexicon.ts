import worldCountriesData, { type Country as WorldCountry } from 'world-countries';
import { EXTRA_COUNTRY_ALIASES, EXTRA_DEMONYMS, REJECTED_COUNTRY_ALIASES } from './country-aliases.data.ts';

/**
 * Every country and territory of the world with its ISO code, names, aliases and demonyms, from the
 * maintained world-countries data set plus our few extra aliases. The canonical name is the common
 * English short name ("South Korea", "Türkiye", "Kosovo").
 */
export interface Country {
  readonly code: string;
  readonly name: string;
}

export interface CountryLexicon {
  /** Written name or alias → country. Case-sensitive: "Turkey" the country, not "turkey". */
  readonly byName: ReadonlyMap<string, Country>;
  /** Demonym ("French", "South Korean") → country. */
  readonly byDemonym: ReadonlyMap<string, Country>;
  readonly byCode: ReadonlyMap<string, Country>;
  /** Capital city → country ("Tirana" → Albania): a capital stands for its government in "an agreement with Tirana". */
  readonly byCapital: ReadonlyMap<string, Country>;
  /**
   * Codes of the countries whose capital bears the country's name and that hold other places than it (Luxembourg,
   * Djibouti): there "in Luxembourg" may be the city. City-states (Monaco, Singapore) are the country wherever named.
   */
  readonly namedLikeCapital: ReadonlySet<string>;
}

// The package is CommonJS: under NodeNext its typed default is the module, at run time the array.
const WORLD_COUNTRIES = worldCountriesData as unknown as readonly WorldCountry[];

/** Codes written as names in prose: "the UK", "the US", "the UAE". */
const KEEP_UPPERCASE_ALIAS = /^(?:UK|US|USA|UAE|DRC)$/;

function buildLexicon(): CountryLexicon {
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  const namedLikeCapital = new Set<string>();
  // UN members first, so a name or demonym shared with a territory ("French", "American") means the state.
  const ordered = [...WORLD_COUNTRIES].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const entry of ordered) {
    const country = { code: entry.cca2, name: entry.name.common };
    byCode.set(country.code, country);
    if (entry.capital?.includes(entry.name.common) && entry.area > 1000) namedLikeCapital.add(country.code);
    for (const capital of entry.capital ?? []) if (capital && !byCapital.has(capital)) byCapital.set(capital, country);
    const names = [entry.name.common, entry.name.official, ...entry.altSpellings];
    for (const name of names) {
      if (!isRunningTextName(name)) continue;
      if (!byName.has(name)) byName.set(name, country);
      // "North-Macedonia", "Sri-Lanka": a name of two capitalised words is written with a hyphen too.
      const hyphenated = /^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(name) ? name.replace(' ', '-') : null;
      if (hyphenated && !byName.has(hyphenated)) byName.set(hyphenated, country);
    }
    for (const demonym of Object.values(entry.demonyms?.eng ?? {})) {
      for (const form of demonym.split(/,\s*/)) if (form && !byDemonym.has(form)) byDemonym.set(form, country);
    }
  }
  for (const [alias, code] of Object.entries(EXTRA_COUNTRY_ALIASES)) {
    const country = byCode.get(code);
    if (country) byName.set(alias, country);
  }
  for (const [demonym, code] of Object.entries(EXTRA_DEMONYMS)) {
    const country = byCode.get(code);
    if (country && !byDemonym.has(demonym)) byDemonym.set(demonym, country);
  }
  return { byName, byDemonym, byCode, byCapital, namedLikeCapital };
}

/** Names as they appear in English prose: Latin script, capitalised, not a bare code, not inverted. */
function isRunningTextName(name: string): boolean {
  if (REJECTED_COUNTRY_ALIASES.has(name) || name.includes(', ')) return false;
  if (/^[A-Z]{2,3}$/.test(name)) return KEEP_UPPERCASE_ALIAS.test(name);
  return /^[\p{Lu}]/u.test(name) && /^[\p{Script=Latin}\s'’.\-()]+$/u.test(name);
}

let lexicon: CountryLexicon | undefined;
export const countryLexicon = (): CountryLexicon => (lexicon ??= buildLexicon());

/** The country a written name (or an ISO code) stands for, for matching counterparts and gold. */
export function resolveCountry(nameOrCode: string): Country | undefined {
  const { byName, byCode } = countryLexicon();
  const trimmed = nameOrCode.replace(/^the\s+/i, '').trim();
  return byName.get(trimmed) ?? byCode.get(trimmed.toUpperCase());
}
