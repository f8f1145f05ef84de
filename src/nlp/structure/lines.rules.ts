import type { DocumentModel } from '../document-model.ts';
import type { StructureSpan } from './structure-span.ts';

const startsLine = (model: DocumentModel, at: number) => indentOf(model, at) >= 0;
/** The spaces before `at` on its line ("  • 4.3 kg of speed" is indented by 2), or -1 when text stands before it. */
function indentOf(model: DocumentModel, at: number): number {
  let k = at;
  while (k > 0 && (model.text[k - 1] === ' ' || model.text[k - 1] === '\t')) k--;
  return k === 0 || model.text[k - 1] === '\n' ? at - k : -1;
}

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
  // The sentences that introduce the lists still open, by the indentation of their items: "• Police carried out 25
  // searches and seized:" opens a list of its own, whose items are indented further; an item back at its level closes it.
  let introducers: { indent: number; sentence: number }[] = [];
  for (const [index, s] of model.sentences.entries()) {
    const indent = indentOf(model, s.start);
    if (indent >= 0 && BULLET.test(s.text) && introducers.length > 0) {
      while (introducers.length > 1 && introducers.at(-1)!.indent >= indent) introducers.pop();
      items.push({ start: s.start, end: s.end, sentence: index, rule: 'structure.list-item', kind: 'list-item', introducedBy: introducers.at(-1)!.sentence });
      if (s.text.endsWith(':')) introducers.push({ indent, sentence: index });
      continue;
    }
    // A sentence inside an item's line continues the item; any other line ends the list.
    const previous = items.at(-1);
    if (indent < 0 && previous?.sentence === index - 1) {
      items.push({ ...previous, start: s.start, end: s.end, sentence: index });
      continue;
    }
    introducers = s.text.endsWith(':') ? [{ indent: -1, sentence: index }] : [];
  }
  return items;
}
