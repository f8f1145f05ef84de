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

/** The shape of token i as a name word, or undefined when it cannot be one. */
function shapeOf(tokens: readonly Token[], i: number): NameWordShape | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word') return undefined;
  const text = token.text;
  const next = tokens[i + 1];
  if (/^\p{Lu}$/u.test(text)) return next?.text === '.' && next.start === token.end ? 'initial' : undefined;
  if (NAME_PARTICLES.has(text)) return 'particle';
  if (ELIDED.test(text)) return 'cap';
  if (!/^\p{Lu}/u.test(text)) return undefined;
  const bare = text.replace(POSSESSIVE, '');
  if (neverInName(bare)) return undefined;
  return /\p{Ll}/u.test(bare) ? 'cap' : 'caps';
}

/**
 * Every token that could be part of a name, with what the lexicons say of it; undefined elsewhere and
 * where `blocked` (a country). Words `inBody` are kept, marked.
 */
export function nameWordsOf(tokens: readonly Token[], blocked: readonly boolean[] = [], inBody: readonly boolean[] = []): (NameWord | undefined)[] {
  return tokens.map((token, i) => {
    if (blocked[i]) return undefined;
    const shape = shapeOf(tokens, i);
    if (!shape) return undefined;
    const possessive = POSSESSIVE.test(token.text) && shape !== 'initial';
    const text = possessive ? token.text.replace(POSSESSIVE, '') : token.text;
    const lexical = shape === 'cap' || shape === 'caps';
    return {
      token: i,
      shape,
      text,
      start: token.start,
      end: shape === 'initial' ? tokens[i + 1]!.end : token.start + text.length,
      given: lexical ? givenNameKind(titleCase(text)) : undefined,
      common: lexical && isCommonEnglishWord(text),
      surname: lexical && isKnownSurname(text),
      possessive,
      inBody: inBody[i] === true,
    };
  });
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
