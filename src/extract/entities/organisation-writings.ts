import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import type { OrganisationMention } from './organisation-mentions.ts';
import { CONNECTOR_WORD, HEAD_WORD } from './organisation-words.ts';

/** Words of a name for comparing writings: connectors, possessives and plural endings do not count. */
const comparable = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !CONNECTOR_WORD.test(w))
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));

/** No body's name has more words than this; longer runs are not compared part by part. */
const MAX_COMPARED_WORDS = 40;

interface Fit {
  /** Position of the writing in the document, so the first one that fits wins. */
  readonly order: number;
  /** What the writing stands for: two different targets make a shortened name ambiguous. */
  readonly target: string;
  readonly mention: OrganisationMention;
}

/**
 * One body written several ways in one document is one entity: "Western Balkans Criminal Justice Project"
 * and "Western Balkan Criminal Justice Project (WBCJ)", "Public Prosecutor’s Office Bari" and "… Office of
 * Bari", and a name that starts or ends a single longer name found elsewhere ("the Operational Taskforce"
 * of the "Operational Taskforce GRIMM", "Joint Follow-up Group on Precursors" of the "EU-China Joint
 * Follow-up Group on Precursors"), or extends an acronym's long form by a complement ("… Prosecutor’s Office
 * (SPAK) of Tirana"). Not when the extra words hold a head word of their own ("EuroMed Justice Project
 * Expert Group" is a group of the project) or a country ("Prosecutor General’s Office of Monaco" is not
 * Ukraine's), nor when a shortened name fits several longer ones.
 *
 * Writings are indexed by their leading and trailing words, so each name is looked up, not compared with
 * every other name of the document (a table of a thousand bodies would otherwise cost a million pairs).
 */
export function sameBodyAs(found: readonly OrganisationMention[][]): OrganisationMention[][] {
  const firstOf = new Map<string, OrganisationMention>();
  for (const mention of found.flat()) {
    if (mention.rule === 'organisation.known') continue;
    const key = comparable(mention.name).join(' ');
    const seen = firstOf.get(key);
    if (!seen || (!seen.acronym && mention.acronym)) firstOf.set(key, mention);
  }
  const index = indexWritings(firstOf);
  return found.map((list) =>
    list.map((mention) => {
      if (mention.rule !== 'organisation.head-word' && mention.rule !== 'organisation.named-project') return mention;
      const words = comparable(mention.name);
      const same = firstOf.get(words.join(' '));
      if (same && same !== mention) return { ...mention, name: same.name, ...(same.acronym ? { acronym: same.acronym } : {}) };
      if (words.length < 2) return mention;
      const fits = [...(index.longer.get(words.join(' ')) ?? []), ...shorterDefinitions(words, index.definitions)];
      if (new Set(fits.map((f) => f.target)).size !== 1) return mention;
      const target = fits.reduce((a, b) => (b.order < a.order ? b : a)).mention;
      if (target.name.length < mention.name.length) return { ...mention, acronym: target.acronym! };
      return target.acronym ? { ...mention, name: target.name, acronym: target.acronym } : { ...mention, name: target.name };
    }),
  );
}

/**
 * `longer`: for a run of words, the longer writings that start with it (when their extra words hold no
 * head word and no country) or, failing that, end with it (when the words before hold no head word); at
 * most two targets each, since two already make it ambiguous. `definitions`: acronym long forms by words.
 */
function indexWritings(firstOf: ReadonlyMap<string, OrganisationMention>) {
  const longer = new Map<string, Fit[]>();
  const definitions = new Map<string, Fit>();
  const add = (key: string, fit: Fit) => {
    const fits = longer.get(key) ?? [];
    if (fits.length < 2 && !fits.some((f) => f.target === fit.target)) fits.push(fit);
    longer.set(key, fits);
  };
  let order = 0;
  for (const [key, mention] of firstOf) {
    const fit = { order: order++, target: mention.acronym ?? mention.name, mention };
    const words = key.split(' ');
    const n = words.length;
    if (mention.acronym && mention.rule === 'organisation.acronym-definition' && n >= 2) definitions.set(key, fit);
    const { headIn, countryIn } = extraWords(words);
    for (let p = 2; p < n && p <= MAX_COMPARED_WORDS; p++) {
      const prefix = words.slice(0, p).join(' ');
      const suffix = words.slice(n - p).join(' ');
      if (!headIn(p, n) && !countryIn(p, n)) add(prefix, fit);
      if (suffix !== prefix && !headIn(0, n - p)) add(suffix, fit);
    }
  }
  return { longer, definitions };
}

/** A longer writing of a defined acronym's long form: "… Prosecutor’s Office (SPAK)" … "… Prosecutor’s Office of Tirana". */
function shorterDefinitions(words: readonly string[], definitions: ReadonlyMap<string, Fit>): Fit[] {
  const { headIn, countryIn } = extraWords(words);
  const fits: Fit[] = [];
  for (let p = 2; p < words.length && p <= MAX_COMPARED_WORDS; p++) {
    const fit = definitions.get(words.slice(0, p).join(' '));
    if (fit && !headIn(p, words.length) && !countryIn(p, words.length)) fits.push(fit);
  }
  return fits;
}

/** Whether words[from..to) hold a head word, or a country (one of the words, or all of them together). */
function extraWords(words: readonly string[]) {
  const heads = prefixCounts(words, (w) => HEAD_WORD.test(w.charAt(0).toUpperCase() + w.slice(1)));
  const countryWords = countries();
  const countryNames = prefixCounts(words, (w) => countryWords.names.has(w));
  return {
    headIn: (from: number, to: number) => heads[to]! - heads[from]! > 0,
    countryIn: (from: number, to: number) =>
      countryNames[to]! - countryNames[from]! > 0 || (to - from <= countryWords.longest && countryWords.names.has(words.slice(from, to).join(' '))),
  };
}

/** counts[i]: how many of words[0..i) pass the test. */
function prefixCounts(words: readonly string[], test: (word: string) => boolean): number[] {
  const counts = [0];
  for (const word of words) counts.push(counts.at(-1)! + (test(word) ? 1 : 0));
  return counts;
}

let countryWordSet: { names: Set<string>; longest: number } | undefined;
/** Country names in the lower case of comparable(), to tell a body of one country from another's. */
function countries() {
  if (countryWordSet) return countryWordSet;
  const names = new Set([...countryLexicon().byName.keys()].map((name) => comparable(name).join(' ')));
  return (countryWordSet = { names, longest: Math.max(...[...names].map((name) => name.split(' ').length)) });
}
