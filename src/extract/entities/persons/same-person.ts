import { foldName } from '../../../nlp/lexicon/person-names.lexicon.ts';
import type { NameCandidate } from './name-evidence.ts';
import type { NameRun, NameWord } from './name-words.ts';

/**
 * One person per document, whatever the writing: "Michael Schmid", "Mr Schmid", "President Schmid",
 * "MICHAEL SCHMID" and "M. Schmid" are one person, named by the fullest writing ("Michael Schmid").
 * Two names are one person when the shorter one's words are among the longer one's and both end with the
 * same surname. A bare surname goes to the person mentioned last before it when two people share it.
 */
export interface FoundName extends NameCandidate {
  readonly sentence: number;
  /** Index of the person in `people()`; set by `groupPeople`. */
  person?: number;
}

export interface Person {
  /** Folded capitalised words of the fullest writing, particles and initials left out. */
  readonly words: readonly string[];
  /** The word a bare mention uses: the last, or the first when the name is written surname first ("Park Sung-jae"). */
  readonly surname: string;
  name: string;
  allCaps: boolean;
}

/** "Park Sung-jae", "Kim Dae-jung": a romanised Korean given name ("Sung-jae") after the surname, as such names are written. */
function surnameOf(words: readonly NameWord[]): string {
  const names = words.filter((w) => w.shape === 'cap' || w.shape === 'caps');
  const surnameFirst = names.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(names[1]!.text);
  return foldName((surnameFirst ? names[0]! : names.at(-1)!).text);
}

export const keyWords = (words: readonly NameWord[]): string[] => words.filter((w) => w.shape === 'cap' || w.shape === 'caps').map((w) => foldName(w.text));

export const writtenName = (words: readonly NameWord[], sentenceText: string, sentenceStart: number): string =>
  sentenceText.slice(words[0]!.start - sentenceStart, words.at(-1)!.end - sentenceStart).replace(/[ \u00a0]+/g, ' ');

const isAllCaps = (name: string) => !/\p{Ll}/u.test(name);

/** Assigns each found name to a person; returns the people, fullest writings first. */
export function groupPeople(found: FoundName[], written: (name: FoundName) => string): Person[] {
  const people: Person[] = [];
  const order = [...found].sort((a, b) => keyWords(b.words).length - keyWords(a.words).length);
  for (const name of order) {
    const words = keyWords(name.words);
    // "Sheikh Saif" after "Sheikh Saif bin Zayed Al-Nahyan": a title with a given name alone is the person so named.
    const byGivenName = (p: Person) => words.length === 1 && name.rule === 'person.honorific' && p.words.length > 1 && p.words[0] === words[0];
    const candidates = people.map((p, index) => ({ p, index })).filter(({ p }) => ((p.words.at(-1) === words.at(-1) || (words.length === 1 && p.surname === words[0])) && words.every((w) => p.words.includes(w))) || byGivenName(p));
    if (candidates.length === 0) {
      people.push({ words, surname: surnameOf(name.words), name: written(name), allCaps: isAllCaps(written(name)) });
      name.person = people.length - 1;
      continue;
    }
    name.person = nearestBefore(name, candidates.map((c) => c.index), found);
    const person = people[name.person]!;
    const writing = written(name);
    if (person.allCaps && !isAllCaps(writing) && words.length === person.words.length) {
      person.name = writing;
      person.allCaps = false;
    }
  }
  return people;
}

/** Of the people a short name could be, the one whose fuller name was found last before it (else the first). */
function nearestBefore(name: FoundName, people: readonly number[], found: readonly FoundName[]): number {
  if (people.length === 1) return people[0]!;
  let best = people[0]!;
  let bestAt = -1;
  for (const other of found) {
    if (other === name || other.person === undefined || !people.includes(other.person)) continue;
    const at = other.words[0]!.start;
    if (at < name.words[0]!.start && at > bestAt) {
      best = other.person;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Later writings of people already found, with no evidence of their own ("Schmid said", "Ylva
 * Johansson" again without her title): a run that is a person's full name, or a surname of only one
 * person that is not also an English word.
 */
export function repeatedNames(runs: readonly NameRun[], people: readonly Person[], taken: ReadonlySet<number>): NameWord[][] {
  const surnames = new Map<string, number>();
  for (const person of people) surnames.set(person.surname, (surnames.get(person.surname) ?? 0) + 1);
  const full = new Set(people.map((p) => p.words.join(' ')));
  const found: NameWord[][] = [];
  for (const run of runs) {
    const names = run.filter((w) => w.shape === 'cap' || w.shape === 'caps');
    if (names.some((w) => taken.has(w.start))) continue;
    const key = keyWords(run).join(' ');
    if (full.has(key)) found.push([...run]);
    else if (names.length === 1 && run.length === 1 && surnames.get(key) === 1 && !names[0]!.common && names[0]!.shape === 'cap') found.push([...run]);
  }
  return found;
}
