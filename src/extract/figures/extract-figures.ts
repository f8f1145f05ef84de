import type { DocumentModel } from '../../nlp/document-model.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { tagTokens, type TagsAt } from '../../nlp/pos-tags.ts';
import type { Token } from '../../nlp/tokens.ts';
import type { FigureFact } from '../fact.types.ts';
import { actionAround, qualifierBefore, subjectAfter, yearOfSentence } from './figure-context.ts';
import { whyNotFigure } from './not-figure.rules.ts';
import { type Quantity, readQuantities } from './quantities.ts';

/** Cheap test before tokenising: a sentence without a digit, number word or multiplier has no figure. */
const MAY_HOLD_FIGURE = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|dozens|hundreds|thousands|millions|billions|twice|double|doubl|tripl|quadrupl|fold|half|third|quarter|fifth)/i;

const CONFIDENCE: Record<string, number> = { digits: 0.9, words: 0.85, vague: 0.6, multiplier: 0.75 };

export function extractFigures(model: DocumentModel): FigureFact[] {
  const figures: FigureFact[] = [];
  const footnoteNumbers = footnoteLineStarts(model.sentences, model.text);
  for (const [index, sentence] of model.sentences.entries()) {
    if (!MAY_HOLD_FIGURE.test(sentence.text)) continue;
    const tokens = model.tokens(index);
    const quantities = readQuantities(tokens).filter((quantity) =>
      !footnoteNumbers.has(tokens[quantity.numberAt]!.start) && !whyNotFigure({ tokens, quantity, sentence: sentence.text, offset: sentence.start }));
    if (quantities.length === 0) continue;
    const year = yearOfSentence(sentence.text);
    const tagsNear = windowTagger(sentence, tokens, quantities);
    for (const quantity of quantities) {
      const { qualifier, first } = qualifierBefore(tokens, quantity);
      const vague = quantity.form === 'vague';
      const moreThan = quantity.form === 'multiplier' && qualifier === 'exact' ? multiplierQualifier(tokens, quantity.first) : null;
      const { subject, last } = subjectAfter(tokens, tagsNear(quantity), skipOfThe(tokens, quantity));
      figures.push({
        kind: 'figure',
        value: quantity.value,
        unit: quantity.unit,
        subject,
        qualifier: vague && qualifier === 'exact' ? 'at_least' : (moreThan ?? qualifier),
        action: actionAround(tokens, first, last),
        year,
        evidence: { text: sentence.text, start: tokens[first]!.start, end: tokens[Math.max(last, quantity.last)]!.end },
        rule: quantity.rule,
        confidence: CONFIDENCE[quantity.form] ?? 0.8,
      });
    }
  }
  return figures;
}

/** Tokens the tagger sees after a quantity: the counted phrase is at most six words, and one to look ahead. */
const TAG_WINDOW = 10;

/**
 * The counted phrase lies right after a quantity: tag a few words there, and only when asked. Windows
 * of quantities that overlap ("5 to 10 suspects") are tagged once, as one stretch, so a sentence costs
 * the tagger at most its own length however many figures it holds (a table row, a run of numbers).
 */
function windowTagger(sentence: Sentence, tokens: readonly Token[], quantities: readonly Quantity[]): (quantity: Quantity) => TagsAt {
  const groups: { from: number; to: number; tagAt: TagsAt }[] = [];
  const groupOf = new Map<Quantity, (typeof groups)[number]>();
  for (const quantity of quantities) {
    const last = groups.at(-1);
    if (last && quantity.last <= last.to) last.to = quantity.last + TAG_WINDOW;
    else groups.push(lazyGroup(sentence, tokens, quantity.last));
    groupOf.set(quantity, groups.at(-1)!);
  }
  return (quantity) => groupOf.get(quantity)!.tagAt;
}

function lazyGroup(sentence: Sentence, tokens: readonly Token[], from: number) {
  let tags: TagsAt | undefined;
  const group = { from, to: from + TAG_WINDOW, tagAt: (index: number) => (tags ??= tagTokens(sentence.text, sentence.start, tokens, group))(index) };
  return group;
}

/**
 * Footnotes converted to plain text lose their superscript: "1 Commission communication – …". Lines that
 * start with a small number, where the numbers run 1, 2, 3… through the document, are footnotes; the
 * numbers are markers, not figures. Returns the offsets of those numbers.
 */
function footnoteLineStarts(sentences: readonly Sentence[], text: string): Set<number> {
  const candidates = sentences
    .filter((s) => (s.start === 0 || text[s.start - 1] === '\n') && /^\d{1,3} \p{Lu}/u.test(s.text))
    .map((s) => ({ at: s.start, n: Number(/^\d+/.exec(s.text)![0]) }));
  const markers = new Set<number>();
  candidates.forEach((c, i) => {
    const neighbour = candidates[i - 1]?.n === c.n - 1 || candidates[i + 1]?.n === c.n + 1;
    if (neighbour) markers.add(c.at);
  });
  return markers;
}

/** "76% of [the] most threatening networks", "three times as many victims": the phrase after "of"/"as many". */
function skipOfThe(tokens: readonly { text: string }[], quantity: { subjectFrom: number; unit: string }): number {
  let at = quantity.subjectFrom;
  if (quantity.unit === 'multiplier' && /^(?:as|more|the)$/.test(wordAt(tokens, at))) at += /^(?:many|much)$/.test(wordAt(tokens, at + 1)) ? 2 : 1;
  if ((quantity.unit === 'percent' || quantity.unit === 'multiplier') && wordAt(tokens, at) === 'of') at += 1;
  if (wordAt(tokens, at) === 'the' && (quantity.unit === 'percent' || quantity.unit === 'multiplier')) at += 1;
  return at;
}

const wordAt = (tokens: readonly { text: string }[], i: number) => tokens[i]?.text.toLowerCase() ?? '';

/** "more than tripling", "almost double": the qualifier stands before a multiplier word. */
function multiplierQualifier(tokens: readonly { text: string }[], first: number): FigureFact['qualifier'] | null {
  const before = tokens.slice(Math.max(0, first - 2), first).map((t) => t.text.toLowerCase()).join(' ');
  if (/more than$/.test(before)) return 'more_than';
  if (/(?:almost|nearly)$/.test(before)) return 'nearly';
  return null;
}
