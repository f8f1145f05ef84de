import nlp from 'compromise';
import { CHANGE_VERBS, IRREGULAR_FORMS, NOT_ACTIONS, REPORT_VERBS, VERB_PARTICLES } from '../../nlp/lexicon/report-verbs.data.ts';
import type { Token } from '../../nlp/tokens.ts';
import { mayBeVerb } from '../../nlp/lexicon/english-words.lexicon.ts';

/**
 * Word classes from the word itself, with no tagger: closed classes from lists, verbs from their
 * forms (-ed, -ing, irregular pasts), from REPORT_VERBS and from compromise's lexicon (a lookup, not
 * a parse). The figure rules read clause structure from these and from word order; tagging every
 * figure's sentence would cost more than the rest of extraction.
 */
const words = (list: string) => new Set(list.split(' '));
export const DETERMINERS = words('the a an this these those that its their his her our your my all both each every such any no another other some several many few most');
export const PREPOSITIONS = words('in on at from to for during across with by between into against through since under over within of among amongst throughout via per after before around about towards toward upon without along beyond despite following including regarding concerning except inside outside onto behind near besides like than off amid alongside');
export const CONJUNCTIONS = words('and or but nor while whereas although though because as that which who whom whose where when whether if so yet');
export const AUXILIARIES = words('be is are was were been being am have has had having do does did will would shall should can could may might must get got gets getting');
export const PRONOUNS = words('it they he she we you i them him us me itself themselves himself herself this');
const ADVERBS = words('often always usually sometimes thus hence meanwhile afterwards instead also then already still now just only even further simultaneously together later earlier subsequently reportedly recently again ever never not very well so too soon today yesterday here there respectively altogether alone annually globally worldwide nationwide overall approximately almost nearly some online offline abroad overseas home daily weekly monthly yearly');

const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle', 'PerfectTense', 'Verb']);
const REPORT_VERB_SET = new Set(REPORT_VERBS);

export const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
export const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';

/**
 * The first index in [from, to] whose token passes, or -1: a scan of that window only (Array#findIndex with an index
 * test would walk the whole sentence for every figure, quadratic in a long one).
 */
export function indexWithin(tokens: readonly Token[], from: number, to: number, test: (token: Token) => boolean): number {
  for (let k = Math.max(0, from); k <= Math.min(to, tokens.length - 1); k++) if (test(tokens[k]!)) return k;
  return -1;
}

/** The last index in [from, to] whose token passes, or -1, scanning back from `to`. */
export function lastIndexWithin(tokens: readonly Token[], from: number, to: number, test: (token: Token) => boolean): number {
  for (let k = Math.min(to, tokens.length - 1); k >= Math.max(0, from); k--) if (test(tokens[k]!)) return k;
  return -1;
}

const isFunctionWord = (word: string) => DETERMINERS.has(word) || PREPOSITIONS.has(word) || CONJUNCTIONS.has(word) || AUXILIARIES.has(word) || PRONOUNS.has(word);
export const isAdverb = (word: string) => ADVERBS.has(word) || (/ly$/.test(word) && word.length > 4 && !/(?:ily|ply)$/.test(word) && word !== 'italy');

/** The base forms a word may be a form of: "seized" → seize, "stopped" → stop, "detains" → detain. */
export function baseForms(word: string): string[] {
  const irregular = IRREGULAR_FORMS[word];
  if (irregular) return [irregular];
  const bases = [word];
  for (const [suffix, back] of [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ies', 'y'], ['es', ''], ['s', '']] as const) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const stem = word.slice(0, -suffix.length);
    bases.push(stem + back);
    if (back === '' && /([bdgklmnprt])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  }
  return bases;
}

const NOT_PARTICIPLES = words('hundred red bed shed need speed seed feed breed creed naked sacred wicked kindred rugged ragged wretched hatred');
/**
 * A past participle: a regular -ed form, an irregular form listed with its base, or a form compromise's lexicon files as a
 * participle ("written", "shown", "driven"); "been" is the auxiliary's.
 */
export const isParticiple = (word: string) =>
  IRREGULAR_FORMS[word] !== undefined || (/^[a-z][a-z-]+ed$/.test(word) && !NOT_PARTICIPLES.has(word)) || (lexicon[word] === 'Participle' && word !== 'been');
/** A verb in the past: a regular or listed form, or a past tense compromise's lexicon knows ("came", "fled"). */
export const isPastTense = (word: string) => isParticiple(word) || lexicon[word] === 'PastTense';
export const isGerund = (word: string) => /^[a-z]{3,}ing$/.test(word) && !/^(?:thing|things|king|ring|spring|string|evening|morning|nothing|something|anything|everything|ceiling|during|wing)$/.test(word);

/** A verb form that may report an action: a participle, a gerund, or a known verb in any form. */
export function isVerb(word: string): boolean {
  if (isFunctionWord(word) || isAdverb(word)) return false;
  if (isParticiple(word) || isGerund(word)) return true;
  if (isReportVerb(word)) return true;
  return VERB_TAGS.has(lexicon[word] ?? '');
}

/** A form of one of REPORT_VERBS: "uncovered", "seizes". */
export const isReportVerb = (word: string) => baseForms(word).some((base) => REPORT_VERB_SET.has(base));

/** A verb whose base form says the counted thing was acted on ("seized"), not described ("based"). */
export const isAction = (word: string) => isVerb(word) && !NOT_ACTIONS.has(word);

export const isChangeVerb = (word: string) => baseForms(word).some((base) => CHANGE_VERBS.has(base));

/** Only a verb, never a noun, after a plural noun: "networks [operate] globally", "groups [make] use". */
export function isBareVerb(word: string): boolean {
  const tag = lexicon[word];
  return (tag === 'Infinitive' || tag === 'PastTense') && !/s$/.test(word);
}

/** "came", "went", "arrived": a form compromise knows only as a past tense. */
export const isSimplePast = (word: string) => lexicon[word] === 'PastTense';

/** "represents", "operates": a verb in the third person whose base compromise knows only as a verb. */
export function isThirdPersonVerb(word: string): boolean {
  if (!/^\p{Ll}+[^s]s$/u.test(word) || lexicon[word] !== undefined && lexicon[word] !== 'PresentTense') return false;
  const base = word.slice(0, -1);
  return lexicon[base] === 'Infinitive' || lexicon[word] === 'PresentTense';
}

/** "hosts", "runs": a third-person form whose base the dictionary inflects as a verb, though it may be a plural too. */
export const mayBePresentVerb = (word: string) => isThirdPersonVerb(word) || (/^\p{Ll}+[^s]s$/u.test(word) && mayBeVerb(word.slice(0, -1)));

/** "new", "foreign": a word compromise knows only as an adjective. */
export const isAdjective = (word: string) => lexicon[word] === 'Adjective' || lexicon[word] === 'Comparable';

/** A word that can stand in a noun phrase: not a function word, adverb or punctuation. */
export const isNominal = (token: Token | undefined): boolean => isWord(token) && !isFunctionWord(lower(token)) && !isAdverb(lower(token));

/** "suspects’", "Eurojust's", "regions'": a possessive. */
export const isPossessive = (token: Token | undefined) => isWord(token) && /(?:['’]s?)$/.test(token.text);
export const withoutPossessive = (text: string) => text.replace(/['’]s?$/, '');

/** Plurals that modify the noun after them ("customs officers", "drugs trade"): the word after them is no verb. */
const PLURAL_MODIFIERS = words('customs arms drugs goods sales savings species series news means headquarters premises proceeds sports arts narcotics operations');

/**
 * "122 staff members work in the office", "the two nations look forward to": after a plural noun, a word the
 * dictionary inflects as a verb, in its bare form and followed by a preposition, a determiner or a particle,
 * is the clause's verb in the present, not part of the noun.
 */
export function isPresentVerbAfterPlural(tokens: readonly Token[], i: number): boolean {
  const word = lower(tokens[i]);
  const noun = lower(tokens[i - 1]);
  if (tokens[i]?.kind !== 'word' || !/^\p{Ll}+$/u.test(tokens[i]!.text) || /s$/.test(word) || !/[^s]s$/.test(noun) || PLURAL_MODIFIERS.has(noun)) return false;
  if (!isBareVerb(word) && !mayBeVerb(word)) return false;
  const next = lower(tokens[i + 1]);
  return (PREPOSITIONS.has(next) && next !== 'of') || DETERMINERS.has(next) || VERB_PARTICLES.has(next) || next === 'forward';
}
