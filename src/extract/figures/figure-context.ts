import { QUALIFIER_PHRASES, type Qualifier } from '../../nlp/lexicon/qualifiers.data.ts';
import type { Tags, TagsAt } from '../../nlp/pos-tags.ts';
import type { Token } from '../../nlp/tokens.ts';
import type { Quantity } from './quantities.ts';

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

const QUALIFIERS_BY_LAST_WORD = new Map<string, { words: string[]; qualifier: Qualifier }[]>();
for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
  const words = phrase.split(' ');
  QUALIFIERS_BY_LAST_WORD.set(words.at(-1)!, [...(QUALIFIERS_BY_LAST_WORD.get(words.at(-1)!) ?? []), { words, qualifier }]);
}

/** The qualifier written right before the quantity ("at least 1 800", "close to EUR 5 million"). */
export function qualifierBefore(tokens: readonly Token[], quantity: Quantity): { qualifier: Qualifier; first: number } {
  // Only phrases ending in the word right before the quantity can match: most quantities have none.
  for (const { words, qualifier } of QUALIFIERS_BY_LAST_WORD.get(lower(tokens[quantity.first - 1])) ?? []) {
    const from = quantity.first - words.length;
    if (from >= 0 && words.every((word, k) => lower(tokens[from + k]) === word)) return { qualifier, first: from };
  }
  // "more than tripling": the qualifier sits two words back over "than"/"as".
  return { qualifier: 'exact', first: quantity.first };
}

const STOP_WORDS = new Set(['thanks', 'worth', 'each', 'alone', 'including', 'than', 'per', 'annually', 'globally']);
const FUNCTION_TAGS = ['Preposition', 'Determiner', 'Adverb', 'Conjunction', 'Pronoun', 'Value', 'Auxiliary', 'Copula', 'Modal'];

/**
 * What is counted: the noun phrase after the quantity ("17 [suspects]", "1 800 kilos of [cocaine and
 * heroin]", "76% of the [most threatening criminal networks]"), read from compromise's tags: adjectives
 * and nouns, "and" or "of" between nouns, at most six words.
 */
export function subjectAfter(tokens: readonly Token[], tagAt: TagsAt, from: number): { subject: string | null; last: number } {
  const quick = plainSubject(tokens, from);
  if (quick) return quick;
  // No phrase starts with a number, a sign or a stop word ("1 2 3", table rows): no need to ask the tagger.
  const head = tokens[from];
  if (head?.kind !== 'word' || STOP_WORDS.has(lower(head)) || /^(?:and|of)$/.test(lower(head))) return { subject: null, last: from - 1 };
  const taken: number[] = [];
  for (let i = from; i < tokens.length && taken.length < 6; i++) {
    const token = tokens[i]!;
    const word = lower(token);
    if (token.text === '-' && taken.length > 0 && tokens[i + 1]?.start === token.end) {
      taken.push(i);
      continue;
    }
    if (token.kind !== 'word' || STOP_WORDS.has(word)) break;
    if (word === 'and' || word === 'of') {
      if (taken.length === 0 || !isNominal(tagAt(i + 1)) || (word === 'and' && tagAt(i + 1)?.has('Value'))) break;
      taken.push(i);
      continue;
    }
    const superlative = /^(?:most|more|least)$/.test(word) && tagAt(i + 1)?.has('Adjective') === true;
    // Right after a number, compromise often tags a plural noun as a verb ("17 suspects", "18 arrests").
    // Right after a number the first word is a noun whatever compromise says ("118 arrest warrants"),
    // unless it is a past form ("52 targeted").
    const headNoun = i === from && !FUNCTION_TAGS.some((name) => tagAt(i)?.has(name)) && !tagAt(i)?.has('PastTense');
    if (word === 'such' && i === from) continue;
    if (!superlative && !headNoun && !isNominal(tagAt(i))) break;
    taken.push(i);
  }
  while (taken.length > 0 && /^(?:and|of|-)$/.test(lower(tokens[taken.at(-1)!]))) taken.pop();
  if (taken.length === 0) return { subject: null, last: from - 1 };
  const text = tokens.slice(taken[0]!, taken.at(-1)! + 1).map((t) => t.text).join(' ');
  return { subject: text.replace(/ - /g, '-'), last: taken.at(-1)! };
}

/**
 * The common case needs no tagger: one or two plain lowercase words closed by a clear boundary
 * ("17 [suspects] were", "16 [house searches] in", "12 [cases] 5"). Anything else goes to compromise.
 */
const CLOSES_PHRASE = /^(?:were|was|are|is|have|has|had|will|would|could|can|may|in|on|at|from|to|for|during|across|with|by|which|that|who|between|into|against|through|since|than|as|per|while|after|before|under|over|within|including|worth|each|alone|but|or|also)$/;
// Helpers of hot paths live at module level: tsx names every closure it creates, at a cost per call.
const plain = (t: Token | undefined) => t?.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && !/(?:ly|ing|ed)$/.test(t.text) && !CLOSES_PHRASE.test(t.text) && !/^(?:and|of|the|a|an|such|most|more|least)$/.test(t.text);
// A number closes the phrase too, as in table rows ("Italy 12 [cases] 5 suspects"): the tagger's path
// stops at it all the same, and a row per line would otherwise cost a tagger call per line.
const closes = (t: Token | undefined) => t === undefined || t.kind === 'punctuation' || t.kind === 'number' || (t.kind === 'word' && CLOSES_PHRASE.test(t.text));
function plainSubject(tokens: readonly Token[], from: number): { subject: string; last: number } | null {
  for (const length of [1, 2]) {
    const words = tokens.slice(from, from + length);
    if (words.length === length && words.every(plain) && closes(tokens[from + length])) {
      return { subject: words.map((t) => t.text).join(' '), last: from + length - 1 };
    }
  }
  return null;
}

function isNominal(tag: Tags | undefined): boolean {
  if (!tag) return false;
  if (tag.has('Pronoun') || tag.has('Determiner') || tag.has('Preposition') || tag.has('Value') || tag.has('Adverb')) return false;
  if (tag.has('Verb') && !tag.has('Noun') && !tag.has('Adjective')) return false;
  return tag.has('Noun') || tag.has('Adjective');
}

const AUXILIARY = /^(?:were|was|have|has|had|been|are|is|got)$/;

/** Past forms that are not actions on the counted thing. */
const NOT_ACTIONS = new Set(['based', 'used', 'related', 'involved', 'located', 'called', 'named', 'estimated', 'compared', 'organised', 'organized', 'linked', 'connected', 'registered', 'suspected', 'alleged', 'concerned', 'owned', 'established', 'dedicated']);
const IRREGULAR_PAST = new Set(['held', 'seized', 'made', 'found', 'sold', 'stolen', 'stole', 'froze', 'frozen', 'took', 'taken', 'caught', 'brought', 'set', 'led', 'ran', 'hit', 'sent', 'spent', 'paid', 'built', 'won', 'lost', 'kept', 'met', 'put']);

function isAction(word: string): boolean {
  if (NOT_ACTIONS.has(word)) return false;
  return IRREGULAR_PAST.has(word) || (/^[a-z]{3,}ed$/.test(word) && !/(?:eed|ied)$/.test(word)) || /^[a-z]{3,}ied$/.test(word);
}

/**
 * The verb that happened to what is counted: the passive after the phrase ("17 suspects were
 * [arrested]", "52 suspects [targeted]") or the active verb before it ("authorities [seized] assets
 * worth", "the Agency [handled] nearly 13 000 cases").
 */
export function actionAround(tokens: readonly Token[], quantityFirst: number, phraseLast: number): string | null {
  // Passive right after the phrase ("52 suspects targeted"), or after a short prepositional phrase
  // and an auxiliary ("victims from South America were identified").
  let sawAuxiliary = false;
  for (let i = phraseLast + 1; i < Math.min(tokens.length, phraseLast + 9); i++) {
    const word = lower(tokens[i]);
    if (tokens[i]!.kind !== 'word') break;
    if (isAction(word) && (sawAuxiliary || i === phraseLast + 1)) return word;
    if (AUXILIARY.test(word)) sawAuxiliary = true;
    else if (sawAuxiliary && !/^(?:also|then|all|subsequently|successfully|reportedly|later|already|recently|being|been)$/.test(word)) break;
  }
  for (let i = quantityFirst - 1; i >= Math.max(0, quantityFirst - 6); i--) {
    const word = lower(tokens[i]);
    if (tokens[i]!.kind === 'punctuation' && tokens[i]!.text !== '-') break;
    if (isAction(word)) return word;
  }
  return null;
}

/** "In 2024 alone, …", "… opened in 2024": the one year the sentence places its figures in. */
export function yearOfSentence(sentence: string): number | null {
  if (/\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to)\s+(?:19|20)\d\d/i.test(sentence)) return null;
  const years = [...sentence.matchAll(/\b(?:in|during|for|throughout|of)\s+((?:19|20)\d\d)\b(?![-–\/]\d)/gi)].map((m) => Number(m[1]));
  const distinct = [...new Set(years)];
  return distinct.length === 1 ? distinct[0]! : null;
}
