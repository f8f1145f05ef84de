import type { Token } from '../../nlp/tokens.ts';
import { phraseAfter, phraseBefore, type Phrase } from './counted-phrase.ts';
import { isActionNoun } from './figure-action.ts';
import { isAdverb, isNominal, lower } from './word-classes.ts';

/**
 * What a figure counts when the text names it before the number: the owner of an amount of money
 * ("[assets] worth …"), the person of an age ("a [man] aged 35"), what a measure counts before a
 * change ("the number of [migrants] … fell by 25%").
 */
const MEASURE_NOUNS = /^(?:number|amount|share|proportion|value|volume|total|quantity|level)$/;

/** "The number of [migrants] detected on the route fell by 25%": what a measure before the verb counts. */
export function countedBefore(tokens: readonly Token[], verb: number): Phrase | null {
  for (let k = verb - 1; k >= Math.max(1, verb - 24); k--) {
    if (tokens[k]!.kind === 'punctuation') return null;
    if (lower(tokens[k]) === 'of' && MEASURE_NOUNS.test(lower(tokens[k - 1]))) return phraseAfter(tokens, k + 1);
  }
  return null;
}

/** "damage to the EU budget of €1.4 million": nouns of a loss whose victim a complement names before the amount. */
const LOSS_NOUNS = /^(?:damages?|loss|losses|harm|prejudice|shortfall)$/;
const SUMS_PAID = /^(?:payments?|transfers?|returns)$/;
const WORTH_CHAIN = /^(?:be|been|is|are|was|were|to|estimated|valued|believed|thought|said|reportedly|approximately)$/;

/**
 * What an amount of money is the worth of, written before it: "[assets] worth at least …", "[AirPods]
 * with a value of …", "[payments], often in cash, of close to …", "[Their stolen goods] are estimated
 * to be worth …".
 */
export function owner(tokens: readonly Token[], first: number): Phrase | null {
  let k = first - 1;
  // "The total value of stolen goods exceeded €1 million": the qualifier is the verb of amount, its subject the owner.
  if (/^(?:exceeded|exceeds|exceed)$/.test(lower(tokens[first]))) {
    while (k >= 0 && /^(?:could|may|might|will|would|can|to|is|are|was|were|expected|likely|set)$/.test(lower(tokens[k]))) k--;
    return isNominal(tokens[k]) ? headOfComplement(tokens, phraseBefore(tokens, k)) : null;
  }
  // "damages of another €5 million", "losses of a further EUR 2 million": a word of addition before the amount.
  if (/^(?:another|further|additional)$/.test(lower(tokens[k]))) k -= /^(?:a|an)$/.test(lower(tokens[k - 1])) ? 2 : 1;
  let word = lower(tokens[k]);
  // "8 luxury cars (worth of EUR 200 000)": "worth of" as "worth".
  if (word === 'of' && lower(tokens[k - 1]) === 'worth') word = lower(tokens[--k]);
  if (word === 'worth' || (word === 'at' && /^(?:estimated|valued)$/.test(lower(tokens[k - 1])))) {
    k--;
    while (k >= 0 && WORTH_CHAIN.test(lower(tokens[k]))) k--;
    // "500 kilos of heroin, worth an estimated GBP 20 million, …", "70 kg of gold (valued at EUR 2.5 million)"
    if (tokens[k]?.text === ',' || tokens[k]?.text === '(') k--;
    return headBeforePlace(tokens, phraseBefore(tokens, k));
  }
  if (word === 'of' && /^(?:value|amount|sum|total)$/.test(lower(tokens[k - 1]))) {
    // "a market value of €3.5 million", "with a financing value of": the measure named by its kind is what is counted.
    const kind = lower(tokens[k - 2]);
    if (tokens[k - 2]?.kind === 'word' && isNominal(tokens[k - 2]) && /^\p{Ll}+$/u.test(tokens[k - 2]!.text) && !/^(?:a|an|the|estimated|overall|approximate|its|their|of|with)$/.test(kind)) return { first: k - 2, last: k - 1 };
    k -= 2;
    while (k >= 0 && /^(?:a|an|the|total|estimated|overall|approximate)$/.test(lower(tokens[k]))) k--;
    word = lower(tokens[k]);
  }
  // "The estimated damage to the EU budget amounts to EUR 2.4 million": the subject of a verb of amount.
  if ((word === 'to' && /^(?:amounts?|amounted|amounting|came|comes)$/.test(lower(tokens[k - 1]))) || (word === 'at' && /^(?:stands?|stood)$/.test(lower(tokens[k - 1]))) || /^(?:totall?ed|totals|reached|exceeded|exceeds|exceed)$/.test(word)) {
    k -= word === 'to' || word === 'at' ? 2 : 1;
    while (k >= 0 && WORTH_CHAIN.test(lower(tokens[k]))) k--;
    // "illegal border-crossings in 2018 amounted to …": the year between subject and verb.
    if (tokens[k]?.kind === 'number' && /^(?:19|20)\d\d$/.test(tokens[k]!.text) && /^(?:in|during)$/.test(lower(tokens[k - 1]))) k -= 2;
    return isNominal(tokens[k]) ? headOfComplement(tokens, phraseBefore(tokens, k)) : null;
  }
  // "The total damage is estimated to be over EUR 600 million": the subject of a copula.
  if (/^(?:is|are|was|were|be|been)$/.test(word)) {
    while (k >= 0 && WORTH_CHAIN.test(lower(tokens[k]))) k--;
    return isNominal(tokens[k]) ? headOfComplement(tokens, phraseBefore(tokens, k)) : null;
  }
  // "damages estimated at EUR 2.2 billion": the qualifier took "estimated at".
  if (/^(?:estimated|valued)$/.test(lower(tokens[first])) && isNominal(tokens[k])) return phraseBefore(tokens, k);
  if (/^(?:with|having|of|containing|holding|totalling|totaling)$/.test(word)) {
    k--;
    // "34 luxury watches (with an estimated value of EUR 210 000)": the aside's owner stands before it.
    if (tokens[k]?.text === '(' && word === 'with') k--;
    // "payments, often in cash, of close to EUR 5 million": step over the aside.
    if (tokens[k]?.text === ',') {
      const open = tokens.slice(Math.max(0, k - 6), k).map((t) => t.text).lastIndexOf(',');
      if (open >= 0) k = Math.max(0, k - 6) + open - 1;
    }
    // "an initial payment of EUR 250", "returns of 70%": a sum paid is what the amount measures, though paying is an action.
    if (!isNominal(tokens[k]) || (isActionNoun(lower(tokens[k])) && !SUMS_PAID.test(lower(tokens[k])))) return null;
    // "damage to the EU budget of €1.4 million", "a loss for the Treasury of EUR 3 million": the amount measures the
    // head before the complement, not the complement.
    const phrase = phraseBefore(tokens, k);
    if (word !== 'of' || !phrase) return phrase;
    const head = headOfComplement(tokens, phrase);
    return head && head.last < phrase.first && LOSS_NOUNS.test(lower(tokens[head.last])) ? head : phrase;
  }
  return null;
}

/**
 * "VAT reimbursements from the tax authorities worth €97 million": what is worth the amount is the head
 * before a complement of place or source, not the complement; "a shipment of cigarettes worth …" keeps "of".
 */
function headBeforePlace(tokens: readonly Token[], phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  let k = phrase.first - 1;
  while (k >= 0 && /^(?:the|a|an|its|their|his|her)$/.test(lower(tokens[k]))) k--;
  if (!/^(?:from|in|at|to|by)$/.test(lower(tokens[k])) || /^\p{Lu}/u.test(tokens[phrase.first]!.text)) return phrase;
  // "the assets currently in law enforcement possession (worth …)": an adverb may stand before the complement.
  let head = k - 1;
  if (isAdverb(lower(tokens[head]))) head--;
  return isNominal(tokens[head]) ? (phraseBefore(tokens, head) ?? phrase) : phrase;
}

/** Whose age it is, written before it: "a [man] aged 35", "[young people] under the age of 24". */
export function personOfAge(tokens: readonly Token[], first: number): Phrase | null {
  let k = first - 1;
  while (k >= 0 && (/^(?:aged|under|over|below|above|between|at|least|less|more|than|up|to|from|and|or|,)$/.test(lower(tokens[k])) || tokens[k]!.kind === 'number')) k--;
  return k < first - 1 && isNominal(tokens[k]) ? phraseBefore(tokens, k) : null;
}

/** "damage to the EU budget": the head before the complement, not the complement; "detections of forged passports": both. */
function headOfComplement(tokens: readonly Token[], phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  let k = phrase.first - 1;
  // "the EU’s financial interests": an owner before the complement's noun.
  for (;;) {
    if (/^(?:the|a|an|its|their)$/.test(lower(tokens[k]))) k--;
    else if (/^[’']s$/.test(tokens[k]?.text ?? '')) k -= 2;
    else if (/\p{L}[’']s$/u.test(tokens[k]?.text ?? '')) k--;
    else break;
  }
  if (!/^(?:to|for|on|of)$/.test(lower(tokens[k])) || !isNominal(tokens[k - 1])) return phrase;
  const head = phraseBefore(tokens, k - 1);
  // "Detections of forged passports": the head with its "of" complement; "damage to the EU budget": the head.
  if (head && lower(tokens[k]) === 'of') return { first: head.first, last: phrase.last };
  return head ?? phrase;
}
