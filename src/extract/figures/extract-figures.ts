import type { DocumentModel } from '../../nlp/document-model.ts';
import { NUMBERS } from '../../nlp/numbers/number-span.ts';
import { readNumbers } from '../../nlp/numbers/number-reader.ts';
import { STRUCTURE } from '../../nlp/structure/structure-span.ts';
import { readStructure } from '../../nlp/structure/structure-reader.ts';
import type { Token } from '../../nlp/tokens.ts';
import type { FigureFact } from '../fact.types.ts';
import { confidenceOf } from '../rule-confidence.ts';
import { type FigureReading, readFigure } from './figure-reading.ts';
import { findOperations } from '../entities/named-patterns.ts';
import { isActionNoun, verbIntroducingColonList } from './figure-action.ts';
import { AUXILIARIES, isAction, isNominal, isParticiple, isPastTense, lower } from './word-classes.ts';
import { NOT_ACTIONS } from '../../nlp/lexicon/report-verbs.data.ts';
import { DURATION_UNITS } from '../../nlp/lexicon/units.data.ts';
import { yearOfSentence, yearRightAfter, yearsOfClauses } from './figure-year.ts';
import { whyNotFigure } from './not-figure.rules.ts';

/**
 * Figures from the document model's layers: every span of the `numbers` layer that no structure span
 * covers and no not-figure rule excludes, read with its qualifier, counted phrase, action and the
 * year its sentence (or the sentence introducing its list) places it in.
 */
/** The verb or the noun of action right before the colon that ends a sentence: "resulted in the seizure of:", "officers seized:". */
function actionIntroducingList(tokens: readonly Token[], textOf: (first: number, last: number) => string): string | null {
  let k = tokens.length - 1;
  if (tokens[k]?.text !== ':') return null;
  k--;
  if (lower(tokens[k]) === 'of' && isActionNoun(lower(tokens[k - 1]))) return textOf(k - 1, k - 1);
  // "Officers seized the following:": the verb before "the following" introduces the list.
  if (lower(tokens[k]) === 'following' && lower(tokens[k - 1]) === 'the') k -= 2;
  const word = lower(tokens[k]);
  if (tokens[k]?.kind === 'word' && isParticiple(word) && !NOT_ACTIONS.has(word)) return textOf(k, k);
  // "police seized drugs and criminal assets, including:": a list of examples shares the verb of what it exemplifies.
  const opener = /^(?:including|namely|notably)$/.test(word) ? k : lower(tokens[k]) === 'as' && lower(tokens[k - 1]) === 'such' ? k - 1 : -1;
  for (let v = opener - 1; opener > 0 && v >= Math.max(0, opener - 16); v--) {
    const at = lower(tokens[v]);
    if (tokens[v]!.kind === 'punctuation' && tokens[v]!.text !== ',') break;
    if (tokens[v]!.kind === 'word' && isPastTense(at) && isAction(at) && !AUXILIARIES.has(at)) return textOf(v, v);
  }
  return null;
}

/**
 * "models with 1.1 l, 1.4 l and 2.2 l diesel engines": items of a list that name nothing themselves count what the
 * last item names, and share its verb; read from the end, so each item takes the one after it.
 */
function sharedBackwards(tokens: readonly Token[], readings: readonly FigureReading[]): FigureReading[] {
  const shared = [...readings];
  for (let k = shared.length - 2; k >= 0; k--) {
    const item = shared[k]!;
    const next = shared[k + 1]!;
    // "5 years and 9 months of imprisonment": parts of one duration, in two units.
    const sameMeasure = item.number.unit === next.number.unit || (DURATION_UNITS.has(item.number.unit) && DURATION_UNITS.has(next.number.unit));
    if (item.subject !== null || next.subject === null || !sameMeasure) continue;
    const between = tokens.slice(item.last + 1, next.number.first);
    if (between.length === 0 || between.length > 2 || !between.every((t) => /^(?:,|and|or)$/.test(t.text))) continue;
    shared[k] = { ...item, subject: next.subject, action: item.action ?? next.action };
  }
  return shared;
}

/** Whether `from`..`to` holds only list items: no auxiliary, no verb in the past that is not a modifier, no clause punctuation. */
function onlyListItemsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (/^[;:.!?]$/.test(token.text)) return false;
    const word = lower(token);
    if (token.kind === 'word' && (AUXILIARIES.has(word) || (isPastTense(word) && !/-/.test(word) && !isNominal(tokens[k + 1])))) return false;
  }
  return true;
}

export function extractFigures(model: DocumentModel): FigureFact[] {
  readStructure(model);
  readNumbers(model);
  const figures: FigureFact[] = [];
  const introducedBy = new Map(model.all(STRUCTURE).filter((s) => s.introducedBy !== undefined).map((s) => [s.sentence, s.introducedBy!]));
  const documentYear = model.date ? Number(model.date.slice(0, 4)) : null;
  const yearOf = (index: number) => yearOfSentence(model.tokens(index), documentYear);
  for (const [index, sentence] of model.sentences.entries()) {
    const numbers = model.inSentence(NUMBERS, index);
    if (numbers.length === 0) continue;
    const tokens = model.tokens(index);
    const structure = model.inSentence(STRUCTURE, index).filter((s) => s.kind !== 'list-item');
    const following = index + 1 < model.sentences.length ? model.tokens(index + 1)[0] : undefined;
    // "JAD Arktos 5", "Operation ARMES 72": a number inside an operation's name is the name's (a literal test first).
    const operations = /\d/.test(sentence.text) && /Operation|operation|JAD|Action|Investigation/.test(sentence.text) ? findOperations(sentence) : [];
    const kept = numbers.filter((number) => !operations.some((o) => o.start <= number.start && number.end <= o.end)).filter((number) => !whyNotFigure({ tokens, number, following, structure: structure.filter((s) => s.start < number.end && s.end > number.start) }));
    if (kept.length === 0) continue;
    const intro = introducedBy.get(index);
    // Read once per sentence: a sentence of many figures must not be read again for each of them.
    const inClause = yearsOfClauses(tokens, documentYear);
    const own = yearOf(index);
    const introduced = own === null && intro !== undefined ? yearOf(intro) : null;
    const year = (at: number) => (own === null ? introduced : inClause(at));
    const textOf = (first: number, last: number) => model.text.slice(tokens[first]!.start, tokens[last]!.end);
    const readings: FigureReading[] = [];
    for (const number of kept) readings.push(readFigure(tokens, number, textOf, readings));
    // "They also intervened: over 100 kg of MDMA, a dozen litres of compound, 1 000 litres of BMK and 30 litres of PMK":
    // every item of a list a verb introduces with a colon is its object, however the items between are written.
    const colon = tokens.findIndex((t) => t.text === ':');
    const colonVerb = colon > 0 ? verbIntroducingColonList(tokens, colon) : -1;
    if (colonVerb >= 0) {
      for (const [r, reading] of readings.entries()) {
        if (reading.action || reading.number.first < colon || !onlyListItemsBetween(tokens, colon + 1, reading.number.first)) continue;
        readings[r] = { ...reading, action: textOf(colonVerb, colonVerb) };
      }
    }
    // "JAD Arktos 5 resulted in the seizure of: • 5 stolen vehicles • …": items on the lines a sentence introduces with a
    // colon share the verb or noun of action before it.
    const introTokens = intro === undefined ? null : model.tokens(intro);
    const introAction = introTokens && actionIntroducingList(introTokens, (first, last) => model.text.slice(introTokens[first]!.start, introTokens[last]!.end));
    for (const shared of sharedBackwards(tokens, readings)) {
      const reading = introAction && !shared.action ? { ...shared, action: introAction } : shared;
      const number = reading.number;
      figures.push({
        kind: 'figure',
        value: number.value,
        unit: number.unit,
        subject: reading.subject,
        qualifier: reading.qualifier,
        action: reading.action,
        year: yearRightAfter(tokens, reading.last) ?? year(number.first),
        evidence: { text: sentence.text, start: tokens[reading.first]!.start, end: tokens[reading.last]!.end },
        rule: number.rule,
        confidence: confidenceOf(number.rule),
      });
    }
  }
  return figures;
}
