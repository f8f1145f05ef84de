import type { DocumentModel } from '../../../nlp/document-model.ts';
import { BEFORE_SIGNATURE, ROLE_HEADS, SIGNATURE_MARK } from '../../../nlp/lexicon/person-roles.data.ts';
import { isPlaceName, type NameCandidate } from './name-evidence.ts';
import { nameRuns, nameWordsOf, type NameWord } from './name-words.ts';

/**
 * Names in signature blocks and contact boxes, read from the lines around them:
 *   For Europol              Press contacts            (sd.) J. STORBECK
 *   Catherine De Bolle       Marta Quintana Ruiz
 *   Executive Director       Press officer (Justice)
 * A line that is only a name is a person when the line before opens a signature ("For …", "Press
 * contacts", "Yours sincerely") or the line after is a role ("Executive Director"), which becomes its
 * role. After a signature mark ("(sd.)", "(signed)") a name may be written in capitals.
 */
const MAX_NAME_WORDS = 5;
const ENDS_WITH_SIGNATURE_MARK = new RegExp(`(?:${SIGNATURE_MARK.source})[ \\t\\u00a0]*$`, 'i');
const MAX_ROLE_LINE_WORDS = 12;

const wholeLine = (model: DocumentModel, i: number): boolean => {
  const { text } = model;
  const { start, end } = model.sentences[i]!;
  return (start === 0 || text[start - 1] === '\n' || /\n[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) && (end === text.length || /^[ \t\r]*(?:\n|$)/.test(text.slice(end, end + 8)));
};

/** The sentence on the line before (blank lines skipped), or undefined when the sentence does not start its line. */
function lineBefore(model: DocumentModel, i: number): number | undefined {
  if (i === 0 || !wholeLine(model, i - 1)) return undefined;
  const between = model.text.slice(model.sentences[i - 1]!.end, model.sentences[i]!.start);
  return /^\s*$/.test(between) && between.includes('\n') ? i - 1 : undefined;
}

function lineAfter(model: DocumentModel, i: number): number | undefined {
  if (i + 1 >= model.sentences.length || !wholeLine(model, i + 1)) return undefined;
  const between = model.text.slice(model.sentences[i]!.end, model.sentences[i + 1]!.start);
  return /^[ \t\r]*\n[ \t\r]*$/.test(between) ? i + 1 : undefined;
}

/** "Executive Director", "Press officer (Home Affairs; Counter-terrorism coordination)" → its role, cut before a parenthesis. */
function roleLine(model: DocumentModel, i: number): { role: string; start: number; end: number } | undefined {
  const sentence = model.sentences[i]!;
  const words = model.tokens(i).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > MAX_ROLE_LINE_WORDS || !/^\p{Lu}/u.test(words[0]!.text)) return undefined;
  if (!words.slice(0, 5).some((t) => ROLE_HEADS.has(t.text.toLowerCase()))) return undefined;
  const cut = /^[^(,;:]+/.exec(sentence.text)![0].trimEnd();
  return { role: cut, start: sentence.start, end: sentence.start + cut.length };
}

const afterSignatureMark = (text: string, at: number): boolean => ENDS_WITH_SIGNATURE_MARK.test(text.slice(Math.max(0, at - 16), at));

/** Signature names of sentence i; `words` are its name words (capitals included). */
export function signatureNames(model: DocumentModel, i: number, words: readonly (NameWord | undefined)[]): NameCandidate[] {
  const tokens = model.tokens(i);
  const found: NameCandidate[] = [];
  const sentence = model.sentences[i]!;
  // After a signature mark a name is a name, whatever another reader made of the line.
  const marked = SIGNATURE_MARK.test(model.text.slice(Math.max(0, sentence.start - 16), sentence.end));
  if (!marked && (tokens.length > MAX_NAME_WORDS * 2 + 2 || !wholeLine(model, i))) return found;
  const runs = nameRuns(marked ? nameWordsOf(tokens) : words.map((w) => (w?.inBody ? undefined : w)), tokens, { capitals: true });
  const lineIsName = wholeLine(model, i) && runs.length === 1 && tokens.filter((t) => t.kind === 'word').length === runs[0]!.length;
  for (const run of runs) {
    const names = run.filter((w) => w.shape === 'cap' || w.shape === 'caps');
    if (run.length > MAX_NAME_WORDS || names.every((w) => w.common && w.given === undefined && !w.surname) || isPlaceName(run)) continue;
    if (afterSignatureMark(model.text, run[0]!.start)) {
      found.push({ words: run, rule: 'person.signature' });
      continue;
    }
    if (!lineIsName || names.length < 2) continue;
    const next = lineAfter(model, i);
    const role = next === undefined ? undefined : roleLine(model, next);
    const previous = lineBefore(model, i);
    const opened = previous !== undefined && BEFORE_SIGNATURE.test(model.sentences[previous]!.text);
    const personLike = names[0]!.given !== undefined || names.at(-1)!.surname || (role && opened);
    if ((role || opened) && personLike) {
      found.push({ words: run, rule: 'person.signature', ...(role ? { role } : {}) });
    }
  }
  return found;
}
