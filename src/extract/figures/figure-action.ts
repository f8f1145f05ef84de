import { ACTION_NOUNS, LIGHT_VERBS, NOT_ACTION_GERUNDS, NOT_ACTIONS, PREPOSITIONAL_VERBS, VERB_PARTICLES } from '../../nlp/lexicon/report-verbs.data.ts';
import type { Token } from '../../nlp/tokens.ts';
import { isNumberWord } from './counted-phrase.ts';
import { AUXILIARIES, baseForms, CONJUNCTIONS, DETERMINERS, isAction, isAdverb, isBareVerb, isGerund, isNominal, isParticiple, isVerb, lower, PREPOSITIONS } from './word-classes.ts';

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

export const isActionNoun = (word: string) => ACTION_NOUNS.has(word) || (isGerund(word) && !NOT_ACTION_GERUNDS.has(word));

/** The action before the phrase: text, null when there is none, undefined when the phrase opens its clause. */
export function actionBefore(tokens: readonly Token[], first: number, textOf: TextOf, duration = false): string | null | undefined {
  let k = first - 1;
  for (let hops = 0; hops < 3; hops++) {
    // "undeclared 20,000 masks": an un-…-ed adjective describes the thing, it is not what happened.
    while (k >= 0 && (SKIPPED.has(lower(tokens[k])) || /^un\p{Ll}+ed$/u.test(lower(tokens[k])) || (isAdverb(lower(tokens[k])) && !VERB_PARTICLES.has(lower(tokens[k]))))) k--;
    const token = tokens[k];
    if (!token) return undefined;
    const word = lower(token);
    // "As a result of the operation 35 people were arrested", "In 2024 12 suspects …": a noun or a year
    // right before the phrase ends what came before; the phrase opens its clause though no comma says so.
    if (hops === 0 && opensClauseAfter(token)) return undefined;
    if (token.kind !== 'word') return CLAUSE_PUNCTUATION.test(token.text) ? undefined : null;
    if (word === 'of') {
      const noun = lower(tokens[k - 1]);
      // "five of the 12 defendants": what happened to the five did not happen to the twelve.
      if (tokens[k - 1]?.kind === 'number' || isNumberWord(noun)) return null;
      if (isActionNoun(noun)) {
        const coordinated = lower(tokens[k - 2]) === 'and' && isActionNoun(lower(tokens[k - 3]));
        return textOf(coordinated ? k - 3 : k - 1, k - 1);
      }
      // "a total of", "a unique community of": the verb is further left, before the phrase "of" hangs on.
      let n = k - 1;
      while (n >= 0 && isNominal(tokens[n]) && !isParticiple(lower(tokens[n])) && !isGerund(lower(tokens[n]))) n--;
      if (n === k - 1) return null;
      k = n;
      continue;
    }
    if (CONJUNCTIONS.has(word)) return undefined;
    if (VERB_PARTICLES.has(word) && isVerb(lower(tokens[k - 1]))) return notActionPhrase(tokens, k - 1) ? null : textOf(k - 1, k);
    if (PREPOSITIONS.has(word)) {
      // "was sentenced to 6 years", "were detained for 48 hours": a passive whose measure is the figure.
      if (duration && /^(?:to|for)$/.test(word) && isParticiple(lower(tokens[k - 1])) && AUXILIARIES.has(lower(tokens[k - 2])) && !NOT_ACTIONS.has(lower(tokens[k - 1]))) return textOf(k - 1, k - 1);
      // "dealt with over 8000 cases", "worked on 461 cases": a verb whose object takes a preposition.
      if (baseForms(lower(tokens[k - 1])).some((base) => PREPOSITIONAL_VERBS.has(`${base} ${word}`))) return textOf(k - 1, k);
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
    if (isAction(word) && !AUXILIARIES.has(word)) {
      // "issued and executed 118 arrest warrants"
      const coordinated = lower(tokens[k - 1]) === 'and' && isParticiple(word) && isParticiple(lower(tokens[k - 2])) && !NOT_ACTIONS.has(lower(tokens[k - 2]));
      return textOf(coordinated ? k - 2 : k, k);
    }
    return null;
  }
  return null;
}

/** A noun that is not a verb, or a year, before the counted phrase: what precedes cannot govern it. */
function opensClauseAfter(token: Token): boolean {
  if (token.kind === 'number') return /^(?:19|20)\d\d$/.test(token.text);
  const word = lower(token);
  return isNominal(token) && !isVerb(word) && !VERB_PARTICLES.has(word) && !PREPOSITIONS.has(word) && !CONJUNCTIONS.has(word) && !isActionNoun(word) && !/^\p{Lu}/u.test(token.text);
}

/** "carried out", "taken down"; not "intercepted off Lampedusa", where "off" opens a place. */
const isParticle = (tokens: readonly Token[], k: number) => VERB_PARTICLES.has(lower(tokens[k])) && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
const notActionPhrase = (tokens: readonly Token[], k: number) => NOT_ACTION_PHRASES.test(`${lower(tokens[k])} ${lower(tokens[k + 1])}`);

/** The participle of an auxiliary + participle before the clause ends ("… were [found]"), or -1. */
function mainPassiveAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const word = lower(tokens[k]);
    if (tokens[k]!.kind === 'number') continue;
    if (tokens[k]!.kind !== 'word' || (CONJUNCTIONS.has(word) && word !== 'and')) return -1;
    if (!AUXILIARIES.has(word)) continue;
    let p = k + 1;
    while (AUXILIARIES.has(lower(tokens[p])) || isAdverb(lower(tokens[p]))) p++;
    return isParticiple(lower(tokens[p])) && !NOT_ACTIONS.has(lower(tokens[p])) ? p : -1;
  }
  return -1;
}

/** The action after a phrase that opens its clause: a passive or reduced participle, or an active past. */
export function actionAfter(tokens: readonly Token[], last: number, textOf: TextOf): string | null {
  let sawAuxiliary = false;
  for (let k = last + 1; k < Math.min(tokens.length, last + 16); k++) {
    const token = tokens[k]!;
    const word = lower(token);
    if (token.kind !== 'word' && token.text !== ',') return null;
    if (AUXILIARIES.has(word)) {
      sawAuxiliary = true;
      continue;
    }
    if (isAdverb(word)) continue;
    if (isParticiple(word) && (sawAuxiliary || k === last + 1)) {
      // "800 kg of cocaine hidden in boxes were found": the clause's own passive beats a participle that describes.
      if (!sawAuxiliary) {
        const main = mainPassiveAfter(tokens, k + 1);
        if (main >= 0) return textOf(main, main);
      }
      if (NOT_ACTIONS.has(word) || notActionPhrase(tokens, k)) return null;
      if (isParticle(tokens, k + 1)) return textOf(k, k + 1);
      // "210 people were refused entry.", "12 countries took part": a verb with its bare object.
      const object = tokens[k + 1];
      // "were refused entry at …"; not "were awarded grants of €10 million", whose object is what the figure counts.
      const bare = object?.kind === 'word' && /^\p{Ll}+$/u.test(object.text) && isNominal(object) && !isAdverb(lower(object)) && (tokens[k + 2] === undefined || tokens[k + 2]!.kind === 'punctuation' || (PREPOSITIONS.has(lower(tokens[k + 2])) && lower(tokens[k + 2]) !== 'of') || isAdverb(lower(tokens[k + 2])));
      const light = baseForms(word).some((base) => LIGHT_VERBS.has(base)) && !sawAuxiliary;
      return textOf(k, bare && ((sawAuxiliary && !isVerb(lower(object))) || light) ? k + 1 : k);
    }
    // "76% of the networks [operate] globally", "86% of them [make use] of …": a verb in the present right
    // after the phrase that opens the clause is what the counted thing does.
    if (k === last + 1 && isBareVerb(word) && !NOT_ACTIONS.has(word) && !AUXILIARIES.has(word)) {
      const object = tokens[k + 1];
      const light = baseForms(word).some((base) => LIGHT_VERBS.has(base)) && object?.kind === 'word' && /^\p{Ll}+$/u.test(object.text) && isNominal(object) && (tokens[k + 2] === undefined || tokens[k + 2]!.kind === 'punctuation' || PREPOSITIONS.has(lower(tokens[k + 2])));
      return textOf(k, light ? k + 1 : k);
    }
    // "500 kilos of heroin, worth an estimated EUR 20 million, were intercepted": step over the aside.
    if (token.kind !== 'word' && token.text === ',') {
      const close = tokens.findIndex((t, at) => at > k && at <= k + 8 && t.text === ',');
      if (close > 0 && (AUXILIARIES.has(lower(tokens[close + 1])) || isParticiple(lower(tokens[close + 1])))) {
        k = close;
        continue;
      }
    }
    // "over half of which were funded": the relative pronoun stands for what is counted.
    if (/^(?:which|whom)$/.test(word) && lower(tokens[k - 1]) === 'of' && k - 1 === last + 1) continue;
    if (token.kind !== 'word' || sawAuxiliary || (k === last + 1 && isVerb(word))) return null;
    if (CONJUNCTIONS.has(word) && word !== 'and') return null;
  }
  return null;
}

/** The action verb right before the noun phrase ending at `end` (over determiners and modifiers), or -1. */
function verbBeforeNounPhrase(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k >= 0 && end - k < 5 && (isNominal(tokens[k]) || DETERMINERS.has(lower(tokens[k]))) && !isVerb(lower(tokens[k]))) k--;
  return k >= 0 && k < end && isAction(lower(tokens[k])) && !AUXILIARIES.has(lower(tokens[k])) ? k : -1;
}
