import { isCurrencyCode as isCurrency } from '../../nlp/lexicon/units.data.ts';
import { smallNumber } from '../../nlp/numbers/word-numbers.ts';
import type { Token } from '../../nlp/tokens.ts';
import { NOT_ACTION_GERUNDS, VERB_PARTICLES } from '../../nlp/lexicon/report-verbs.data.ts';
import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS, isAdjective, isAdverb, isBareVerb, isPresentVerbAfterPlural, isThirdPersonVerb, isGerund, isNominal, isParticiple, isPastTense, isPossessive, isSimplePast, isVerb, lower } from './word-classes.ts';

/**
 * What a figure counts, as a noun phrase of the text: read forwards after the number ("17 [suspects]",
 * "1 800 kilos of [cocaine and heroin]", "[seven suspected members of the smuggling network]"), or
 * backwards before it ("[the suspects’ assets] worth EUR 57 million", "[cybercrime cases] increased
 * by one-third"). Token indices of the phrase, or null.
 */
export interface Phrase {
  readonly first: number;
  readonly last: number;
}

const MAX_WORDS = 6;
/** Heads whose "of" phrase is part of what is counted: "members of the forgers group", "clusters of topics". */
// "members of the criminal group" counts members: the group they belong to is whose, not what is counted.
const PARTITIVE_HEADS = new Set(['clusters', 'types', 'kinds', 'categories', 'forms', 'pieces', 'items', 'batches', 'packages', 'bags', 'boxes', 'doses', 'parts', 'units', 'sorts',
  // "2 000 packets of cigarettes", "60 000 rounds of ammunition", "12 acts of cargo theft", "5 detections of forged documents":
  // a container, a piece or an event counts what its "of" names.
  'packets', 'packs', 'cartons', 'rounds', 'acts', 'instances', 'detections', 'refusals',
  // "600 tablets of counterfeit medicine", "three counts of attempted murder", "two sets of conclusions", "arrivals of migrants".
  'tablets', 'pills', 'capsules', 'bottles', 'sachets', 'crates', 'pallets', 'containers', 'counts', 'charges', 'sets', 'arrivals']);
const NEVER_IN_PHRASE = new Set(['out', 'more', 'less', 'fewer', 'thanks', 'due', 'worth', 'each', 'alone', 'than', 'per', 'annually', 'globally', 'respectively', 'ago', 'later', 'earlier', 'worldwide', 'overall', 'apiece']);
/** "networks active in the EU", "officers present": an adjective after the noun opens its complement (before it, "active investigations", it modifies). */
const AFTER_NOUN_ONLY = new Set(['active', 'present', 'responsible', 'available', 'eligible', 'ready', 'liable', 'able', 'capable']);
/** Adverbs that are adjectives before a noun: "online fraud", "daily reports", "overseas accounts". */
const ALSO_ADJECTIVES = new Set(['overall', 'online', 'offline', 'overseas', 'daily', 'weekly', 'monthly', 'yearly', 'nationwide', 'worldwide', 'home']);
const RELATING_GERUNDS = new Set(['involving', 'including', 'concerning', 'regarding', 'targeting', 'affecting', 'totalling', 'totaling', 'amounting', 'worth', 'using', 'linking', 'relating', 'exceeding', 'reaching', 'representing']);
const SUPERLATIVE = /^(?:most|least|more|less)$/;
/** "the EU’s", "Europol's": an owner in the singular reads as a determiner; "the two regions’" is what is counted. */
const singularOwner = (token: Token | undefined) => isPossessive(token) && /['’]s$/.test(token!.text) && !/s['’]$/.test(token!.text);
const SKIPPED_BEFORE_PHRASE = new Set(['such', 'more', 'fewer', 'less', 'additional', 'other', 'further', 'the', 'all', 'these', 'those', 'its', 'their']);

export const isNumberWord = (word: string) => smallNumber(word) !== undefined || /^(?:one|two|three|four)[-‐]/.test(word) || /^(?:hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter)$/.test(word);

/** "EUR" of "… and EUR 2bn": the next quantity begins. */
const startsAmount = (token: Token | undefined) => token !== undefined && isCurrency(token.text);
const plural = (token: Token | undefined) => /s$/.test(lower(token));
const modifierFollows = (tokens: readonly Token[], i: number) => isNominal(tokens[i]) || tokens[i]?.text === ',' || /^(?:and|or)$/.test(lower(tokens[i]));

export function phraseAfter(tokens: readonly Token[], from: number): Phrase | null {
  let i = from;
  // "the most threatening networks", "the EU’s most threatening groups": determiners and an owner before the phrase.
  // "half of the 2 500 reported incidents": a number inside the phrase is a figure of its own.
  const opens = (k: number) => isNominal(tokens[k]) || SUPERLATIVE.test(lower(tokens[k])) || (tokens[k]?.kind === 'number' && isNominal(tokens[k + 1])) || (ALSO_ADJECTIVES.has(lower(tokens[k])) && isNominal(tokens[k + 1]));
  while ((SKIPPED_BEFORE_PHRASE.has(lower(tokens[i])) || singularOwner(tokens[i]) || (i > from && tokens[i]!.kind === 'number')) && opens(i + 1)) i++;
  const first = i;
  // "70% came from private parties": a verb in the past right after the number; it counts nothing named here.
  // "34 forged documents detected": a past form before a noun and the clause's participle modifies the noun.
  // "70 completed terrorist attacks", "25 organised crime groups": a regular -ed form before a lower-case noun modifies it.
  const modifies = /ed$/.test(lower(tokens[i])) && tokens[i + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i + 1]!.text) && isNominal(tokens[i + 1]) && !isAdverb(lower(tokens[i + 1])) && !PREPOSITIONS.has(lower(tokens[i + 1])) && !DETERMINERS.has(lower(tokens[i + 1]));
  if (isSimplePast(lower(tokens[i])) && tokens[i - 1]?.kind !== 'word' && !modifies && !(isNominal(tokens[i + 1]) && !isVerb(lower(tokens[i + 1])) && isParticiple(lower(tokens[i + 2])))) return null;
  // "the other 68 remain under investigation": a verb in the present, then a preposition or an adverb, after the number.
  if (isBareVerb(lower(tokens[i])) && tokens[i - 1]?.kind === 'number' && (PREPOSITIONS.has(lower(tokens[i + 1])) || isAdverb(lower(tokens[i + 1])))) return null;
  const taken: number[] = [];
  let head = false;
  let words = 0;
  let quoted = false;
  for (; i < tokens.length && words < MAX_WORDS; i++) {
    const token = tokens[i]!;
    const word = lower(token);
    if (token.kind !== 'word') {
      // "two “high-value” suspects": quotation marks around a modifier before the noun.
      if (/^[“"‘]$/.test(token.text) && taken.length === 0 && isNominal(tokens[i + 1])) {
        quoted = true;
        taken.push(i);
        continue;
      }
      if (quoted && /^[”"’]$/.test(token.text)) {
        quoted = false;
        // The quoted words modify the noun after them; if none follows, they were the phrase.
        if (isNominal(tokens[i + 1]) && !isVerb(lower(tokens[i + 1]))) head = false;
        taken.push(i);
        continue;
      }
      // "324 recruiters/herders identified": two nouns joined by a slash are one phrase.
      if (token.text === '/' && taken.length > 0 && isNominal(tokens[i - 1]) && tokens[i + 1]?.kind === 'word' && isNominal(tokens[i + 1]) && tokens[i - 1]!.end === token.start && token.end === tokens[i + 1]!.start) {
        taken.push(i);
        continue;
      }
      // "foiled, failed and completed terrorist attacks": commas between modifiers before the noun.
      // "seven permanent, specialised networks": one word before the comma that is no plural modifies as well.
      const modifierBefore = head && taken.length === 1 && !plural(tokens[i - 1]) && /^\p{Ll}/u.test(tokens[i - 1]!.text) && isParticiple(lower(tokens[i + 1])) && isNominal(tokens[i + 2]);
      if (token.text === ',' && (!head || modifierBefore) && taken.length > 0 && (isParticiple(lower(tokens[i + 1])) || isNominal(tokens[i + 1]))) {
        head = false;
        taken.push(i);
        continue;
      }
      break;
    }
    // "500 investors EUR 3 million": an amount after the phrase is a figure of its own.
    if (taken.length > 0 && startsAmount(token) && /^\p{Lu}{3}$/u.test(token.text)) break;
    if (word === 'and' || word === 'or') {
      const next = lower(tokens[i + 1]);
      // "cocaine and heroin", "countries and international organisations"; not "suspects and seized".
      // "1 000 police and tax and customs officers": a word that may be a verb, before another "and" or a noun, modifies.
      // "… 5 suspects and search warrants were executed": not before an auxiliary, where a clause of its own starts.
      const modifier = /^(?:and|or)$/.test(lower(tokens[i + 2])) || (isNominal(tokens[i + 2]) && !isVerb(lower(tokens[i + 2])) && /^\p{Ll}/u.test(tokens[i + 2]!.text) && !AUXILIARIES.has(lower(tokens[i + 3])));
      // "five small and medium-sized companies": a hyphenated participle before the noun modifies it.
      const hyphenated = /\p{L}-\p{L}/u.test(tokens[i + 1]?.text ?? '') && isNominal(tokens[i + 2]) && (!isVerb(lower(tokens[i + 2])) || plural(tokens[i + 2])) && tokens[i + 2]?.kind === 'word';
      if (taken.length === 0 || !isNominal(tokens[i + 1]) || isNumberWord(next) || startsAmount(tokens[i + 1]) || (head && ((isParticiple(next) && !hyphenated) || isGerund(next) || ((isBareVerb(next) || isVerb(next) && !/s$/.test(next)) && !modifier && !hyphenated)))) break;
      taken.push(i);
      continue;
    }
    if (word === 'of' && head && PARTITIVE_HEADS.has(lower(tokens[taken.at(-1)!]))) {
      taken.push(i);
      if (DETERMINERS.has(lower(tokens[i + 1]))) taken.push(++i);
      head = false;
      continue;
    }
    // "9 300 new cases last year", "40 arrests this week": a time phrase ends the counted phrase.
    if (head && /^(?:last|this|next|previous|yesterday|today)$/.test(word)) break;
    if (SUPERLATIVE.test(word) && !head && isNominal(tokens[i + 1])) {
      taken.push(i);
      continue;
    }
    if (!isNominal(token) || NEVER_IN_PHRASE.has(word) || (AFTER_NOUN_ONLY.has(word) && head) || isNumberWord(word) && head) {
      // "newly opened cases": an adverb before a participle that modifies the noun; "online fraud".
      // "potentially dangerous medicines": an adverb before an adjective before the noun.
      if (isAdverb(word) && !head && ((isParticiple(lower(tokens[i + 1])) && isNominal(tokens[i + 2])) || (ALSO_ADJECTIVES.has(word) && isNominal(tokens[i + 1])) || (/ly$/.test(word) && isNominal(tokens[i + 1]) && isNominal(tokens[i + 2]) && tokens[i + 2]?.kind === 'word'))) {
        taken.push(i);
        continue;
      }
      break;
    }
    // "30% of the total estimated damage": "total" before a modifier or a noun modifies it.
    if (word === 'total' && taken.length === 0 && (isParticiple(lower(tokens[i + 1])) || (isNominal(tokens[i + 1]) && tokens[i + 1]!.kind === 'word' && !PREPOSITIONS.has(lower(tokens[i + 1]))))) {
      taken.push(i);
      words++;
      continue;
    }
    // "EUR 240 000 in funding", "EUR 1.9 million in JIT funding": a gerund that names a thing.
    if (NOT_ACTION_GERUNDS.has(word) && !isNominal(tokens[i + 1])) {
      taken.push(i);
      head = true;
      break;
    }
    // "114 European Delegated Prosecutors": a capitalised participle between capitalised words belongs to a name.
    if ((isParticiple(word) || isGerund(word)) && !(/^\p{Lu}/u.test(token.text) && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))) {
      // Before the noun a participle modifies it ("suspected members"); after it, a clause starts
      // ("52 suspects targeted"). A gerund after a singular noun makes a compound ("money laundering cases").
      // "42 Ghost ECC encrypted devices": after a name used as a modifier, a participle before a noun modifies it too.
      // "VAT fraud involving alcohol exports": a gerund that relates the noun to another opens its complement.
      // "two major intelligence-led operations", "EU-funded projects": a hyphenated participle before a noun modifies it.
      const compound = (/\p{L}-\p{L}/u.test(token.text) && isNominal(tokens[i + 1]) && !isParticiple(lower(tokens[i + 1])) && !AUXILIARIES.has(lower(tokens[i + 1])))
        || (isGerund(word) && head && !plural(tokens[i - 1]) && isNominal(tokens[i + 1]) && !RELATING_GERUNDS.has(word))
        // "All 27 Member States took part": an irregular past after a name is the clause's verb, never a modifier.
        || (head && isParticiple(word) && /ed$/.test(word) && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && isNominal(tokens[i + 1]) && !isVerb(lower(tokens[i + 1])) && !PREPOSITIONS.has(lower(tokens[i + 1])));
      if ((head && !compound) || !modifierFollows(tokens, i + 1)) break;
      taken.push(i);
      words++;
      // "small and medium-sized firms": after a modifier, the noun is yet to come.
      if (compound && /\p{L}-\p{L}/u.test(token.text)) head = false;
      continue;
    }
    // "more than 10 000 cases represents an increase": a verb agreeing with a noun before the figure.
    if (head && (isBareVerb(word) || isThirdPersonVerb(word)) && plural(tokens[taken.at(-1)!])) break;
    if (head && taken.at(-1) === i - 1 && isPresentVerbAfterPlural(tokens, i)) break;
    taken.push(i);
    words++;
    head = true;
    // "the two regions’ commitment": the counted thing is the owner.
    if (isPossessive(token)) break;
  }
  while (taken.length > 0 && !isNominal(tokens[taken.at(-1)!])) taken.pop();
  // "12 “mules”.": a quotation mark left open by the phrase's end is left out with the one that closed it.
  if (taken.length > 0 && /^[“"‘]$/.test(tokens[taken[0]!]!.text) && !taken.slice(1).some((k) => /^[”"’]$/.test(tokens[k]!.text))) taken.shift();
  if (taken.length === 0 || !head && !taken.some((k) => isNominal(tokens[k]) && !isParticiple(lower(tokens[k])))) return null;
  return { first: Math.max(first, taken[0]!), last: taken.at(-1)! };
}

/** A word that may be part of an item of a list of things: a lower-case noun or modifier, not a verb's form; in a list of names, a capitalised word. */
const listItemWord = (token: Token | undefined, capitals: boolean) =>
  isNominal(token) && (capitals ? /^\p{Lu}/u : /^\p{Ll}/u).test(token!.text) && !isPossessive(token) && !countryLexicon().byName.has(token!.text) && !isNumberWord(lower(token))
  && !NOT_LIST_ITEMS.has(lower(token)) && (capitals || (!isParticiple(lower(token)) && !isGerund(lower(token)) && !isSimplePast(lower(token)) && !isThirdPersonVerb(lower(token))));
const NOT_LIST_ITEMS = new Set(['various', 'other', 'several', 'many', 'up', 'down', 'more', 'less', 'such', 'also']);
/** Words that may follow a list of things though they could be nouns: "… and clams that were seized". */
const AFTER_ITEMS = new Set(['that', 'which', 'worth']);

/**
 * What a measure or a count is of when its phrase goes on as a written list: commas, then "and" or "or", join short
 * items with no number among them. Where the items share what they are written of, the list is what is counted:
 * - `measure`: the items after "11 tonnes of fish" are single nouns ("fish, molluscs and crustaceans"), all of them
 *   weighed; "360 kg of cocaine, luxury vehicles and watches" lists other things seized beside the cocaine;
 * - `count`: single words before a last item of two or more share its noun ("1 000 police, tax and customs
 *   officers"); "15 high-end cars, jewelry and watches" counts the cars only;
 * - names after a name ("76 National Members, Deputies and Assistants").
 * The index of the list's last word, or the phrase's own `last`.
 */
export function listedAfter(tokens: readonly Token[], phrase: Phrase, kind: 'measure' | 'count'): number {
  const last = phrase.last;
  if (tokens[last + 1]?.text !== ',') return last;
  const capitals = /^\p{Lu}/u.test(tokens[last]!.text);
  const sizes: number[] = [];
  let k = last + 1;
  while (sizes.length < 8) {
    // k is at a separator: "," or "and"/"or" (", and" too).
    const closing = /^(?:and|or)$/.test(lower(tokens[k])) || (tokens[k]!.text === ',' && /^(?:and|or)$/.test(lower(tokens[k + 1])));
    if (closing && tokens[k]!.text === ',') k++;
    let end = k;
    while (end - k < 3 && listItemWord(tokens[end + 1], capitals)) end++;
    if (end === k) return last;
    sizes.push(end - k);
    const next = tokens[end + 1];
    if (closing) {
      // A longer phrase or a number after the last item says this was no list of things.
      if (next !== undefined && (next.kind === 'number' || (isNominal(next) && !isVerb(lower(next)) && !AFTER_ITEMS.has(lower(next))))) return last;
      const shared = capitals
        || (kind === 'measure' && sizes.every((size) => size === 1))
        || (kind === 'count' && phrase.first === last && sizes.slice(0, -1).every((size) => size === 1) && sizes.at(-1)! >= 2);
      return shared ? end : last;
    }
    if (next?.text !== ',' && !/^(?:and|or)$/.test(lower(next))) return last;
    k = end + 1;
  }
  return last;
}

/**
 * The noun phrase ending at token `end`, read leftwards: "the [suspects’ assets]", "the [stolen gold,
 * silver and brass]", "the number of [core international crime cases]", "Eurojust’s [case workload]".
 */
export function phraseBefore(tokens: readonly Token[], end: number): Phrase | null {
  const taken: number[] = [];
  for (let i = end; i >= 0 && taken.length < MAX_WORDS + 2; i--) {
    const token = tokens[i]!;
    const word = lower(token);
    const before = tokens[i - 1];
    const listed = word === 'and' || (token.text === ',' && taken.some((k) => lower(tokens[k]) === 'and'));
    if (taken.length > 0 && listed && isNominal(before) && !isNumberWord(lower(before)) && !isVerb(lower(before))) {
      taken.push(i);
      continue;
    }
    if (!isNominal(token) || NEVER_IN_PHRASE.has(word) || isNumberWord(word)) break;
    // "handed down sentences": a verb's particle is not the noun phrase's.
    if (VERB_PARTICLES.has(word) && isVerb(lower(before))) break;
    if (isPossessive(token) && taken.length > 0) {
      // "the suspects’ assets" keeps its plural owner; "Eurojust’s case workload" leaves the owner out.
      if (/s['’]$/.test(token.text)) taken.push(i);
      break;
    }
    // "the rule covers persons": a verb agreeing with a singular noun before it ends the phrase.
    const agrees = /^\p{Ll}+[^s]s$/u.test(token.text) && isNominal(before) && /^\p{Ll}+[^s]$/u.test(before!.text) && !DETERMINERS.has(lower(before));
    if (taken.length > 0 && agrees) break;
    if (taken.length > 0 && (isParticiple(word) || isGerund(word) || isVerb(word) && !isNominal(before))) {
      // "the stolen gold" is a modifier; "authorities seized assets": the verb ends the phrase.
      // "…, preventing losses of €10 million": after a comma a gerund opens a clause of its own, it does not modify.
      // "a company that requested EU funds of …": "that" before a verb is the relative pronoun, not the determiner.
      const relative = lower(before) === 'that' && isPastTense(word);
      const opens = before === undefined || (before.kind === 'punctuation' && !(before.text === ',' && isGerund(word))) || (DETERMINERS.has(lower(before)) && !relative) || PREPOSITIONS.has(lower(before));
      // "the tax authorities": after a determiner, a word that may be a verb modifies the noun.
      if ((isParticiple(word) || isGerund(word) || DETERMINERS.has(lower(before))) && opens) taken.push(i);
      break;
    }
    taken.push(i);
  }
  while (taken.length > 0 && !isNominal(tokens[taken.at(-1)!])) taken.pop();
  if (taken.length === 0) return null;
  return { first: taken.at(-1)!, last: taken[0]! };
}

/** "Spanish", "small": a word that only modifies a noun, so a number before it counts a noun written later. */
const modifiesOnly = (token: Token | undefined) => token?.kind === 'word' && (countryLexicon().byDemonym.has(token.text) || isAdjective(lower(token)));

/**
 * "11 Spanish and 6 Moroccan nationals", "5 small, 3 medium and 2 large boats": a number before a modifier
 * alone, in a list whose last item names the noun, counts that noun too. The shared noun's phrase, or null.
 */
export function nounSharedByList(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  if (phrase.first !== phrase.last || !modifiesOnly(tokens[phrase.first])) return null;
  let k = phrase.last + 1;
  for (let items = 0; items < 12; items++) {
    if (!/^(?:,|and|or)$/.test(lower(tokens[k]))) return null;
    if (tokens[k]!.text === ',' && /^(?:and|or)$/.test(lower(tokens[k + 1]))) k++;
    if (tokens[++k]?.kind !== 'number') return null;
    while (tokens[k]?.kind === 'number') k++;
    if (!modifiesOnly(tokens[k])) return null;
    if (isNominal(tokens[k + 1]) && !modifiesOnly(tokens[k + 1])) return phraseAfter(tokens, k + 1);
    k++;
  }
  return null;
}
