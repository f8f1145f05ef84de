import { ROLE_HEADS, ROLE_MODIFIERS } from '../../../nlp/lexicon/person-roles.data.ts';
import type { Token } from '../../../nlp/tokens.ts';
import { givenNameKind } from '../../../nlp/lexicon/person-names.lexicon.ts';
import { isHonorific } from './name-words.ts';

/**
 * A person's role read from the sentence's structure, around a name already found:
 * - before it: "Eurojust President Michael Schmid", "European Commissioner for Home Affairs Ylva Johansson",
 *   "the Director of the CBI, Mr Praveen Sood", "Civil Liberties Committee Chair and rapporteur Claude Moraes";
 * - after it, in apposition: "Anna Berg, Executive Director of Europol,", "according to Y, the Minister of …".
 * A role phrase holds a role head ("President", "spokesperson") and may run on through "of"/"for" and
 * capitalised words ("of the Republic of Korea"). It is text of the sentence, offsets included.
 */
export interface RolePhrase {
  readonly role: string;
  readonly start: number;
  readonly end: number;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'at', 'to', '&', 'de', 'du', 'des', 'del', 'della']);
const COMPLEMENTS = new Set(['of', 'for', 'on', 'in', 'at', 'to']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose', 'also', 'now', 'then']);
/** At most this many words in a role phrase: roles are short; a longer run is a list or a title. */
const MAX_ROLE_WORDS = 18;
/** Capitalised words allowed before the first role word: "Civil Liberties Committee Chair". */
const MAX_WORDS_BEFORE_HEAD = 4;

const lower = (token: Token) => token.text.toLowerCase().replace(/[’']s$/, '');
const isRoleWord = (token: Token) => token.kind === 'word' && (ROLE_HEADS.has(lower(token)) || ROLE_MODIFIERS.has(lower(token)));
const isHead = (token: Token) => token.kind === 'word' && ROLE_HEADS.has(lower(token));
const isCapitalised = (token: Token) => token.kind === 'word' && /^\p{Lu}/u.test(token.text);
const isConnector = (token: Token) => token.kind === 'word' && CONNECTORS.has(token.text) ;
const isFunctionWordAtStart = (token: Token) => /^(?:The|In|On|At|For|From|With|By|To|And|As|After|Today|Yesterday|Also|Then|Now|Meanwhile|Moreover|However|Finally|Here)$/.test(token.text);

function phrase(tokens: readonly Token[], from: number, to: number, sentenceText: string, sentenceStart: number): RolePhrase {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  return { role: sentenceText.slice(start - sentenceStart, end - sentenceStart).replace(/[ \u00a0]+/g, ' '), start, end };
}

/** The index just before a name, past a courtesy title ("Mr.", "H.E.") and one comma. */
function beforeName(tokens: readonly Token[], nameStart: number): number {
  let j = nameStart - 1;
  if (tokens[j]?.text === '.' && tokens[j - 1] && isHonorific(tokens[j - 1]!.text)) j -= 2;
  else if (tokens[j] && isHonorific(tokens[j]!.text)) j -= 1;
  while (tokens[j]?.text === '.' && tokens[j - 1] && /^\p{Lu}$/u.test(tokens[j - 1]!.text)) j -= 2;
  if (tokens[j]?.text === ',') j -= 1;
  // "the Minister of the Internal Affairs of Kosovo* Skender Hyseni": a footnote's asterisk between role and name.
  if (tokens[j]?.text === '*') j -= 1;
  return j;
}

/** The role written right before a name, or undefined. */
export function roleBefore(tokens: readonly Token[], nameStart: number, sentenceText: string, sentenceStart: number): RolePhrase | undefined {
  const last = beforeName(tokens, nameStart);
  // "the prosecutor of Paris": a name after "of" is what the role is of, not who holds it.
  if (tokens[last] && isConnector(tokens[last]!)) return undefined;
  // Back to the head nearest the name, over its tail: "… of the Republic of Korea", "… and rapporteur".
  let head = -1;
  for (let i = last; i >= 0 && last - i < MAX_ROLE_WORDS; i--) {
    const token = tokens[i]!;
    if (isHead(token)) {
      head = i;
      break;
    }
    // "Commissioner for Justice, Consumers and Gender Equality Vera Jourova": commas between the capitalised words of a portfolio.
    const listComma = token.text === ',' && i < last && isCapitalised(tokens[i + 1]!) && i > 0 && isCapitalised(tokens[i - 1]!);
    if (!(isRoleWord(token) || isConnector(token) || isCapitalised(token) || listComma || token.text === '(' || token.text === ')')) return undefined;
  }
  if (head < 0) return undefined;
  const tail = tokens.slice(head + 1, last + 1);
  const complement = tail.findIndex((t) => COMPLEMENTS.has(t.text));
  const bare = tail.findIndex((t) => !(isRoleWord(t) || isConnector(t) || t.text === ',' || t.text === '(' || t.text === ')'));
  if (bare >= 0 && (complement < 0 || complement > bare)) return undefined;
  // Forward from before the head: its modifiers, a few capitalised words, "Chair and rapporteur".
  let first = head;
  let capitalised = 0;
  for (let j = head - 1; j >= 0; j--) {
    const token = tokens[j]!;
    if (isRoleWord(token) || (token.text === 'and' && j > 0 && isRoleWord(tokens[j - 1]!))) first = j;
    else if (isCapitalised(token) && !isFunctionWordAtStart(token) && capitalised < MAX_WORDS_BEFORE_HEAD) {
      first = j;
      capitalised++;
    } else break;
  }
  while (first < head && tokens[first]!.text === 'and') first++;
  let end = last;
  while (end > head && (isConnector(tokens[end]!) || tokens[end]!.text === '(')) end--;
  return phrase(tokens, first, end, sentenceText, sentenceStart);
}

/** The role in apposition after a name ("…, Executive Director of Europol,"), or undefined. */
export function roleAfter(tokens: readonly Token[], nameEnd: number, sentenceText: string, sentenceStart: number): RolePhrase | undefined {
  let k = nameEnd;
  // A parenthesis of party and country after a name: "Claude Moraes (S&D, UK)".
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 8 && t.text === ')');
    if (close > 0) k = close + 1;
  }
  if (tokens[k]?.text !== ',' && tokens[k]?.text !== '–' && tokens[k]?.text !== '—') return undefined;
  k++;
  while (tokens[k] && DETERMINERS.has(tokens[k]!.text)) k++;
  const first = k;
  let head = -1;
  let last = -1;
  let depth = 0;
  // "head of the Spanish desk", "head of the narcotics unit of the police": lower-case nouns after the head belong to
  // the role when the apposition closes right after them; else the role ends on its last role or capitalised word.
  let strictLast = -1;
  let closed = false;
  for (let i = first; i < tokens.length && i - first < MAX_ROLE_WORDS; i++) {
    const token = tokens[i]!;
    if (token.text === '(') depth++;
    else if (token.text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth > 0 || token.text === '-' || token.text === '&') {
      // inside a parenthesis ("(CSDP)") or joining words
    } else if (token.kind !== 'word') {
      closed = /^[,.;:–—]$/.test(token.text);
      break;
    } else if (head < 0) {
      // "Gunther Younger, intelligence director at WADA": lower-case nouns may modify the head too.
      // "Assistant to the Liaison Prosecutor": connectors inside, never opening the role ("…, and the Head of Unit").
      if (i - first > MAX_WORDS_BEFORE_HEAD || !(isRoleWord(token) || isCapitalised(token) || isLowerNoun(token) || (i > first && isConnector(token) && token.text !== 'and'))) return undefined;
      if (isHead(token)) head = i;
    } else if (token.text === 'and' && startsAName(tokens, i + 1)) break;
    else if (!(isRoleWord(token) || isConnector(token) || isCapitalised(token))) {
      if (!isLowerNoun(token)) break;
      last = i;
      continue;
    }
    last = i;
    strictLast = i;
  }
  if (!closed && last > strictLast) last = strictLast;
  if (head < 0 || last < head) return undefined;
  while (last > head && (isConnector(tokens[last]!) || tokens[last]!.text === '(' || tokens[last]!.text === '-')) last--;
  return phrase(tokens, first, last, sentenceText, sentenceStart);
}

/** A role in parentheses after a name: "Catherine De Bolle (Executive Director, Europol)". */
export function roleInParentheses(tokens: readonly Token[], nameEnd: number, sentenceText: string, sentenceStart: number): RolePhrase | undefined {
  if (tokens[nameEnd]?.text !== '(') return undefined;
  const close = tokens.findIndex((t, i) => i > nameEnd && i <= nameEnd + MAX_ROLE_WORDS && t.text === ')');
  if (close < nameEnd + 2) return undefined;
  const head = tokens.slice(nameEnd + 1, close).findIndex(isHead);
  if (head < 0 || head > MAX_WORDS_BEFORE_HEAD) return undefined;
  return phrase(tokens, nameEnd + 1, close - 1, sentenceText, sentenceStart);
}

/** "desk", "unit", "investigative": a lower-case word that may stand in a noun phrase; not a verb's form nor a function word. */
const NOT_IN_ROLE = /^(?:said|says|told|added|stated|noted|explained|who|which|that|whose|is|was|are|were|has|had|have|will|would|can|could|also|when|where|while|with|by|from|as|but|or)$/;
const isLowerNoun = (token: Token) => token.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(token.text) && !NOT_IN_ROLE.test(token.text) && !CONNECTORS.has(token.text) && !DETERMINERS.has(token.text) && !/(?:ed|ing|ly)$/.test(token.text);

/** "… and Pedro Serrano, Deputy Secretary-General": the next person of a list, not more of the role. */
function startsAName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return false;
  return isHonorific(token.text) || givenNameKind(token.text) === 'given';
}
