import { knownForm } from '../../../nlp/lexicon/organisations.lexicon.ts';
import { countryLexicon } from '../../../nlp/lexicon/countries.lexicon.ts';
import { NUMBER_WORDS } from '../../../nlp/lexicon/numbers.data.ts';
import { NAMED_AFTER_HEADS } from '../../../nlp/lexicon/person-names.data.ts';
import { isKnownOtherThanPerson } from '../../../nlp/lexicon/person-names.lexicon.ts';
import { REPORTING_VERBS } from '../../../nlp/lexicon/person-roles.data.ts';
import { isKnownPlace } from '../../../nlp/lexicon/places.lexicon.ts';
import type { Token } from '../../../nlp/tokens.ts';
import { honorificBefore, isHeadWord, isRoleWord, type NameRun, type NameWord } from './name-words.ts';
import { type RolePhrase, roleAfter, roleBefore, roleInParentheses } from './role-phrases.ts';

/** Stable ids of the rules that find persons, strongest evidence first. */
export type PersonRule =
  | 'person.honorific'
  | 'person.role-before'
  | 'person.role-after'
  | 'person.signature'
  | 'person.given-name'
  | 'person.surname'
  | 'person.initials'
  | 'person.reporting-verb'
  | 'person.byline'
  | 'person.same-person';

export interface NameCandidate {
  readonly words: readonly NameWord[];
  readonly rule: PersonRule;
  readonly role?: RolePhrase;
}

export interface SentenceView {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly start: number;
  /** A line in title case ("Police Seize Cocaine In Antwerp"): its capitals say nothing of names. */
  headline(): boolean;
}

/** A word a name can hold on its own evidence: a given name, a particle, an initial, a word that is not English. */
const isNamey = (word: NameWord) => word.shape === 'initial' || word.shape === 'particle' || word.given !== undefined || word.surname || !word.common;
const isNameWord = (word: NameWord) => word.shape === 'cap' || word.shape === 'caps';

/**
 * Where the name lies in a run of capitalised words: from its first given name ("Home Affairs Ylva
 * Johansson" → "Ylva Johansson"), from the start after a courtesy title, else the longest tail of words
 * that are not English ("Commissioner for Home Affairs Johansson" → "Johansson"). An English word right
 * at the run's end is a surname after a title ("Mr Park") or when the lists know it as one ("Helen Young").
 */
export function nameWithin(run: NameRun, afterHonorific: boolean, afterRole = false): readonly NameWord[] | undefined {
  let from = afterHonorific ? 0 : run.findIndex((w) => w.given === 'given' || (w.given === 'ambiguous' && w.token !== run[0]!.token));
  if (from < 0 && run[0]!.given === 'ambiguous') from = 0;
  // A given name missing from the lists before one that is in them: "Aoife Brennan", "Xhelal Sveçla Hoxha".
  // Not over a word that goes with a body named before it: "the Eurojust Collegium Michele Coninsx".
  const ofABody = (k: number) => k > 0 && knownForm(run[k - 1]!.text) !== undefined;
  // "Maria Teresa Ribeiro": a given name before another is the name's, though it is a word too ("maria", seas).
  const doubleGiven = (k: number) => run[k]!.given !== undefined && run[k + 1]?.given === 'given';
  while (from > 0 && run[from - 1]!.shape === 'cap' && (!run[from - 1]!.common || doubleGiven(from - 1)) && (run[from - 1]!.given !== undefined || !isKnownPlace(run[from - 1]!.text)) && !ofABody(from - 1)) from--;
  if (from < 0) {
    from = run.length;
    while (from > 0 && isNamey(run[from - 1]!)) from--;
    if (from === run.length) return undefined;
  }
  let to = from;
  // "Europol Director Rob Wainwright": a role word inside the run, right before the name, is a role before it.
  const roleBeforeName = afterRole || (from > 0 && isRoleWord(run[from - 1]!.text));
  while (to < run.length && isNamey(run[to]!)) to++;
  // "Director Rob Wainwright", "Judge Mark Baker": after a role, a given name and one or two capitalised words are
  // the name, though they are words of the language too.
  if (roleBeforeName && to <= from + 1 && run[from]!.given !== undefined && run.length - from <= 3 && run.slice(from).every((w) => w.shape === 'cap' && !w.possessive)) to = run.length;
  // After a courtesy title, English words between name words are name words: "Mr. Park Sung-jae".
  if (afterHonorific) for (let k = to; k < run.length; k++) if (isNamey(run[k]!)) to = k + 1;
  const lastOfRun = run[to];
  // … but only where the name has no surname yet: "Marie Skłodowska-Curie Actions" ends before "Actions".
  const hasSurname = run.slice(from, to).some((w) => w.given === undefined && w.shape !== 'particle' && w.shape !== 'initial');
  // Without a title, only a known surname: "Michael Young" but not "the San Remo Manual".
  // After a role word, a given name's surname may be a word of the language: "Director Rob Wainwright", "Judge Anna Baker".
  if (to === run.length - 1 && (afterHonorific || (to > from && !hasSurname && (lastOfRun!.surname || (roleBeforeName && lastOfRun!.shape === 'cap')))) && !NAMED_AFTER_HEADS.has(lastOfRun!.text.toLowerCase())) to++;
  while (to > from && run[to - 1]!.shape === 'particle') to--;
  // "President von der Leyen", "Ms de la Fuente": a title or a role keeps the particles that open a name.
  while (from < to && run[from]!.shape === 'particle' && !afterHonorific && !afterRole) from++;
  const words = run.slice(from, to);
  return words.some(isNameWord) ? words : undefined;
}

/** "two Mercedes Benz cars": persons are not counted before their name. */
const isNumber = (token: Token) => token.kind === 'number' || NUMBER_WORDS[token.text.toLowerCase()] !== undefined;

const OPERATION_WORDS = /^(?:operation|codenamed|code-named|dubbed|nicknamed|JIT|OTF|vessel|ship|MV)$/i;
const OPENING_QUOTES = /^["“‘'«]$/;

/** Words around a name that make it something else: "the …", "operation …", "… Programme", "… 9" (an address). */
function namesSomethingElse(view: SentenceView, words: readonly NameWord[]): boolean {
  const { tokens } = view;
  const before = tokens[words[0]!.token - 1];
  const lastToken = tokens[words.at(-1)!.token]!;
  const after = tokens[words.at(-1)!.token + 1];
  // A straight quotation mark after a comma or a stop closes a quotation ("…," Rob Wainwright said); it opens no name.
  const closing = before !== undefined && before.text === '"' && /^[,.!?]$/.test(tokens[words[0]!.token - 2]?.text ?? '');
  if (before && (/^(?:the|a|an|The|A|An)$/.test(before.text) || isNumber(before) || OPERATION_WORDS.test(before.text) || (OPENING_QUOTES.test(before.text) && !closing))) return true;
  if (!after || words.at(-1)!.possessive || after.start > lastToken.end + 1) return false;
  return after.kind === 'number' || (after.kind === 'word' && NAMED_AFTER_HEADS.has(after.text.toLowerCase()));
}

/** A name that is a place, a country or a body compromise knows ("Santa Cruz", "San Marino", "Al Qaeda"), or has a country or demonym in it. */
export function isPlaceName(words: readonly NameWord[]): boolean {
  const name = words.map((w) => w.text).join(' ');
  const countries = countryLexicon();
  if (words.length > 1 && isKnownOtherThanPerson(name)) return true;
  return isKnownPlace(name) || countries.byName.has(name) || words.some((w) => countries.byDemonym.has(w.text) || countries.byName.has(w.text));
}

const capitalisedWords = (words: readonly NameWord[]) => words.filter(isNameWord);

/**
 * Reads the person named in a run, if the sentence gives evidence that it is one, strongest first:
 * a courtesy title, a role before or after, a given name, a known surname, initials, a reporting verb.
 */
export function readName(run: NameRun, view: SentenceView): NameCandidate | undefined {
  const { tokens, text, start } = view;
  const titled = honorificBefore(tokens, run[0]!.token);
  const preceding = tokens[run[0]!.token - 1];
  // "Europol director Rob Wainwright": a role word right before the run, in either case; "the Director of Europol, Rob
  // Wainwright,", "Rob Wainwright, the head of Europol,": a role phrase beside the run.
  const roleBeside = (preceding !== undefined && preceding.kind === 'word' && isRoleWord(preceding.text))
    || roleBefore(tokens, run[0]!.token, text, start) !== undefined || roleAfter(tokens, run.at(-1)!.token + 1, text, start) !== undefined;
  let words = nameWithin(run, titled, roleBeside);
  if (!words) return undefined;
  // "President of the Eurojust Collegium Michele Coninsx": a word right after a body's name is that body's.
  while (words.length > 2 && words[0]!.given === undefined && knownForm(tokens[words[0]!.token - 1]?.text ?? '') !== undefined) words = words.slice(1);
  const first = words[0]!.token;
  const last = words.at(-1)!.token;
  const nameEnd = last + 1 + (tokens[last + 1]?.text === '.' && words.at(-1)!.shape === 'initial' ? 1 : 0);
  const found = roleBefore(tokens, first, text, start);
  const after = roleAfter(tokens, nameEnd, text, start) ?? roleInParentheses(tokens, nameEnd, text, start);
  // "… Ms Coninsx, President of Eurojust, Mr Zeyen, Vice-President …": a role between a name and a comma and the next
  // name is the first one's apposition; the next name's role is the one after it.
  const apposed = found !== undefined && after !== undefined && /\p{Lu}[\p{L}'’.-]*[ \u00a0]*,[ \u00a0]*$/u.test(text.slice(Math.max(0, found.start - start - 40), found.start - start));
  const before = apposed ? after : found;
  const role = before ?? after;
  const names = capitalisedWords(words);
  if (titled && first === run[0]!.token) return { words, rule: 'person.honorific', ...(role ? { role } : {}) };
  // "By Gvantsa Gabekhadze | 26 December": a line opened by "By" and a name of two to four words names the author.
  const closes = tokens[last + 1] === undefined || /^[|,·•]$/.test(tokens[last + 1]!.text);
  if (first === 1 && tokens[0]?.text === 'By' && words.length >= 2 && words.length <= 4 && closes && words.every((w) => w.shape === 'cap')) return { words, rule: 'person.byline' };
  if (namesSomethingElse(view, words) || isPlaceName(words)) return undefined;
  // "Marie Skłodowska-Curie Actions", "Schuman Declaration": a name qualifying a capitalised noun (outside headlines).
  const following = run[run.indexOf(words.at(-1)!) + 1];
  if (following && following.common && following.shape === 'cap' && !view.headline()) return undefined;
  // "the Passenger Name Record agreement": a given name that is a word of the language, after another capitalised word
  // of the language that is no role and with no known surname, is a word of a title.
  const leading = run[run.indexOf(words[0]!) - 1];
  if (leading && leading.common && leading.shape === 'cap' && leading.token > 0 && !isRoleWord(leading.text) && !titled && !view.headline() && words[0]!.common && !words.some((w) => w.surname)) return undefined;
  if (words.some((w) => w.inBody) && !(role && words[0]!.given === 'given')) return undefined;
  // "Director General Migration": a role before English words names no one.
  // "Europol Director Rob Wainwright": after a role, a given name (though a word too) and a second word are a name.
  if (names.every((w) => w.common && !w.surname && w.given !== 'given') && !((before || after) && names.length >= 2 && names[0]!.given !== undefined)) return undefined;
  const single = names.length === 1 && !words.some((w) => w.shape === 'initial');
  // "a BiH Liaison Prosecutor to Eurojust, BiH will …", "Head of the EU Delegation": one word with two capitals is an
  // abbreviation, and a body's head word ends the role's body; neither is a person named alone.
  const abbreviation = /^\p{Lu}\p{L}*\p{Lu}/u.test(names[0]!.text);
  const plausibleSingle = (!names[0]!.common || names[0]!.surname || names[0]!.given === 'given') && !abbreviation && !isHeadWord(names[0]!.text);
  if (before && (!single || plausibleSingle)) return { words, rule: 'person.role-before', role: before };
  if (after && !single) return { words, rule: 'person.role-after', role: after };
  // "Sofia City Prosecutor’s Office": a name before a role or a body's head word qualifies it.
  const next = tokens[nameEnd];
  if (single || view.headline() || (next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && isHeadWord(next.text))) return undefined;
  if (countedNoun(tokens, nameEnd)) return undefined;
  const firstName = names[0]!;
  const rest = names.slice(1);
  if (firstName.given === 'given' && words[0] === firstName) return { words, rule: 'person.given-name' };
  if (firstName.given === 'ambiguous' && words[0] === firstName && rest.some((w) => !w.common || w.surname)) return { words, rule: 'person.given-name' };
  const notEnglish = names.every((w) => !w.common || w.surname);
  if (!endsLikeAName(next)) return undefined;
  if (notEnglish && names.at(-1)!.surname && names.every((w) => w.shape === 'cap')) return { words, rule: 'person.surname' };
  if (words[0]!.shape === 'initial' && notEnglish) return { words, rule: 'person.initials' };
  if (notEnglish && names.every((w) => w.shape === 'cap') && reportedSpeech(tokens, first, last)) return { words, rule: 'person.reporting-verb' };
  return undefined;
}

/**
 * What follows a name made of unlisted words: punctuation, a verb ("testified", "says", "met"), a
 * preposition or a conjunction. A noun ("the Ciconia Alba concept") makes the words a modifier.
 */
const AFTER_A_NAME = /^(?:and|or|but|nor|of|in|at|on|from|to|for|with|by|as|about|after|before|during|under|over|into|onto|against|through|without|within|between|among|since|until|upon|near|despite|via|per|who|whose|which|was|were|is|are|has|have|had|will|would|could|should|may|might|must|can|did|does|also|then|met|told|led|ran|said|says|spoke|gave|took|made|left|came|went|became|wrote|held|won|lost|sent|saw|heard|thought|found|brought)$/;
function endsLikeAName(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return true;
  if (/^\p{Lu}/u.test(next.text)) return true;
  return AFTER_A_NAME.test(next.text) || REPORTING_VERBS.has(next.text) || /(?:ed|[^s]s)$/.test(next.text);
}

/**
 * "Louis Vuitton bags and Hugo Boss suits": a plural noun closing its phrase right after the words makes
 * them a make or a brand. A verb in -s goes on ("Anna Berg leads the unit").
 */
const CLOSES_A_PHRASE = /^(?:[,.;:)]|and|or|worth|valued)$/;
function countedNoun(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at];
  return noun?.kind === 'word' && /^\p{Ll}[\p{L}-]*[^s']s$/u.test(noun.text) && CLOSES_A_PHRASE.test(tokens[at + 1]?.text ?? '.');
}

/** "said Anna Berg", "Berg added", "according to Anna Berg". */
function reportedSpeech(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.text;
  const after = tokens[last + 1]?.text;
  if (before && REPORTING_VERBS.has(before)) return true;
  if (after && REPORTING_VERBS.has(after)) return true;
  return before === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according';
}
