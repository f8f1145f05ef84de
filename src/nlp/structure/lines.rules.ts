import type { DocumentModel } from '../document-model.ts';
import type { StructureSpan } from './structure-span.ts';

const startsLine = (model: DocumentModel, at: number) => at === 0 || model.text[at - 1] === '\n';

/**
 * Footnotes converted to plain text lose their superscript ("1 Commission communication – …"), and
 * numbered headings lose their dot ("3 Findings"). Sentences that start with a small number and a
 * capital, where the numbers run n, n+1 through the document, are such lines: the numbers are markers.
 * A PDF often runs two footnotes into one line, so the sentence need not start its line.
 */
export function numberedLines(model: DocumentModel): StructureSpan[] {
  const candidates = model.sentences.flatMap((s, index) => {
    const number = /^(\d{1,3}) \p{Lu}/u.exec(s.text);
    return number ? [{ index, start: s.start, n: Number(number[1]), length: number[1]!.length }] : [];
  });
  return candidates
    .filter((c, i) => candidates[i - 1]?.n === c.n - 1 || candidates[i + 1]?.n === c.n + 1)
    .map((c) => ({ start: c.start, end: c.start + c.length, sentence: c.index, rule: 'structure.numbered-lines', kind: 'footnote-line' }));
}

const BULLET = /^[•▪◦·‣○●■□\-–—*]\s/;

/**
 * Bulleted lines after a sentence that ends with a colon are the items of its list ("… arrests in the
 * EU in 2019:" then "• 1 004 individuals were arrested …"); each item records that sentence.
 */
export function listItems(model: DocumentModel): StructureSpan[] {
  const items: StructureSpan[] = [];
  let introducedBy = -1;
  for (const [index, s] of model.sentences.entries()) {
    const lineStart = startsLine(model, s.start);
    if (lineStart && BULLET.test(s.text) && introducedBy >= 0) {
      items.push({ start: s.start, end: s.end, sentence: index, rule: 'structure.list-item', kind: 'list-item', introducedBy });
      continue;
    }
    // A sentence inside an item's line continues the item; any other line ends the list.
    const previous = items.at(-1);
    if (!lineStart && previous?.sentence === index - 1) {
      items.push({ ...previous, start: s.start, end: s.end, sentence: index });
      continue;
    }
    introducedBy = s.text.endsWith(':') ? index : -1;
  }
  return items;
}
