import nlp from 'compromise';
import { createRequire } from 'node:module';
import { LATIN_LOOKALIKES } from './confusables.data.ts';
import { isCommonEnglishWord } from './english-words.lexicon.ts';

/**
 * Given names and surnames of many languages, looked up one word at a time in a hash set:
 * - @faker-js/faker's person data of its ~60 locales (about 24 000 given names and 19 000 surnames:
 *   European languages, Turkish, Arabic, Persian, Hindi, Vietnamese, Korean, ... in Latin script);
 * - compromise's own lexicon of first names (MaleName, FemaleName, FirstName) and last names.
 * Words are folded (lower case, no diacritics), so "Michele" finds "Michèle". A given name that is also
 * an English word ("Grace", "Mark", "Will", "Said", "General") is ambiguous: alone it is no evidence.
 * Loaded on first use (about 0.3 s), as the place list is.
 */
export type GivenNameKind = 'given' | 'ambiguous' | undefined;

export interface PersonNameLexicon {
  readonly given: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
}

const ASCII = /^[\x20-\x7e]*$/;
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu');
/** A Latin word with a lookalike letter of another script is the same name ("Kӧvesi" = "Kovesi"). */
const latinised = (word: string) => (/\p{Script=Latin}/u.test(word) ? word.replace(LOOKALIKE, (letter) => LATIN_LOOKALIKES[letter]!) : word);
export const foldName = (word: string): string =>
  ASCII.test(word) ? word.toLowerCase() : latinised(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'"));

let lexicon: PersonNameLexicon | undefined;

interface FakerPersonDefinitions {
  readonly first_name?: Readonly<Record<string, readonly string[] | undefined>>;
  readonly last_name?: Readonly<Record<string, readonly string[] | undefined>>;
}

/** One written word of a name list: "Anne-Marie" yes, "Mary Ann" and "Ли" (not Latin) no. */
const ONE_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*$/u;

function load(): PersonNameLexicon {
  const require = createRequire(import.meta.url);
  const { allLocales } = require('@faker-js/faker') as { allLocales: Record<string, { person?: FakerPersonDefinitions }> };
  const given = new Set<string>();
  const surnames = new Set<string>();
  const addAll = (into: Set<string>, lists: FakerPersonDefinitions['first_name']) => {
    for (const list of Object.values(lists ?? {})) for (const name of list ?? []) if (ONE_WORD.test(name)) into.add(foldName(name));
  };
  for (const locale of Object.values(allLocales)) {
    addAll(given, locale.person?.first_name);
    addAll(surnames, locale.person?.last_name);
  }
  const { one } = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  for (const [word, tags] of Object.entries(one.lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName')) given.add(foldName(word));
    if (list.includes('LastName')) surnames.add(foldName(word));
  }
  return { given, surnames };
}

const nameLexicon = (): PersonNameLexicon => (lexicon ??= load());

const OTHER_THAN_PERSON = new Set(['Organization', 'Place', 'Country', 'City', 'Region', 'Address', 'SportsTeam', 'Company']);

/** A phrase compromise's lexicon files as a body or a place ("al qaeda", "al jazeera", "el salvador"). */
export function isKnownOtherThanPerson(phrase: string): boolean {
  const { one } = nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } };
  const tags = one.lexicon[phrase.toLowerCase()];
  return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((tag) => OTHER_THAN_PERSON.has(tag));
}

/**
 * "Michèle", "Bartłomiej" → given; "Grace", "Mark" → ambiguous; "Europol" → undefined. A hyphenated
 * name is given when its first part is ("Jean-Claude", "Anne-Marie"); a romanised Korean given name
 * ("Sung-jae", "Jae-in") has a lower-case second syllable and is given by its shape.
 */
export function givenNameKind(word: string): GivenNameKind {
  const { given } = nameLexicon();
  const folded = foldName(word);
  if (given.has(folded)) return isCommonEnglishWord(word) ? 'ambiguous' : 'given';
  const hyphen = folded.indexOf('-');
  if (hyphen > 0) {
    if (/^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u.test(word)) return 'given';
    const first = word.slice(0, hyphen);
    if (given.has(foldName(first)) && !isCommonEnglishWord(first)) return 'given';
  }
  return undefined;
}

export const isKnownSurname = (word: string): boolean => nameLexicon().surnames.has(foldName(word));
