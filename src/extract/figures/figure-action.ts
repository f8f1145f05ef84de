import { ACTION_NOUNS, INTRANSITIVE_VERBS, LIGHT_VERBS, NOT_ACTION_GERUNDS, NOT_ACTIONS, OF_TAKING_VERBS, PREDICATE_ACTIONS, PREPOSITIONAL_VERBS, SENTENCING_VERBS, VERB_PARTICLES } from '../../nlp/lexicon/report-verbs.data.ts';
import type { Token } from '../../nlp/tokens.ts';
import { isNumberWord } from './counted-phrase.ts';
import { AUXILIARIES, baseForms, indexWithin, CONJUNCTIONS, DETERMINERS, isAction, isAdverb, isBareVerb, isGerund, isNominal, isParticiple, isPastTense, isPresentVerbAfterPlural, isReportVerb, isSimplePast, isThirdPersonVerb, isVerb, lower, mayBePresentVerb, PREPOSITIONS } from './word-classes.ts';

/**
 * The verb that happened to what a figure counts, as written: the verb whose object the counted
 * phrase is ("authorities [seized] assets worth …", "[issued and executed] 118 arrest warrants",
 * "[took action] in 66 prisons"), a noun of action before "of" ("the [arrest] of 13 individuals",
 * "the [seizure and freezing] of criminal assets"), or, when the phrase opens its clause, the verb
 * after it ("17 suspects were [arrested]", "52 suspects [targeted]", "Ten people [died]").
 */
export type TextOf = (first: number, last: number) => string;

// "seized a record 5 tonnes", "only 10-15%": modifiers of the number stand between it and its verb.
const SKIPPED = new Set([...DETERMINERS, 'first', 'second', 'last', 'next', 'top', 'remaining', 'additional', 'further', 'total', 'record', 'suspected', 'alleged', 'potential', 'possible', 'estimated']);
SKIPPED.delete('that');
const CLAUSE_PUNCTUATION = /^[,;:(–—"“”'‘’•\-*]$/;
const NOT_ACTION_PHRASES = /^(?:make|makes|made|making) up$/;

/** Heads of "of" whose complement is what a verb after acts on: "a total of", "a group of", "the majority of". */
const QUANTITY_HEADS = /^(?:total|number|numbers|group|groups|maximum|minimum|average|sum|amount|amounts|batch|haul|series|set|majority|minority|handful|range|variety|team|teams|crew|gang|consignment|shipment|cargo|load|quantity|quantities|lot|lots|host|couple|pair|share|proportion|percentage|part|parts|portion|record|tally|estimate|value|worth|dozens|hundreds|thousands|millions|tens|scores|some|each|all|most|many|several|none|any|both|either|neither|one|half|third|quarter)$/;

/** "undeclared", "unregistered": an adjective; not "uncovered", "unearthed", verbs of their own. */
const isUnAdjective = (word: string) => /^un\p{Ll}+ed$/u.test(word) && !isReportVerb(word);

// "an organisation consisting of 52 members": a gerund that only relates names no action.
export const isActionNoun = (word: string) => ACTION_NOUNS.has(word) || (isGerund(word) && !NOT_ACTION_GERUNDS.has(word) && !NOT_ACTIONS.has(word));

/** The action before the phrase: text, null when there is none, undefined when the phrase opens its clause. */
export function actionBefore(tokens: readonly Token[], first: number, textOf: TextOf, { duration = false, measure = false } = {}): string | null | undefined {
  let k = first - 1;
  for (let hops = 0; hops < 3; hops++) {
    // "undeclared 20,000 masks": an un-…-ed adjective describes the thing, it is not what happened.
    // "arrested in total 12 suspects": a phrase that works as an adverb.
    for (;;) {
      if (k >= 1 && ADVERBIAL_PHRASES.has(`${lower(tokens[k - 1])} ${lower(tokens[k])}`)) k -= 2;
      // "had unlocked 1.2 million phones": after an auxiliary, an un-…-ed form is the verb.
      else if (k >= 0 && (SKIPPED.has(lower(tokens[k])) || (isUnAdjective(lower(tokens[k])) && !AUXILIARIES.has(lower(tokens[k - 1]))) || (isAdverb(lower(tokens[k])) && !VERB_PARTICLES.has(lower(tokens[k]))))) k--;
      else break;
    }
    const token = tokens[k];
    if (!token) return undefined;
    const word = lower(token);
    if (hops === 0) {
      const verb = verbBeforeInsertion(tokens, k);
      if (verb >= 0) return textOf(verb, verb);
    }
    // "As a result of the operation 35 people were arrested", "In 2024 12 suspects …": a noun or a year
    // right before the phrase ends what came before; the phrase opens its clause though no comma says so.
    // "fined the company €3 million", "granted the applicants EUR 2 million": a verb with two objects, the
    // amount the second.
    if (hops === 0 && measure && isNominal(token) && !isVerb(word)) {
      const verb = verbBeforeNounPhrase(tokens, k, { countedObject: true });
      if (verb >= 0 && baseForms(lower(tokens[verb])).some((base) => TWO_OBJECT_VERBS.has(base))) return textOf(verb, verb);
    }
    if (hops === 0 && opensClauseAfter(tokens, k)) return undefined;
    // "Europol said 49 suspects were arrested": a verb of saying with no "that" opens the clause it reports, whose
    // own verb comes after the phrase.
    if (hops === 0 && SAYING.test(word) && k === first - 1) return undefined;
    // "They also seized: over 100 kg of MDMA, …", "officers seized the following: 3 kg of heroin": a list after a
    // colon is the object of the verb before it.
    if (hops === 0 && token.text === ':') {
      const verb = verbIntroducingColonList(tokens, k);
      if (verb >= 0) return textOf(verb, verb);
    }
    if (token.kind !== 'word') return CLAUSE_PUNCTUATION.test(token.text) ? undefined : null;
    if (word === 'of') {
      // "the arrest on 5 October of 4 other members", "the seizure in Rotterdam of 2 tonnes": a short phrase of time or
      // place between the noun of action and "of".
      for (let p = k - 1; p >= Math.max(1, k - 5); p--) {
        const at = tokens[p]!;
        if (/^(?:on|in|at|during)$/.test(lower(at))) {
          if (p < k - 1 && isActionNoun(lower(tokens[p - 1]))) return textOf(p - 1, p - 1);
          break;
        }
        if (!(at.kind === 'number' || /^\p{Lu}/u.test(at.text) || DETERMINERS.has(lower(at)))) break;
      }
      const noun = lower(tokens[k - 1]);
      // "five of the 12 defendants": what happened to the five did not happen to the twelve.
      if (tokens[k - 1]?.kind === 'number' || isNumberWord(noun)) return null;
      if (isActionNoun(noun)) {
        const coordinated = lower(tokens[k - 2]) === 'and' && isActionNoun(lower(tokens[k - 3]));
        return textOf(coordinated ? k - 3 : k - 1, k - 1);
      }
      // "a total of", "a unique community of": the verb is further left, before the phrase "of" hangs on.
      let n = k - 1;
      // "was given a suspended sentence of two years": a participle after a determiner modifies the noun; it is no verb.
      // "the prosecuting authorities of the six countries": so does a gerund.
      const modifying = (at: number) => (isParticiple(lower(tokens[at])) || isGerund(lower(tokens[at]))) && at < k - 1 && DETERMINERS.has(lower(tokens[at - 1])) && !/^(?:that|which)$/.test(lower(tokens[at - 1]));
      while (n >= 0 && isNominal(tokens[n]) && ((!isParticiple(lower(tokens[n])) && !isGerund(lower(tokens[n]))) || modifying(n))) {
        // "In the Netherlands parts of the EUR 600 000 profits were seized": a name then a common noun is where
        // an opening phrase ends and the clause starts; the clause's verb comes after the phrase.
        if (n > 0 && n < k - 1 && /^\p{Lu}/u.test(tokens[n]!.text) && /^\p{Ll}/u.test(tokens[n + 1]!.text)) return undefined;
        n--;
      }
      if (n === k - 1) return null;
      // "a company that requested EU funds of up to €2 million": the relative clause's verb acts on the noun the amount measures.
      if (/^(?:that|which|who)$/.test(lower(tokens[n - 1])) && isPastAction(tokens, n) && isPastTense(lower(tokens[n]))) return textOf(n, n);
      // "the introduction into our country of 4 tons", "detention on remand of the 12 suspects": a noun of action,
      // a short phrase placing it, then "of" and what it acted on.
      let pp = n;
      while (pp > 0 && (DETERMINERS.has(lower(tokens[pp])) || /^(?:our|his|her|my|your)$/.test(lower(tokens[pp])))) pp--;
      if (k - 1 - pp <= 4 && /^(?:in|into|on|at|to|from|within|by)$/.test(lower(tokens[pp])) && isActionNoun(lower(tokens[pp - 1]))) return textOf(pp - 1, pp - 1);
      // "Law enforcement authorities of six Member States executed 53 orders": the phrase "of" hangs on opens the
      // clause, and the clause's verb tells what its head did; but "A total of 14 companies were charged": a
      // quantity's head lets what is counted be the subject.
      let opener = n;
      while (opener >= 0 && DETERMINERS.has(lower(tokens[opener]))) opener--;
      if (!QUANTITY_HEADS.test(lower(tokens[k - 1])) && (opener < 0 || tokens[opener]!.kind === 'punctuation' || CONJUNCTIONS.has(lower(tokens[opener])))) return null;
      k = n;
      continue;
    }
    // "sentenced the two to one year's imprisonment and a fine of €3 million": a second penalty in the list.
    if (word === 'and' && PENALTY_NOUNS.test(lower(tokens[DETERMINERS.has(lower(tokens[k + 1])) ? k + 2 : k + 1]))) {
      for (let to = k - 1; to >= Math.max(0, k - 12); to--) {
        if (lower(tokens[to]) !== 'to') continue;
        const sentencing = sentencingVerbBefore(tokens, to);
        if (sentencing >= 0) return textOf(sentencing, sentencing);
        break;
      }
    }
    if (CONJUNCTIONS.has(word)) return undefined;
    if (VERB_PARTICLES.has(word) && isVerb(lower(tokens[k - 1]))) return notActionPhrase(tokens, k - 1) ? null : textOf(k - 1, k);
    // "The investigation was initiated after 22 firearms were seized": "after", "before", "since" opening a clause of
    // its own, whose verb comes after the phrase.
    if (hops === 0 && CLAUSE_OPENING_PREPOSITIONS.test(word) && opensOwnClause(tokens, first)) return undefined;
    if (PREPOSITIONS.has(word)) {
      // "was sentenced to 6 years", "were detained for 48 hours": a passive whose measure is the figure.
      if (duration && /^(?:to|for)$/.test(word) && isParticiple(lower(tokens[k - 1])) && AUXILIARIES.has(lower(tokens[k - 2])) && !NOT_ACTIONS.has(lower(tokens[k - 1]))) return textOf(k - 1, k - 1);
      // "sentenced the leader of the gang to 8 years", "jailed two men for a total of 30 years": the verb gives the term.
      // "sentenced to a fine of €15 million": an amount after the noun of a penalty, the same.
      if ((duration || PENALTY_NOUNS.test(lower(tokens[DETERMINERS.has(lower(tokens[k + 1])) ? k + 2 : k + 1]))) && /^(?:to|for)$/.test(word)) {
        const sentencing = sentencingVerbBefore(tokens, k);
        if (sentencing >= 0) return textOf(sentencing, sentencing);
      }
      // "dealt with over 8000 cases", "worked on 461 cases": a verb whose object takes a preposition.
      if (baseForms(lower(tokens[k - 1])).some((base) => PREPOSITIONAL_VERBS.has(`${base} ${word}`))) return textOf(k - 1, k);
      // "took part in 3 operations", "cracked down on 40 sites"
      if (baseForms(lower(tokens[k - 2])).some((base) => PREPOSITIONAL_VERBS.has(`${base} ${lower(tokens[k - 1])} ${word}`))) return textOf(k - 2, k);
      // "The searches were undertaken by over 80 officers", "the meeting was attended by 110 delegates": the agent of
      // a passive did what the verb says.
      if (word === 'by' && hops === 0) {
        const particle = VERB_PARTICLES.has(lower(tokens[k - 1])) ? 1 : 0;
        const verb = k - 1 - particle;
        if (isPassiveAction(lower(tokens[verb])) && !NOT_ACTIONS.has(lower(tokens[verb])) && (AUXILIARIES.has(lower(tokens[verb - 1])) || isAdverb(lower(tokens[verb - 1])))) return textOf(verb, k - 1);
      }
      if (word === 'with' && hops === 0) {
        // "intercepted a container with 2 tonnes of cocaine": what the object holds was acted on with it; an
        // amount or a measure only ("cooperation with nine countries" is no content).
        const main = measure && isNominal(tokens[k - 1]) && !isVerb(lower(tokens[k - 1])) ? verbBeforeNounPhrase(tokens, k - 1) : -1;
        // "with 112 nationalities represented among the members": else the phrase opens a small clause of its own.
        return main >= 0 ? textOf(main, main) : undefined;
      }
      // "carried out an operation in 10 countries", "officers from 12 countries": the verb acts on something
      // else; what sits in a prepositional phrase is not what happened to (fixtures/gold/README.md).
      return null;
    }
    // "halted a shipment carrying 90 million cigarettes", "froze accounts holding EUR 2 million": a participle
    // that describes the object; the verb acting on the object acts on what it holds.
    if (isGerund(word) && hops === 0 && k === first - 1 && isNominal(tokens[k - 1]) && !isVerb(lower(tokens[k - 1]))) {
      const main = verbBeforeNounPhrase(tokens, k - 1);
      if (main >= 0) return textOf(main, main);
    }
    // "Eurojust organised 3 meetings": a verb with its object right after, though mostly the adjective of "organised crime".
    // "European Delegated Prosecutors": a capitalised participle mid-sentence belongs to a name.
    if (k > 0 && /^\p{Lu}/u.test(token.text) && isParticiple(word)) {
      const main = verbBeforeNounPhrase(tokens, k);
      return main >= 0 ? textOf(main, main) : null;
    }
    if ((isAction(word) || (ORGANISED.test(word) && k === first - 1)) && !AUXILIARIES.has(word)) {
      // "issued and executed 118 arrest warrants"
      const coordinated = lower(tokens[k - 1]) === 'and' && isParticiple(word) && isParticiple(lower(tokens[k - 2])) && !NOT_ACTIONS.has(lower(tokens[k - 2]));
      return textOf(coordinated ? k - 2 : k, k);
    }
    return null;
  }
  return null;
}

/**
 * "The action day saw 250 checks carried out", "the haul included 6 firearms seized in Spain": after a verb
 * that only relates, a participle right after the counted phrase tells what happened to it.
 */
export function participleAfterRelation(tokens: readonly Token[], first: number, last: number, textOf: TextOf): string | null {
  let k = first - 1;
  while (k >= 0 && (SKIPPED.has(lower(tokens[k])) || isAdverb(lower(tokens[k])))) k--;
  // "has resulted in 207 investigations being opened", "has led to 611 packages being disseminated"
  if (/^(?:in|to)$/.test(lower(tokens[k])) && (RESULTS.test(lower(tokens[k - 1])) || LEADS.test(lower(tokens[k - 1])))) k--;
  const relation = lower(tokens[k]);
  // "Frontex has 2 100 officers deployed at the borders": what one has is where the participle after it happened.
  if (!(isVerb(relation) && (NOT_ACTIONS.has(relation) || LEADS.test(relation))) && !/^(?:has|have|had|having)$/.test(relation)) return null;
  let p = last + 1;
  // "this includes 111 officers already deployed in Serbia": an adverb before the participle.
  while (isAdverb(lower(tokens[p])) && p <= last + 2) p++;
  if (/^(?:being|been)$/.test(lower(tokens[p]))) p++;
  const participle = lower(tokens[p]);
  // "Frontex has 2 500 officers taking part in its operations": what one has is doing what the gerund after it says.
  if (isGerund(participle) && /^(?:has|have|had|having)$/.test(relation) && !NOT_ACTION_GERUNDS.has(participle) && !NOT_ACTIONS.has(participle)) return activeVerb(tokens, p, textOf);
  if (!isParticiple(participle) || NOT_ACTIONS.has(participle)) return null;
  return isParticle(tokens, p + 1) ? textOf(p, p + 1) : textOf(p, p);
}

/** "to a fine of", "to a prison term of": nouns of a penalty whose amount or length a sentence sets. */
const PENALTY_NOUNS = /^(?:fine|fines|penalty|penalties|sentence|sentences|term|terms|prison|imprisonment|custodial|suspended)$/;

/**
 * A verb of sentencing before the "to" of a term, over its object and no punctuation, or -1. The object
 * may be long: "convicted the manager of the company importing the goods via Belgium to 12 months".
 */
function sentencingVerbBefore(tokens: readonly Token[], to: number): number {
  for (let k = to - 1; k >= Math.max(0, to - 16); k--) {
    if (tokens[k]!.kind === 'punctuation' && !/^[-‐]$/.test(tokens[k]!.text)) return -1;
    if (baseForms(lower(tokens[k])).some((base) => SENTENCING_VERBS.has(base))) return k;
  }
  return -1;
}

/**
 * The verb of taking whose second complement starts at the "of" at `of`, or -1: "defrauded more than 1 000 people of
 * EUR 4.5 million", "350 victims were defrauded of EUR 8.5 million", "robbed the bank of €2 million".
 */
export function takingVerbBefore(tokens: readonly Token[], of: number): number {
  if (lower(tokens[of]) !== 'of') return -1;
  const taking = (at: number) => tokens[at]?.kind === 'word' && baseForms(lower(tokens[at])).some((base) => OF_TAKING_VERBS.has(base));
  if (taking(of - 1)) return of - 1;
  const verb = verbBeforeNounPhrase(tokens, of - 1, { countedObject: true });
  return verb >= 0 && taking(verb) ? verb : -1;
}

/**
 * The verb whose object is the list after the colon at `colon`, or -1: "They also seized: …", "officers seized the
 * following: …". Not "Counterfeiting cash group disrupted: 12 arrests", where after a noun a headline's participle
 * tells what happened to the noun; after a pronoun, an adverb or an auxiliary, or before "the following", the verb
 * takes the list.
 */
export function verbIntroducingColonList(tokens: readonly Token[], colon: number): number {
  if (tokens[colon]?.text !== ':') return -1;
  const verb = /^following$/.test(lower(tokens[colon - 1])) && lower(tokens[colon - 2]) === 'the' ? colon - 3 : colon - 1;
  const word = lower(tokens[verb]);
  const takesList = tokens[verb]?.kind === 'word' && /^\p{Ll}/u.test(tokens[verb]!.text) && isVerb(word) && isAction(word) && !AUXILIARIES.has(word) && !isGerund(word) && isPastTense(word)
    && (verb === colon - 3 || PRONOUNS_BEFORE_VERB.test(lower(tokens[verb - 1])) || isAdverb(lower(tokens[verb - 1])) || AUXILIARIES.has(lower(tokens[verb - 1])));
  return takesList ? verb : -1;
}

const ORGANISED = /^organi[sz]ed$/;
const SAYING = /^(?:said|says|say|stated|states|added|adds|noted|notes|explained|explains|told|tells|believes|believed|thinks|estimates)$/;
const PRONOUNS_BEFORE_VERB = /^(?:they|it|he|she|we|police|officers|investigators|authorities)$/;
const RESULTS = /^(?:resulted|resulting|result|results)$/;
const LEADS = /^(?:led|leading|lead|leads)$/;

/** Two-word phrases that work as adverbs between a verb and its object. */
const ADVERBIAL_PHRASES = new Set(['in total', 'so far', 'to date', 'in particular', 'inter alia', 'among others', 'in addition']);

/** The words that open an aside inserted between a verb and its object. */
const ASIDE_OPENERS = /^(?:among|amongst|inter|in|so|to|notably|reportedly|allegedly|altogether|also|again|for|overall|once|respectively)$/;

const CLAUSE_OPENING_PREPOSITIONS = /^(?:after|before|since|until|once)$/;
/** Whether an auxiliary follows the phrase at `first` within its clause: "after 22 firearms were seized". */
function opensOwnClause(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k < Math.min(tokens.length, first + 10); k++) {
    if (tokens[k]!.kind === 'punctuation' && tokens[k]!.text !== '-') return false;
    if (AUXILIARIES.has(lower(tokens[k])) && k > first) return true;
  }
  return false;
}

/** A verb in the past that may act on an object after it: "seized", "arrested", "froze"; not "were", "based". */
const isPastAction = (tokens: readonly Token[], k: number) => isParticiple(lower(tokens[k])) && isAction(lower(tokens[k])) && !AUXILIARIES.has(lower(tokens[k]));

/**
 * The verb before something inserted between it and its object, or -1: a short prepositional phrase
 * ("seized in the searches 15 kilograms", "arrested on Tuesday 7 members", "transferred to offshore accounts
 * more than EUR 6 million"), or an aside between commas ("seized, among other items, 40 phones"; not
 * "Schmid commented, According to the analysis, 76% …", a new sentence in all but its full stop).
 * `k` is the last token before the counted phrase.
 */
function verbBeforeInsertion(tokens: readonly Token[], k: number): number {
  const token = tokens[k];
  if (!token) return -1;
  if (token.text === ',') {
    for (let open = k - 1; open >= Math.max(0, k - 8); open--) {
      if (tokens[open]!.text === ',') return open > 0 && ASIDE_OPENERS.test(lower(tokens[open + 1])) && isPastAction(tokens, open - 1) ? open - 1 : -1;
      if (tokens[open]!.kind !== 'word') return -1;
    }
    return -1;
  }
  // The object of the inserted preposition: a nominal with up to three modifiers or determiners before it.
  if (!isNominal(token) || PREPOSITIONS.has(lower(token)) || isVerb(lower(token)) && !/^\p{Lu}/u.test(token.text) && !/s$/.test(lower(token))) return -1;
  let p = k - 1;
  // A determiner opens the phrase: "fails to name an expert within three weeks" is an infinitive, not a place.
  while (p >= 0 && k - p <= 4 && (isNominal(tokens[p]) || DETERMINERS.has(lower(tokens[p]))) && !PREPOSITIONS.has(lower(tokens[p])) && !DETERMINERS.has(lower(tokens[p + 1]))) p--;
  if (p < 0 || !/^(?:in|on|at|to|into|during|across|from)$/.test(lower(tokens[p]))) return -1;
  if (lower(tokens[p]) === 'to' && isBareVerb(lower(tokens[p + 1]))) return -1;
  // "Europol hosts at its headquarters over 250 liaison officers": a verb in the present, the same.
  return p > 0 && (isPastAction(tokens, p - 1) || (mayBePresentVerb(lower(tokens[p - 1])) && isAction(lower(tokens[p - 1])) && !DETERMINERS.has(lower(tokens[p - 2])))) ? p - 1 : -1;
}

/**
 * A noun that is not a verb, or a year, before the counted phrase: what precedes cannot govern it. A name
 * ends an opening place ("In Kent two firearms were seized") when a preposition introduces it.
 */
function opensClauseAfter(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.kind === 'number') return /^(?:19|20)\d\d$/.test(token.text);
  const word = lower(token);
  if (!isNominal(token) || isVerb(word) || VERB_PARTICLES.has(word) || PREPOSITIONS.has(word) || CONJUNCTIONS.has(word) || isActionNoun(word)) return false;
  if (!/^\p{Lu}/u.test(token.text)) return true;
  let p = k - 1;
  const placing = (at: number) => /^(?:in|at|from|across|throughout)$/.test(lower(tokens[at]));
  while (p >= 0 && !placing(p) && /^\p{Lu}/u.test(tokens[p]!.text) && tokens[p]!.kind === 'word' && k - p < 4) p--;
  return p >= 0 && placing(p);
}

/** "carried out", "taken down"; not "intercepted off Lampedusa", where "off" opens a place. */
// "arrested together with 3 officials": "together with" is a preposition, not a particle.
// "tested out of competition": "out of" is a preposition, not a particle.
// "intercepted off the coast": "off" before a coast opens a place too; "taken off the streets" keeps its particle.
const OFF_PLACE = /^(?:coast|coasts|shore|shores|island|islands|port|harbour|harbor|cape|waters|mainland)$/;
const isParticle = (tokens: readonly Token[], k: number) => VERB_PARTICLES.has(lower(tokens[k])) && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !(lower(tokens[k]) === 'off' && DETERMINERS.has(lower(tokens[k + 1])) && OFF_PLACE.test(lower(tokens[k + 2]))) && !(lower(tokens[k]) === 'together' && lower(tokens[k + 1]) === 'with') && !(lower(tokens[k]) === 'out' && lower(tokens[k + 1]) === 'of');
const notActionPhrase = (tokens: readonly Token[], k: number) => NOT_ACTION_PHRASES.test(`${lower(tokens[k])} ${lower(tokens[k + 1])}`);

/** Verbs whose second object is an amount: "fined the firm €3 million", "awarded the victims €40 000". */
const TWO_OBJECT_VERBS = new Set(['fine', 'grant', 'award', 'pay', 'give', 'offer', 'owe', 'charge', 'lend', 'send', 'cost', 'order', 'allocate']);

/**
 * "four citizens being allegedly involved in a scheme": a passive participle after "being" tells what
 * happened to the counted phrase before it, wherever that phrase sits in its clause.
 */
export function participleAfterBeing(tokens: readonly Token[], last: number, textOf: TextOf): string | null {
  let k = last + 1;
  if (lower(tokens[k]) !== 'being') return null;
  k++;
  while (isAdverb(lower(tokens[k]))) k++;
  return isPassiveAction(lower(tokens[k])) ? textOf(k, k) : null;
}

/** Adjectives a verb of judging predicates of its object: "found guilty", "held liable", "declared bankrupt". */
const PREDICATIVE_ADJECTIVES = /^(?:guilty|liable|responsible|innocent|bankrupt|inadmissible|admissible)$/;

/** A participle that may be the clause's own passive: an action, or one that tells the counted things' part. */
const isPassiveAction = (word: string) => isParticiple(word) && (!NOT_ACTIONS.has(word) || PREDICATE_ACTIONS.has(word));

/**
 * The participle of an auxiliary + participle before the clause ends ("… were [found]"), or -1. The window
 * holds a modifier with its own phrases: "77 individuals suspected of large-scale migrant smuggling from
 * Kosovo to the EU have been [arrested]".
 */
function mainPassiveAfter(tokens: readonly Token[], from: number): number {
  // "29 persons suspected of forgery, the smuggling of migrants and money laundering, have been arrested": a
  // modifier whose complement lists with commas ends on a comma, and the auxiliary stands right after it.
  let comma = false;
  for (let k = from; k < Math.min(tokens.length, from + (comma ? 28 : 16)); k++) {
    const word = lower(tokens[k]);
    if (tokens[k]!.kind === 'number') continue;
    if (word === ',' && k > from) {
      comma = true;
      continue;
    }
    // "Two entrepreneurs from Padua (father and son), charged …, were each sentenced": an aside in brackets.
    if (word === '(') {
      const close = closingBracket(tokens, k);
      if (close < 0) return -1;
      k = close;
      continue;
    }
    // "…, charged as the perpetrators of the scheme, were each sentenced": "as" inside an aside is a preposition.
    if (tokens[k]!.kind !== 'word' || (CONJUNCTIONS.has(word) && word !== 'and' && !(comma && word === 'as'))) return -1;
    if (!AUXILIARIES.has(word)) continue;
    if (comma && lower(tokens[k - 1]) !== ',') return -1;
    let p = k + 1;
    while (AUXILIARIES.has(lower(tokens[p])) || isAdverb(lower(tokens[p])) || /^(?:each|all|both)$/.test(lower(tokens[p]))) p++;
    return isPassiveAction(lower(tokens[p])) ? p : -1;
  }
  return -1;
}

/**
 * The clause's own verb in the past after a modifier of the phrase that opens it: "Three companies
 * operating from the United Kingdom first [arranged] for the import", or -1. A participle followed by
 * "by" is another modifier ("cases owned by third countries"), not the clause's verb.
 */
function mainPastAfter(tokens: readonly Token[], from: number): number {
  let afterAside = false;
  for (let k = from; k < Math.min(tokens.length, from + 16); k++) {
    const token = tokens[k]!;
    const word = lower(token);
    // "aged 15-64": a range of numbers inside the modifier.
    if (token.kind === 'number' || (/^[-–]$/.test(token.text) && tokens[k + 1]?.kind === 'number')) continue;
    // "inspectors from the Customs Directorate (DAA) participated": an aside in brackets inside the complement.
    if (token.text === '(') {
      const close = closingBracket(tokens, k);
      if (close < 0) return -1;
      k = close;
      afterAside = true;
      continue;
    }
    // "registered in Cyprus and operating from Malta": names, or another modifier, after "and".
    // "officers from law enforcement and labour and tax authorities participated": nouns joined inside the complement.
    // "inspectors from the Customs Directorate and the Finance Directorate participated": a second name after "and the".
    const named = (at: number) => /^\p{Lu}/u.test(tokens[at]?.text ?? '');
    const andGoesOn = word === 'and' && (named(k + 1) || (lower(tokens[k + 1]) === 'the' && named(k + 2) && named(k - 1)) || isGerund(lower(tokens[k + 1])) || (isNominal(tokens[k + 1]) && !isParticiple(lower(tokens[k + 1])) && isNominal(tokens[k - 1]) && !isParticiple(lower(tokens[k - 1]))));
    if (token.kind !== 'word' || (CONJUNCTIONS.has(word) && !andGoesOn)) return -1;
    const previous = tokens[k - 1];
    // "adults aged 15-64 used cocaine": the modifier may end on a number.
    // "… the other involved States took part": a capitalised word mid-sentence is a name, not a verb ("states").
    const endsModifier = (afterAside && previous?.text === ')') || isAdverb(lower(previous)) || (previous?.kind === 'number' && !/^(?:19|20)\d\d$/.test(previous.text)) || (isNominal(previous) && (!isVerb(lower(previous)) || /^\p{Lu}/u.test(previous?.text ?? '')));
    // "continued to be", "tried to": a verb before another says how, not what happened.
    // "55 in the United Kingdom": a capitalised participle mid-sentence is a name's word.
    if (isParticiple(word) && !NOT_ACTIONS.has(word) && !/^(?:by|to)$/.test(lower(tokens[k + 1])) && endsModifier && !/^\p{Lu}/u.test(token.text)) return k;
  }
  return -1;
}

/** An active verb at `k` as an action, with its particle or a light verb's bare object ("took part", "carried out"). */
function activeVerb(tokens: readonly Token[], k: number, textOf: TextOf): string {
  if (isParticle(tokens, k + 1)) return textOf(k, k + 1);
  const object = tokens[k + 1];
  const light = baseForms(lower(tokens[k])).some((base) => LIGHT_VERBS.has(base)) && object?.kind === 'word' && /^\p{Ll}+$/u.test(object.text) && isNominal(object)
    && (tokens[k + 2] === undefined || tokens[k + 2]!.kind === 'punctuation' || PREPOSITIONS.has(lower(tokens[k + 2])));
  return textOf(k, light ? k + 1 : k);
}

/** The index of the ")" closing the "(" at `open`, within a short aside, or -1. */
function closingBracket(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < Math.min(tokens.length, open + 10); k++) {
    if (tokens[k]!.text === ')') return k;
    if (tokens[k]!.text === '(') return -1;
  }
  return -1;
}

/**
 * The action after a phrase that opens its clause: a passive or reduced participle, or an active past.
 * `smallClause`: the phrase follows "with", whose participle is its predicate ("with 112 nationalities represented").
 */
export function actionAfter(tokens: readonly Token[], last: number, textOf: TextOf, smallClause = false): string | null {
  let sawAuxiliary = false;
  // The verb is looked for within 15 words of the phrase, not counting the asides stepped over, and never past 48:
  // a run of asides must not make each figure before it read the whole run.
  let limit = last + 16;
  const stepOver = (from: number, to: number) => {
    limit = Math.min(last + 48, limit + to - from);
    return to;
  };
  for (let k = last + 1; k < Math.min(tokens.length, limit); k++) {
    const token = tokens[k]!;
    const word = lower(token);
    // "103 new agreements for Joint Investigation Teams (JITs) were signed": an aside in brackets.
    if (token.text === '(' && !sawAuxiliary) {
      const close = closingBracket(tokens, k);
      if (close > 0) {
        k = stepOver(k, close);
        continue;
      }
    }
    // "270 000 medical devices worth an estimated USD 1.1 million were also recovered": the value between the phrase
    // and its verb.
    if (k === last + 1 && word === 'worth' && !sawAuxiliary) {
      let v = k + 1;
      while (v < Math.min(tokens.length, k + 10) && (tokens[v]!.kind !== 'word' || /^(?:an?|the|estimated|approximately|around|about|some|over|almost|nearly|more|than|million|billion|thousand|bn|m)$/.test(lower(tokens[v])) || /^[A-Z]{3}$/.test(tokens[v]!.text))) v++;
      if (v > k + 1 && AUXILIARIES.has(lower(tokens[v]))) {
        k = v - 1;
        continue;
      }
    }
    // "Sixteen women - potential victims of trafficking - were also identified", "Some 700 firearms – including
    // rocket launchers, were recovered": an aside between dashes, or opened by a dash and closed by a comma.
    if (k === last + 1 && /^[-–—]$/.test(token.text) && !sawAuxiliary) {
      // "two crime areas – trafficking in human beings (THB) and facilitated illegal immigration (FII) – were targeted":
      // an aside may list things with their acronyms.
      const close = indexWithin(tokens, k + 1, k + 22, (t) => /^[-–—,]$/.test(t.text) || /^[;:.]$/.test(t.text));
      if (close > 0 && /^[-–—,]$/.test(tokens[close]!.text) && opensPredicate(tokens, close + 1)) {
        k = stepOver(k, close);
        continue;
      }
    }
    if (token.kind !== 'word' && token.text !== ',') return null;
    if (AUXILIARIES.has(word)) {
      sawAuxiliary = true;
      continue;
    }
    // "€2.7 million was to be financed by the EU", "are yet to be returned": "to" between auxiliaries.
    if (sawAuxiliary && word === 'to' && lower(tokens[k + 1]) === 'be') continue;
    if (isAdverb(word)) continue;
    // "were each sentenced", "have all been charged": a floating quantifier between auxiliary and participle.
    if (sawAuxiliary && /^(?:each|all|both)$/.test(word)) continue;
    // "the two agencies will now also be sharing data", "12 suspects were smuggling migrants": a progressive tells
    // what the counted things were doing.
    if (sawAuxiliary && isGerund(word) && !NOT_ACTION_GERUNDS.has(word)) {
      let b = k - 1;
      while (b > last && isAdverb(lower(tokens[b]))) b--;
      if (/^(?:be|been|is|are|was|were)$/.test(lower(tokens[b]))) return activeVerb(tokens, k, textOf);
    }
    // "Three officers also provided support": adverbs between the phrase and its verb.
    const adjacent = k === last + 1 || tokens.slice(last + 1, k).every((t) => isAdverb(lower(t)));
    if (isParticiple(word) && (sawAuxiliary || adjacent)) {
      // "800 kg of cocaine hidden in boxes were found": the clause's own passive beats a participle that describes.
      if (!sawAuxiliary) {
        const main = mainPassiveAfter(tokens, k + 1);
        if (main >= 0) return textOf(main, main);
        // "Four firms registered in Cyprus … later arranged for the transfers": a modifier, then the clause's verb.
        // "The two organisations collaborated in … held in Lisbon": a verb with no passive is no reduced relative; it is the clause's verb.
        const past = isParticle(tokens, k + 1) || INTRANSITIVE_VERBS.has(word) ? -1 : mainPastAfter(tokens, k + 1);
        if (past >= 0 && !NOT_ACTIONS.has(word)) return activeVerb(tokens, past, textOf);
      }
      // "1 000 people are believed to have been defrauded": the verb after "to" is what happened.
      if (sawAuxiliary && NOT_ACTIONS.has(word) && lower(tokens[k + 1]) === 'to' && AUXILIARIES.has(lower(tokens[k + 2]))) {
        k++;
        continue;
      }
      if (NOT_ACTIONS.has(word) && !((sawAuxiliary || smallClause) && PREDICATE_ACTIONS.has(word))) {
        // "77 individuals suspected of … were arrested" is read above; "3 companies based in Spain shipped …"
        const main = sawAuxiliary ? -1 : mainPastAfter(tokens, k + 1);
        return main >= 0 ? activeVerb(tokens, main, textOf) : null;
      }
      if (notActionPhrase(tokens, k)) return null;
      // "84 suspects have been reported arrested": what was reported happened to them.
      if (sawAuxiliary && /^(?:reported|said|believed|thought|confirmed|understood)$/.test(word) && isPassiveAction(lower(tokens[k + 1]))) return textOf(k + 1, k + 1);
      if (isParticle(tokens, k + 1)) return textOf(k, k + 1);
      // "were found guilty", "were held liable": the verb with the adjective it predicates.
      if (PREDICATIVE_ADJECTIVES.test(lower(tokens[k + 1]))) return textOf(k, k + 1);
      // "210 people were refused entry.", "12 countries took part": a verb with its bare object.
      const object = tokens[k + 1];
      // "were refused entry at …"; not "were awarded grants of €10 million", whose object is what the figure counts.
      const bare = object?.kind === 'word' && /^\p{Ll}+$/u.test(object.text) && isNominal(object) && !isAdverb(lower(object)) && (tokens[k + 2] === undefined || tokens[k + 2]!.kind === 'punctuation' || (PREPOSITIONS.has(lower(tokens[k + 2])) && lower(tokens[k + 2]) !== 'of') || isAdverb(lower(tokens[k + 2])));
      const light = baseForms(word).some((base) => LIGHT_VERBS.has(base)) && !sawAuxiliary;
      return textOf(k, bare && ((sawAuxiliary && !isVerb(lower(object))) || light) ? k + 1 : k);
    }
    // "76% of the networks [operate] globally", "86% of them [make use] of …": a verb in the present right
    // after the phrase that opens the clause is what the counted thing does.
    if (k === last + 1 && (isBareVerb(word) || isPresentVerbAfterPlural(tokens, k)) && !NOT_ACTIONS.has(word) && !AUXILIARIES.has(word)) {
      const object = tokens[k + 1];
      const light = baseForms(word).some((base) => LIGHT_VERBS.has(base)) && object?.kind === 'word' && /^\p{Ll}+$/u.test(object.text) && isNominal(object) && (tokens[k + 2] === undefined || tokens[k + 2]!.kind === 'punctuation' || PREPOSITIONS.has(lower(tokens[k + 2])));
      return textOf(k, light ? k + 1 : k);
    }
    // "Some forty weapons, including military projectiles and detonators were seized": an aside with no comma to close it.
    if (token.text === ',' && !sawAuxiliary && /^(?:including|notably|mainly|mostly|among)$/.test(lower(tokens[k + 1]))) {
      const aux = indexWithin(tokens, k + 2, k + 14, (t) => AUXILIARIES.has(lower(t)));
      const stop = indexWithin(tokens, k + 1, k + 14, (t) => /^[;:.,()]$/.test(t.text));
      if (aux > 0 && (stop < 0 || stop > aux) && opensPredicate(tokens, aux)) {
        k = aux - 1;
        continue;
      }
    }
    // "500 kilos of heroin, worth an estimated EUR 20 million, were intercepted": step over the aside.
    if (token.kind !== 'word' && token.text === ',') {
      // "Four forgery facilities, where the group was alleged to have produced the documents, were dismantled":
      // a relative clause as the aside may be longer.
      // "Five men, for whom warrants had been issued by Germany, were detained": a preposition may open it.
      const relative = /^(?:where|which|who|whose|when)$/.test(lower(tokens[k + 1])) || (PREPOSITIONS.has(lower(tokens[k + 1])) && /^(?:whom|which)$/.test(lower(tokens[k + 2])));
      const reach = relative ? 18 : 8;
      const close = indexWithin(tokens, k + 1, k + reach, (t) => t.text === ',');
      if (close > 0 && (AUXILIARIES.has(lower(tokens[close + 1])) || isParticiple(lower(tokens[close + 1])))) {
        k = stepOver(k, close);
        continue;
      }
    }
    // "over half of which were funded": the relative pronoun stands for what is counted.
    if (/^(?:which|whom)$/.test(word) && lower(tokens[k - 1]) === 'of' && k - 1 === last + 1) continue;
    // "the 4 tonnes of cocaine that were seized", "13 suspects who have been arrested": a relative clause in
    // the passive tells what happened to what is counted.
    // "About 500 individuals who had been working undeclared were identified": past the relative clause, the
    // clause's own passive.
    if (/^(?:that|which|who)$/.test(word) && k === last + 1 && !sawAuxiliary) {
      for (let j = k + 2; j < Math.min(tokens.length, k + 14); j++) {
        if (tokens[j]!.kind !== 'word') break;
        if (AUXILIARIES.has(lower(tokens[j])) && !AUXILIARIES.has(lower(tokens[j - 1])) && !/^(?:that|which|who)$/.test(lower(tokens[j - 1])) && opensPredicate(tokens, j)) {
          k = j - 1;
          break;
        }
      }
      if (k !== last + 1) continue;
    }
    if (/^(?:that|which|who)$/.test(word) && k === last + 1 && AUXILIARIES.has(lower(tokens[k + 1]))) continue;
    // "8 million cigarettes that came from Asia", "40 suspects who allegedly smuggled migrants": with no passive
    // of the clause's own after it, the relative clause's verb in the past is what the counted things did.
    if (/^(?:that|which|who)$/.test(word) && k === last + 1 && !sawAuxiliary) {
      let v = k + 1;
      while (isAdverb(lower(tokens[v]))) v++;
      const verb = lower(tokens[v]);
      if (tokens[v]?.kind === 'word' && isPastTense(verb) && !NOT_ACTIONS.has(verb) && !AUXILIARIES.has(verb) && lower(tokens[v + 1]) !== 'by') return activeVerb(tokens, v, textOf);
      return null;
    }
    // "Three companies operating from the United Kingdom first arranged for …": a modifier, then the clause's verb.
    // "with 32% of networks laundering money": after "with", a gerund is the small clause's predicate.
    if (smallClause && k === last + 1 && isGerund(word) && !NOT_ACTION_GERUNDS.has(word) && !sawAuxiliary) {
      return isParticle(tokens, k + 1) ? textOf(k, k + 1) : textOf(k, k);
    }
    if (k === last + 1 && isGerund(word) && !sawAuxiliary) {
      const main = mainPassiveAfter(tokens, k + 1);
      if (main >= 0) return textOf(main, main);
      const past = mainPastAfter(tokens, k + 1);
      return past >= 0 ? activeVerb(tokens, past, textOf) : null;
    }
    // "Around 600 officers from 11 countries took part in the operation": the phrase's own complement, then
    // the clause's verb.
    if (k === last + 1 && PREPOSITIONS.has(word) && word !== 'of' && !sawAuxiliary) {
      const main = mainPassiveAfter(tokens, k + 1);
      if (main >= 0) return textOf(main, main);
      const past = mainPastAfter(tokens, k + 1);
      return past >= 0 ? activeVerb(tokens, past, textOf) : null;
    }
    if (token.kind !== 'word' || sawAuxiliary || (k === last + 1 && isVerb(word))) return null;
    if (CONJUNCTIONS.has(word) && word !== 'and') return null;
  }
  return null;
}

/** Whether a passive or a verb in the past opens at `k`: "were also identified", "have been seized", "recovered". */
function opensPredicate(tokens: readonly Token[], k: number): boolean {
  let p = k;
  while (AUXILIARIES.has(lower(tokens[p])) || isAdverb(lower(tokens[p]))) p++;
  return p < tokens.length && isParticiple(lower(tokens[p])) && !NOT_ACTIONS.has(lower(tokens[p]));
}

/** The action verb right before the noun phrase ending at `end` (over determiners and modifiers), or -1. */
function verbBeforeNounPhrase(tokens: readonly Token[], end: number, { countedObject = false } = {}): number {
  let k = end;
  // "granted European Delegated Prosecutors freezing orders": a capitalised word mid-sentence belongs to a name.
  const named = (at: number) => at > 0 && /^\p{Lu}/u.test(tokens[at]!.text);
  // "cost at least 33 000 victims an estimated EUR 89 million": the first object may be counted, with its qualifier.
  // Only a verb with two objects reaches so far: "containers holding 300 packages with 15 kg" holds its own figures.
  const counted = (at: number) => countedObject && (tokens[at]!.kind === 'number' || /^(?:at|least|more|than|over|some|about|around|nearly|almost)$/.test(lower(tokens[at])));
  while (k >= 0 && end - k < (countedObject ? 8 : 5) && (isNominal(tokens[k]) || DETERMINERS.has(lower(tokens[k])) || counted(k)) && (!isVerb(lower(tokens[k])) || named(k))) k--;
  return k >= 0 && k < end && isAction(lower(tokens[k])) && !AUXILIARIES.has(lower(tokens[k])) ? k : -1;
}

/** Whether a number stands after the last comma between a figure and the word at `k`: `k` is inside a later list item. */
function itemOfFigureList(tokens: readonly Token[], last: number, k: number): boolean {
  for (let j = k - 1; j > last; j--) {
    if (tokens[j]!.kind === 'number' || isNumberWord(lower(tokens[j]))) return true;
    if (tokens[j]!.text === ',') return false;
  }
  return false;
}

/** "cocaine valued at 15 million euro": a participle after a noun that opens a phrase of its own describes the noun. */
const reducedModifier = (tokens: readonly Token[], k: number) => isParticiple(lower(tokens[k])) && isNominal(tokens[k - 1]) && !isVerb(lower(tokens[k - 1])) && /^(?:at|in|by|from|with|to|for|as)$/.test(lower(tokens[k + 1]));

/** Heads of "a total of 12 …": the counted phrase after them is the clause's subject. */
const TOTAL_HEADS = /^(?:total|number|amount|quantity|quantities|batch|haul|set|series|sum)$/;
/** Words that open another clause: past them a verb is not the figure's. */
const OTHER_CLAUSE = /^(?:which|who|whom|whose|that|while|whereas|but|because|although|though|when|where|if|since|after|before|until|unless)$/;
/**
 * A verb form used as a modifier after a determiner or preposition ("an estimated capacity", "in hidden labs"),
 * or a noun after a number that is also a verb ("3 boats").
 */
const usedAsModifier = (tokens: readonly Token[], k: number) => DETERMINERS.has(lower(tokens[k - 1])) || tokens[k - 1]?.kind === 'number' || isNumberWord(lower(tokens[k - 1]))
  || (PREPOSITIONS.has(lower(tokens[k - 1])) && isNominal(tokens[k + 1]) && !PREPOSITIONS.has(lower(tokens[k + 1])));

/**
 * The passive a clause ends in, shared by every figure of the long subject before it: "In the Netherlands,
 * €7,500 in cash, 2.7 kg of methamphetamine (MDMA) as well as 11,023 litres of precursor chemicals for the
 * extraction of drugs with an estimated capacity of six tonnes were seized"; a list line ending in a bare
 * participle ("120 833 kg of counterfeit detergent, shampoo, diapers seized;"). Only where no verb stands
 * before the figure in its clause (it is part of the subject, not inside a prepositional phrase) and none
 * stands between it and the auxiliary; brackets are stepped over.
 */
export function passiveEndingClause(tokens: readonly Token[], first: number, last: number, textOf: TextOf): string | null {
  // Not a figure inside a prepositional phrase ("Leaders of 7 groups", "during the first two action days") nor
  // the value of something ("worth EUR 2 million"), but "a total of 194 498 pieces" is the subject itself.
  let b = first - 1;
  while (b >= 0 && SKIPPED.has(lower(tokens[b]))) b--;
  const before = lower(tokens[b]);
  if (before === 'worth' || (PREPOSITIONS.has(before) && !(before === 'of' && TOTAL_HEADS.test(lower(tokens[b - 1]))))) return null;
  let existential = false;
  // Bounded: a sentence of thousands of figures must not be read back to its start for each of them.
  for (let k = first - 1; k >= Math.max(0, first - 80); k--) {
    const token = tokens[k]!;
    if (/^[.;:!?•]$/.test(token.text)) break;
    // Inside brackets: an aside, not the clause's subject.
    if (token.text === '(') return null;
    if (token.text === ')') {
      while (k > 0 && tokens[k]!.text !== '(') k--;
      continue;
    }
    if (token.kind !== 'word') continue;
    const word = lower(token);
    // "There is now a total of 100 officers, 30 cars and 2 helicopters deployed to Lithuania": the figures are
    // what exists, and the participle after them tells what happened to them.
    if (/^(?:is|are|was|were)$/.test(word) && lower(tokens[k - 1]) === 'there') {
      existential = true;
      break;
    }
    if (AUXILIARIES.has(word) || OTHER_CLAUSE.test(word)) return null;
    // A capitalised verb form inside the sentence belongs to a name ("European Delegated Prosecutors"); at its start
    // ("Backed by Eurojust and some 250 investigators, …") it opens a participial phrase the figure is inside.
    const named = /^\p{Lu}/u.test(token.text) && tokens[k - 1]?.kind === 'word';
    if ((isPastTense(word) || isGerund(word) || isThirdPersonVerb(word)) && !usedAsModifier(tokens, k) && !named && !reducedModifier(tokens, k)) return null;
  }
  let depth = 0;
  // "Nine members of a group that specialised in ATM attacks have been arrested": a relative clause inside the
  // subject has one verb of its own; the clause's passive comes after it.
  let relative: 'open' | 'verb' | null = null;
  for (let k = last + 1; k < Math.min(tokens.length, last + 60); k++) {
    const token = tokens[k]!;
    if (token.text === '(') depth++;
    else if (token.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || token.text === ')') continue;
    if (/^[.;:!?]$/.test(token.text)) return null;
    if (token.kind !== 'word') continue;
    const word = lower(token);
    // "the United States", "Organised Crime Unit": a capitalised verb form after the figure is a name's word.
    if (/^\p{Lu}/u.test(token.text) && (isPastTense(word) || isGerund(word) || isThirdPersonVerb(word)) && (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || /^\p{Lu}/u.test(tokens[k - 1]?.text ?? ''))) continue;
    if (relative === null && /^(?:that|which|who)$/.test(word) && k > last + 1 && isNominal(tokens[k - 1])) {
      relative = 'open';
      continue;
    }
    if (relative === 'open' && (isPastTense(word) || isThirdPersonVerb(word)) && !AUXILIARIES.has(word)) {
      relative = 'verb';
      continue;
    }
    if (relative === 'open' && AUXILIARIES.has(word)) return null;
    if (OTHER_CLAUSE.test(word)) return null;
    if (AUXILIARIES.has(word)) {
      let p = k + 1;
      while (AUXILIARIES.has(lower(tokens[p])) || isAdverb(lower(tokens[p]))) p++;
      // "were carried out": the participle with its particle.
      return isPassiveAction(lower(tokens[p])) && !NOT_ACTIONS.has(lower(tokens[p])) ? textOf(p, isParticle(tokens, p + 1) ? p + 1 : p) : null;
    }
    // "Three men, aged 52, 46 and 26, were arrested", "23 States, supported by Europol, conducted …": a participle
    // opening an aside between commas describes; the clause's verb comes after it.
    if (isParticiple(word) && tokens[k - 1]?.text === ',' && !isVerb(lower(tokens[k + 1])) && (PREPOSITIONS.has(lower(tokens[k + 1])) || tokens[k + 1]?.kind === 'number')) continue;
    // "rounds of unconverted, converted, and live ammunition": a participle listed among modifiers.
    if (isParticiple(word) && /^(?:,|and|or)$/.test(lower(tokens[k + 1])) && (isNominal(tokens[k + 2]) || /^(?:and|or)$/.test(lower(tokens[k + 2])))) continue;
    // "…, shampoo, diapers seized;": a list line closed by its participle.
    if (isParticiple(word) && (existential || k + 1 >= tokens.length || /^[.;]$/.test(tokens[k + 1]!.text))) return isPassiveAction(word) && !NOT_ACTIONS.has(word) ? textOf(k, k) : null;
    // "Over 450 officers, including special units, in Poland, Lithuania and Spain carried out raids": the
    // clause's own verb in the past, with its object, after a subject with asides.
    // Not a verb form inside a later item of a list of figures ("27 laptops, 42 Ghost encrypted devices").
    if (isSimplePast(word) && !existential && k > last + 1 && (tokens[k - 1]?.kind === 'word' || tokens[k - 1]?.text === ',') && !usedAsModifier(tokens, k) && !NOT_ACTIONS.has(word) && isAction(word)
      && !isVerb(lower(tokens[k + 1])) && !itemOfFigureList(tokens, last, k)
      && (isParticle(tokens, k + 1) || DETERMINERS.has(lower(tokens[k + 1])) || (isNominal(tokens[k + 1]) && !PREPOSITIONS.has(lower(tokens[k + 1]))))) return activeVerb(tokens, k, textOf);
    // "23 nations and 10 other countries, including Colombia and Peru, also participated": after an aside closed by a
    // comma, an adverb and a verb in the past are the clause's own verb, with or without an object.
    if (isPastTense(word) && !existential && isAdverb(lower(tokens[k - 1])) && tokens[k - 2]?.text === ',' && !NOT_ACTIONS.has(word) && isAction(word) && !AUXILIARIES.has(word)) return activeVerb(tokens, k, textOf);
    if ((isPastTense(word) || isThirdPersonVerb(word)) && !usedAsModifier(tokens, k)) return null;
  }
  return null;
}
