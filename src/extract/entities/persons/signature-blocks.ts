import type { DocumentModel } from '../../../nlp/document-model.ts';
import { BEFORE_SIGNATURE, ROLE_HEADS, ROLE_MODIFIERS, SIGNATURE_MARK } from '../../../nlp/lexicon/person-roles.data.ts';
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

/**
 * "Executive Director", "Press officer (Home Affairs; Counter-terrorism coordination)" → its role, cut
 * before a parenthesis. A line of two columns ("President      Minister of Justice") gives one role per column.
 */
function roleLine(model: DocumentModel, i: number): RoleColumn[] | undefined {
  const sentence = model.sentences[i]!;
  const words = model.tokens(i).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > MAX_ROLE_LINE_WORDS || !/^\p{Lu}/u.test(words[0]!.text)) return undefined;
  const columns: RoleColumn[] = [];
  for (const column of sentence.text.matchAll(COLUMN)) {
    const cut = (/^[^(,;:]+/.exec(column[0])?.[0] ?? '').replace(/^(?:The|the)[ \u00a0]+/, '').trimEnd();
    const heads = cut.split(/[ \u00a0]+/).slice(0, 5);
    if (cut === '' || !heads.some((word) => ROLE_HEADS.has(word.toLowerCase()))) return undefined;
    const at = sentence.start + column.index + column[0].indexOf(cut);
    columns.push({ role: cut, start: at, end: at + cut.length });
  }
  return columns.length > 0 ? columns : undefined;
}

interface RoleColumn {
  readonly role: string;
  readonly start: number;
  readonly end: number;
}

/** Columns of a line laid out in two: words separated by a tab or three spaces and more. */
const COLUMN = /\S+(?:[ \u00a0]{1,2}\S+)*/g;
const COLUMN_GAP = /\t|[ \u00a0]{3,}/;

/**
 * A run of name words split where the line's columns part ("Catherine DE BOLLE        Adrian EFROS"),
 * or, once spaces are squashed, where a given name follows a surname in capitals ("Anna BERG Ion CEBAN").
 */
function splitAtColumns(run: readonly NameWord[], text: string): NameWord[][] {
  const parts: NameWord[][] = [[run[0]!]];
  for (let k = 1; k < run.length; k++) {
    const [before, word] = [run[k - 1]!, run[k]!];
    if (COLUMN_GAP.test(text.slice(before.end, word.start)) || (before.shape === 'caps' && word.shape === 'cap' && word.given !== undefined)) parts.push([]);
    parts.at(-1)!.push(word);
  }
  return parts;
}

/**
 * "President Minister of Justice" under two names: one role per name. A role opens at a role word that
 * follows a capitalised word other than a modifier ("President | Minister of Justice", but "Executive
 * Director", "Director General" and "… of Justice" each stay one role).
 */
function splitRoles(line: RoleColumn, count: number): RoleColumn[] {
  const words = [...line.role.matchAll(/[^ \u00a0]+/g)];
  const opening = words
    .filter((word, k) => {
      if (k === 0) return true;
      const [lower, previous] = [word[0].toLowerCase(), words[k - 1]![0]];
      const roleWord = ROLE_HEADS.has(lower) || (ROLE_MODIFIERS.has(lower) && lower !== 'general');
      return roleWord && /^\p{Lu}/u.test(word[0]) && /^\p{Lu}/u.test(previous) && !ROLE_MODIFIERS.has(previous.toLowerCase());
    })
    .map((word) => word.index);
  if (opening.length !== count) return [line];
  return opening.map((at, k) => {
    const role = line.role.slice(at, opening[k + 1] ?? line.role.length).trim();
    return { role, start: line.start + at, end: line.start + at + role.length };
  });
}

const afterSignatureMark = (text: string, at: number): boolean => ENDS_WITH_SIGNATURE_MARK.test(text.slice(Math.max(0, at - 16), at));

/** Signature names of sentence i; `words` are its name words (capitals included). */
export function signatureNames(model: DocumentModel, i: number, words: readonly (NameWord | undefined)[]): NameCandidate[] {
  const tokens = model.tokens(i);
  const found: NameCandidate[] = [];
  const sentence = model.sentences[i]!;
  // After a signature mark a name is a name, whatever another reader made of the line.
  const marked = SIGNATURE_MARK.test(model.text.slice(Math.max(0, sentence.start - 16), sentence.end));
  if (!marked && (tokens.length > MAX_NAME_WORDS * 3 || !wholeLine(model, i))) return found;
  const runs = nameRuns(marked ? nameWordsOf(tokens) : words.map((w) => (w?.inBody ? undefined : w)), tokens, { capitals: true });
  const covered = runs.reduce((n, run) => n + run.length, 0);
  const lineIsNames = wholeLine(model, i) && covered > 0 && tokens.filter((t) => t.kind === 'word').length === covered;
  const names = runs.flatMap((run) => (lineIsNames ? splitAtColumns(run, model.text) : [run]));
  const next = lineIsNames ? lineAfter(model, i) : undefined;
  const previous = lineIsNames ? lineBefore(model, i) : undefined;
  const roles = (next === undefined ? undefined : roleLine(model, next)) ?? (previous === undefined ? undefined : roleLine(model, previous));
  const opened = previous !== undefined && BEFORE_SIGNATURE.test(model.sentences[previous]!.text);
  for (const [k, run] of names.entries()) {
    const capitalised = run.filter((w) => w.shape === 'cap' || w.shape === 'caps');
    if (run.length > MAX_NAME_WORDS || capitalised.length === 0 || capitalised.every((w) => w.common && w.given === undefined && !w.surname) || isPlaceName(run)) continue;
    if (afterSignatureMark(model.text, run[0]!.start)) {
      found.push({ words: run, rule: 'person.signature' });
      continue;
    }
    if (!lineIsNames || capitalised.length < 2) continue;
    const columns = roles && roles.length === 1 && names.length > 1 ? splitRoles(roles[0]!, names.length) : roles;
    const role = columns && (columns.length === names.length ? columns[k] : names.length === 1 ? columns[0] : undefined);
    const personLike = capitalised[0]!.given !== undefined || capitalised.at(-1)!.surname || (role && opened);
    if ((roles || opened) && personLike) found.push({ words: run, rule: 'person.signature', ...(role ? { role } : {}) });
  }
  return found;
}
