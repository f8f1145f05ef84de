import type { DocumentModel } from '../document-model.ts';
import { PHONE, POSTCODE, STREET_ADDRESS } from './contacts.rules.ts';
import { BRACKETED_REFERENCE, HEADING_NUMBER, INLINE_MARKER, LINE_MARKER } from './headings.rules.ts';
import { numberedLines, listItems } from './lines.rules.ts';
import { CODE, CROSS_REFERENCE, DOCUMENT_NUMBER, URL_OR_EMAIL, VERSION } from './references.rules.ts';
import { type SentenceView, STRUCTURE, type StructureRule, type StructureSpan } from './structure-span.ts';

/** Every sentence rule, in the order they are tried; adding one is one line here. */
export const STRUCTURE_RULES: readonly StructureRule[] = [
  HEADING_NUMBER, LINE_MARKER, INLINE_MARKER, BRACKETED_REFERENCE,
  URL_OR_EMAIL, DOCUMENT_NUMBER, CROSS_REFERENCE, VERSION, CODE,
  STREET_ADDRESS, POSTCODE, PHONE,
];

const WITHOUT_DIGITS = STRUCTURE_RULES.filter((rule) => !rule.needsDigit);
const DIGIT = /\d/;

/**
 * The structural reader: fills the `structure` layer with what is layout or reference rather than
 * report (structure-span.ts). Sentence rules look at one sentence's tokens; numbered lines and list
 * items are read over the document's lines.
 */
export function readStructure(model: DocumentModel): void {
  if (model.has(STRUCTURE)) return;
  const spans: StructureSpan[] = [];
  const { text } = model;
  for (const [index, sentence] of model.sentences.entries()) {
    const rules = DIGIT.test(sentence.text) ? STRUCTURE_RULES : WITHOUT_DIGITS;
    let view: SentenceView | undefined;
    const found: StructureSpan[] = [];
    for (const rule of rules) {
      if (!rule.mayHold.test(sentence.text)) continue;
      view ??= { tokens: model.tokens(index), sentence, index, lineStart: sentence.start === 0 || text[sentence.start - 1] === '\n' };
      const { tokens } = view;
      for (const [first, last] of rule.find(view)) {
        const [start, end] = [tokens[first]!.start, tokens[last]!.end];
        // What an earlier rule covers is read already ("REV 2" of a reference is no code too).
        if (found.some((s) => s.start <= start && end <= s.end)) continue;
        found.push({ start, end, sentence: index, rule: rule.id, kind: rule.kind });
      }
    }
    spans.push(...found);
  }
  spans.push(...numberedLines(model), ...listItems(model));
  model.add(STRUCTURE, spans);
}
