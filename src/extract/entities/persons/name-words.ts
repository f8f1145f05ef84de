import { countryLexicon } from '../../../nlp/lexicon/countries.lexicon.ts';
import { isCommonEnglishWord } from '../../../nlp/lexicon/english-words.lexicon.ts';
import { ORGANISATION_HEAD_WORDS } from '../../../nlp/lexicon/organisations.data.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../../nlp/lexicon/person-roles.data.ts';
import { NAME_PARTICLES, NEVER_IN_NAME, STREET_WORD } from '../../../nlp/lexicon/person-names.data.ts';
import { givenNameKind, type GivenNameKind, isKnownSurname } from '../../../nlp/lexicon/person-names.lexicon.ts';
import { isKnownPlace } from '../../../nlp/lexicon/places.lexicon.ts';
import type { Token } from '../../../nlp/tokens.ts';

/**
 * The words of a sentence as a person reader sees them: which could be part of a name, and what the
 * lexicons know of each (one hash look-up per word and lexicon, never a scan of the lists).
 */
export type NameWordShape = 'cap' | 'caps' | 'initial' | 'particle';

export interface NameWord {
  /** Index of the token in the sentence. */
  readonly token: number;
  readonly shape: NameWordShape;
  /** The word as written, without a possessive "’s". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly given: GivenNameKind;
  /** A word of English in lower case ("Home", "Park", "Affairs"): a name only beside better evidence. */
  readonly common: boolean;
  readonly surname: boolean;
  /** The word ends its name: a possessive ("Schmid’s") or a closing initial's period is followed by no name. */
  readonly possessive: boolean;
  /** Inside a body's name another reader found: a name only with a title or a role ("Public Prosecutor Dragana Jovanović of …"). */
  readonly inBody: boolean;
}

const ORGANISATION_HEADS = new Set(ORGANISATION_HEAD_WORDS.flatMap((head) => head.split(' ')));
const POSSESSIVE = /[’'](?:s)?$/;
/** "d’Estaing", "O’Neill" written with a small letter, "al-Hassan", "el-Sayed". */
const ELIDED = /^(?:(?:d|l|dell|o)['’]|(?:al|el|ul|ad|ar|as|ash|at|az|an)-)\p{Lu}/u;

export const isHonorific = (word: string): boolean => HONORIFICS.has(word);
export const isRoleWord = (word: string): boolean => ROLE_HEADS.has(word.toLowerCase()) || ROLE_MODIFIERS.has(word.toLowerCase());

/** The courtesy title right before token i: "Mr", "Dr.", "H.E." ("Ambassador" is a role, not this). */
export function honorificBefore(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[j]?.text === '.') j--;
  const token = tokens[j];
  if (!token) return false;
  if (isHonorific(token.text)) return true;
  // "H.E.": letters and periods.
  return /^\p{Lu}$/u.test(token.text) && tokens[j - 1]?.text === '.' && /^\p{Lu}$/u.test(tokens[j - 2]?.text ?? '');
}

/** A body's head word or a role word ("Office", "Police", "Prosecutor’s", "General"): what a name before it qualifies. */
export const isHeadWord = (word: string): boolean => {
  const bare = word.replace(POSSESSIVE, '');
  return ORGANISATION_HEADS.has(bare) || isRoleWord(bare);
};

/** A word that can never be part of a name: a month, a closed-class word, a role, a body's head word, a country. */
export function neverInName(word: string): boolean {
  if (NEVER_IN_NAME.has(word) || HONORIFICS.has(word) || ORGANISATION_HEADS.has(word) || isRoleWord(word) || STREET_WORD.test(word)) return true;
  const countries = countryLexicon();
  return countries.byName.has(word) || countries.byDemonym.has(word);
}

/** What the lexicons say of one written word; the same for every token written so. */
interface WordFacts {
  readonly shape: NameWordShape | undefined;
  readonly text: string;
  readonly possessive: boolean;
  readonly given: GivenNameKind;
  readonly common: boolean;
  readonly surname: boolean;
}

/**
 * Facts of words already seen, so that each written word costs its look-ups once per process, not once
 * per token. Cleared when full: its size stays bounded whatever the documents.
 */
const seen = new Map<string, WordFacts>();
const MAX_SEEN = 50_000;
const NOT_A_NAME_WORD: WordFacts = { shape: undefined, text: '', possessive: false, given: undefined, common: false, surname: false };

function factsOf(written: string): WordFacts {
  let facts = seen.get(written);
  if (facts) return facts;
  if (seen.size >= MAX_SEEN) seen.clear();
  facts = readFacts(written);
  seen.set(written, facts);
  return facts;
}

function readFacts(written: string): WordFacts {
  if (NAME_PARTICLES.has(written)) return { ...NOT_A_NAME_WORD, shape: 'particle', text: written };
  if (!/^\p{Lu}/u.test(written) && !ELIDED.test(written)) return NOT_A_NAME_WORD;
  const possessive = POSSESSIVE.test(written);
  const text = possessive ? written.replace(POSSESSIVE, '') : written;
  if (!ELIDED.test(text) && neverInName(text)) return NOT_A_NAME_WORD;
  return {
    shape: /\p{Ll}/u.test(text) ? 'cap' : 'caps',
    text,
    possessive,
    given: givenNameKind(titleCase(text)),
    common: isCommonEnglishWord(text),
    surname: isKnownSurname(text),
  };
}

/**
 * Every token that could be part of a name, with what the lexicons say of it; undefined elsewhere and
 * where `blocked` (a country). Words `inBody` are kept, marked.
 */
export function nameWordsOf(tokens: readonly Token[], blocked?: readonly boolean[], inBody?: readonly boolean[]): (NameWord | undefined)[] {
  const words: (NameWord | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || blocked?.[i]) continue;
    const written = token.text;
    // Most words are lower-case English: no look-up unless the word is a particle or an elided prefix.
    const first = written.charCodeAt(0);
    if (first >= 97 && first <= 122 && !NAME_PARTICLES.has(written) && !ELIDED.test(written)) continue;
    if (written.length === 1) {
      const next = tokens[i + 1];
      if (first >= 65 && first <= 90 && next?.text === '.' && next.start === token.end) {
        words[i] = { token: i, shape: 'initial', text: written, start: token.start, end: next.end, given: undefined, common: false, surname: false, possessive: false, inBody: inBody?.[i] === true };
      }
      continue;
    }
    const facts = factsOf(written);
    if (!facts.shape) continue;
    words[i] = {
      token: i, shape: facts.shape, text: facts.text, start: token.start, end: token.start + facts.text.length,
      given: facts.given, common: facts.common, surname: facts.surname, possessive: facts.possessive, inBody: inBody?.[i] === true,
    };
  }
  return words;
}

const titleCase = (word: string): string => (word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word);

/** "Juan Fernando LÓPEZ" yes, "Court of Paris JUNALCO" no: a city's name before an acronym is no given name. */
const isGivenNotPlace = (word: NameWord) => word.given === 'given' && !isKnownPlace(word.text);

/** A run of adjacent name words (an initial's period is part of the initial). */
export type NameRun = readonly NameWord[];

/**
 * Maximal runs of name words in a sentence. All-capital words join a run only in signature mode
 * ("(sd.) J. STORBECK"); elsewhere they are acronyms. A particle joins only between name words.
 */
export function nameRuns(words: readonly (NameWord | undefined)[], tokens: readonly Token[], { capitals = false } = {}): NameRun[] {
  const runs: NameRun[] = [];
  let run: NameWord[] = [];
  let titled = false;
  const close = () => {
    while (run.length > 0 && run.at(-1)!.shape === 'particle') run.pop();
    if (run.some((w) => w.shape === 'cap' || w.shape === 'caps')) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = words[i];
    // A surname in capitals after a given name or a title: "Juan Fernando LÓPEZ AGUILAR", "Mr DE BOLLE".
    const fits = word && (word.shape !== 'caps' || capitals || (run.length === 0 ? honorificBefore(tokens, i) : titled || run.some(isGivenNotPlace)));
    if (run.length === 0 && word) titled = honorificBefore(tokens, i);
    if (!fits) {
      if (!(word === undefined && tokens[i]!.text === '.' && run.at(-1)?.shape === 'initial' && run.at(-1)!.end === tokens[i]!.end)) close();
      continue;
    }
    run.push(word);
    if (word.possessive) close();
  }
  close();
  return runs;
}
