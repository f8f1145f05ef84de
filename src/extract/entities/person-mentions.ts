import { type DocumentModel, layer, type Span } from '../../nlp/document-model.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import type { Token } from '../../nlp/tokens.ts';
import { isCommonEnglishWord } from '../../nlp/lexicon/english-words.lexicon.ts';
import { type NameCandidate, type PersonRule, readName, type SentenceView } from './persons/name-evidence.ts';
import { nameRuns, nameWordsOf, type NameRun } from './persons/name-words.ts';
import { type FoundName, groupPeople, keyWords, repeatedNames, writtenName } from './persons/same-person.ts';
import { signatureNames } from './persons/signature-blocks.ts';

export type { PersonRule } from './persons/name-evidence.ts';

/** One mention of a person: `name` is the person's fullest writing in the document, the same for every mention. */
export interface PersonMention extends Span {
  readonly name: string;
  readonly role?: string;
  readonly rule: PersonRule;
}

/** The persons layer of the document model: later readers (signings) find signatories in it. */
export const PERSONS = layer<PersonMention>('persons');

interface Offsets {
  readonly start: number;
  readonly end: number;
}

/** Spans other readers found, per sentence: a person's name never overlaps a country or a body. */
export interface KnownSpans {
  readonly countries?: readonly (readonly Offsets[] | undefined)[];
  readonly organisations?: readonly (readonly Offsets[] | undefined)[];
}

/**
 * The person reader: names found by the evidence around them (courtesy titles, roles before and after,
 * signature blocks, reporting verbs) or by what they are made of (a given name, a known surname,
 * initials), then grouped into one person per document and found again where the text repeats them.
 * Adds the PERSONS layer to the model and returns the mentions sentence by sentence.
 */
export function findPersonMentions(model: DocumentModel, known: KnownSpans = {}): PersonMention[][] {
  const found: FoundName[] = [];
  const runsBySentence: NameRun[][] = [];
  const taken = new Set<number>();
  for (let i = 0; i < model.sentences.length; i++) {
    const tokens = model.tokens(i);
    const words = nameWordsOf(tokens, covered(tokens, known.countries?.[i]), covered(tokens, known.organisations?.[i]));
    const runs = nameRuns(words, tokens);
    runsBySentence.push(runs);
    for (const candidate of signatureNames(model, i, words)) keep(candidate, i, found, taken);
    if (runs.length === 0) continue;
    const view = new SentenceReading(tokens, model.sentences[i]!);
    for (const run of runs) {
      const candidate = readName(run, view);
      if (candidate) keep(candidate, i, found, taken);
    }
  }
  const written = (name: FoundName) => writtenName(name.words, model.sentences[name.sentence]!.text, model.sentences[name.sentence]!.start);
  const people = groupPeople(found, written);
  const byFullName = new Map(people.map((p, index) => [p.words.join(' '), index]));
  const bySurname = new Map(people.map((p, index) => [p.surname, index]));
  for (const [i, runs] of runsBySentence.entries()) {
    if (runs.length === 0 || people.length === 0) continue;
    for (const words of repeatedNames(runs, people, taken)) {
      const key = keyWords(words).join(' ');
      found.push({ words, rule: 'person.same-person', sentence: i, person: byFullName.get(key) ?? bySurname.get(key)! });
    }
  }
  const mentions: PersonMention[][] = model.sentences.map(() => []);
  for (const name of found.sort((a, b) => a.words[0]!.start - b.words[0]!.start)) {
    mentions[name.sentence]!.push({
      name: people[name.person!]!.name,
      ...(name.role ? { role: name.role.role } : {}),
      start: name.words[0]!.start,
      end: name.words.at(-1)!.end,
      sentence: name.sentence,
      rule: name.rule,
    });
  }
  model.add(PERSONS, mentions.flat());
  return mentions;
}

/** A name found once: words another name of the sentence already holds are not read twice. */
function keep(candidate: NameCandidate, sentence: number, found: FoundName[], taken: Set<number>): void {
  if (candidate.words.some((w) => taken.has(w.start))) return;
  for (const w of candidate.words) taken.add(w.start);
  found.push({ ...candidate, sentence });
}

class SentenceReading implements SentenceView {
  #headline: boolean | undefined;
  readonly text: string;
  readonly start: number;
  constructor(
    readonly tokens: readonly Token[],
    sentence: Sentence,
  ) {
    this.text = sentence.text;
    this.start = sentence.start;
  }

  headline(): boolean {
    return (this.#headline ??= isHeadline(this.tokens));
  }
}

/** Tokens that overlap a span another reader found; undefined when none does. */
function covered(tokens: readonly Token[], spans: readonly Offsets[] | undefined): boolean[] | undefined {
  if (!spans || spans.length === 0) return undefined;
  const inside = new Array<boolean>(tokens.length).fill(false);
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (at < tokens.length && tokens[at]!.end <= span.start) at++;
    for (let i = at; i < tokens.length && tokens[i]!.start < span.end; i++) inside[i] = true;
  }
  return inside;
}

/** A line in title case, not a list: no long word in lower case, and English words capitalised inside it ("Police Seize Cocaine In Antwerp"). */
function isHeadline(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.text === ':' || t.text === '(' || t.text === ';') || tokens.filter((t) => t.text === ',').length > 1) return false;
  const long = tokens.filter((t) => t.kind === 'word' && t.text.length >= 4);
  if (long.length < 4 || long.some((t) => !/^\p{Lu}/u.test(t.text))) return false;
  return long.slice(1).filter((t) => /\p{Ll}/u.test(t.text) && isCommonEnglishWord(t.text)).length >= 2;
}
