import { QUALIFIER_PHRASES, type Qualifier } from '../../nlp/lexicon/qualifiers.data.ts';
import { DURATION_UNITS } from '../../nlp/lexicon/units.data.ts';
import type { Token } from '../../nlp/tokens.ts';
import { lower } from './word-classes.ts';

/** Phrases by their last word, longest first: "no more than" is tried before "more than". */
const BY_LAST_WORD = new Map<string, { words: string[]; qualifier: Qualifier }[]>();
for (const [phrase, qualifier] of [...QUALIFIER_PHRASES].sort((a, b) => b[0].length - a[0].length)) {
  const words = phrase.split(' ');
  BY_LAST_WORD.set(words.at(-1)!, [...(BY_LAST_WORD.get(words.at(-1)!) ?? []), { words, qualifier }]);
}
/** "an estimated value of EUR 200 000", "a total of 119": words between a qualifier and its number. */
const AMOUNT_NOUNS = /^(?:value|total|amount|sum|worth)$/;
/** What an estimate is of: "the estimated damage", "estimated losses". */
const ESTIMATED_NOUNS = /^(?:value|total|amount|sum|worth|damages?|losses|loss|profits?|turnover|costs?)$/;

function phraseEndingAt(tokens: readonly Token[], end: number): { qualifier: Qualifier; first: number; words: number } | null {
  for (const { words, qualifier } of BY_LAST_WORD.get(lower(tokens[end]).replace(/\.$/, '')) ?? []) {
    const from = end - words.length + 1;
    if (from >= 0 && words.every((word, k) => lower(tokens[from + k]) === word)) return { qualifier, first: from, words: words.length };
  }
  return null;
}

/**
 * The qualifier written before a quantity starting at token `first` ("at least 1 800", "close to EUR
 * 5 million", "an estimated value of EUR 200 000"); "within" bounds only durations ("within 48 hours").
 */
export function qualifierBefore(tokens: readonly Token[], first: number, unit: string): { qualifier: Qualifier; first: number } {
  let found = phraseEndingAt(tokens, first - 1);
  // "an estimated €20 million or more", "12 suspects or fewer": a bound written after the quantity.
  const after = boundAfter(tokens, first);
  if (after && (!found || found.qualifier === 'approximately')) return { qualifier: after, first: found?.first ?? first };
  if (!found && lower(tokens[first - 1]) === 'of' && AMOUNT_NOUNS.test(lower(tokens[first - 2]))) found = phraseEndingAt(tokens, first - 3);
  // "estimated at least at EUR 139 billion": the preposition of the verb of amount after the qualifier.
  if (!found && lower(tokens[first - 1]) === 'at') found = phraseEndingAt(tokens, first - 2);
  if (found?.qualifier === 'up_to' && lower(tokens[found.first]) === 'within' && !DURATION_UNITS.has(unit)) found = null;
  // "about over 7200 crossings": an approximation stacked before a bound belongs to the figure's words too.
  if (found && found.qualifier !== 'approximately' && /^(?:about|around|approximately|roughly)$/.test(lower(tokens[found.first - 1]))) found = { ...found, first: found.first - 1 };
  // "no less than around €12 000": a bound before an approximation bounds the figure.
  if (found?.qualifier === 'approximately') {
    const outer = phraseEndingAt(tokens, found.first - 1);
    if (outer && outer.qualifier !== 'approximately' && outer.qualifier !== 'exact') return { qualifier: outer.qualifier, first: outer.first };
  }
  // "was carried out over three days", "spanned over two days": "over" after a verb frames a duration, it bounds nothing.
  if (found && DURATION_UNITS.has(unit) && found.words === 1 && lower(tokens[found.first]) === 'over' && framingVerb(lower(tokens[found.first - 1]))) return { qualifier: 'exact', first };
  if (found) return { qualifier: found.qualifier, first: found.first };
  // "fraud estimated to have caused 31 million euro damage"; "the estimated damage to the EU budget amounts to
  // EUR 2.4 million": an estimate in the clause that leads to the amount.
  // "the estimated damages (€6.7 billion)": the amount in brackets after its noun.
  const from = tokens[first - 1]?.text === '(' ? first - 2 : first - 1;
  for (let k = from; k >= Math.max(0, from - 8) && tokens[k]!.kind === 'word'; k--) {
    if (/^estimated?$/.test(lower(tokens[k])) && (lower(tokens[k + 1]) === 'to' || ESTIMATED_NOUNS.test(lower(tokens[k + 1])))) return { qualifier: 'approximately', first };
  }
  return { qualifier: 'exact', first };
}

/** "… or more", "… or less": a bound after the quantity that starts at `first`, read past its number, scale and unit words. */
function boundAfter(tokens: readonly Token[], first: number): Qualifier | null {
  for (let k = first; k < Math.min(tokens.length - 1, first + 6); k++) {
    if (lower(tokens[k]) !== 'or') continue;
    const next = lower(tokens[k + 1]);
    if (next === 'more' || next === 'above') return lower(tokens[k + 2]) === 'than' ? null : 'at_least';
    if (next === 'less' || next === 'fewer' || next === 'below') return lower(tokens[k + 2]) === 'than' ? null : 'up_to';
    return null;
  }
  return null;
}

/** "more than tripling", "almost double": the qualifier of a multiplier word. */
export function multiplierQualifier(tokens: readonly Token[], first: number): Qualifier | null {
  const before = `${lower(tokens[first - 2])} ${lower(tokens[first - 1])}`;
  if (/more than$/.test(before)) return 'more_than';
  if (/(?:almost|nearly)$/.test(before)) return 'nearly';
  return null;
}

/** A verb of doing or lasting before "over": "carried out over three days", "spanned over two days", "took place over". */
const framingVerb = (word: string) => /^(?:out|place|spanned|spans|span|lasted|lasts|ran|run|runs|held|conducted|organised|organized|implemented|took|continued|extended|stretched)$/.test(word);
