import { unwrapLines } from './line-unwrapping.ts';
import { removeRunningLines } from './running-lines.ts';

const FOOTNOTE_START = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/;

/**
 * One text from the pages of a PDF: running headers, footers and page numbers dropped, the body
 * flowing across page breaks as if the document were one page, and each page's footnotes moved to
 * the end as endnotes so that a sentence broken by a page bottom reads whole. The superscript
 * markers stay where they are, in the text and in front of their notes.
 */
export function assemblePdfText(pageTexts: readonly string[]): string {
  const pages = removeRunningLines(pageTexts.map((text) => text.split('\n')));
  const body: string[] = [];
  const notes: string[] = [];
  for (const lines of pages) {
    const firstNote = lines.findIndex((line) => FOOTNOTE_START.test(line));
    // Line by line, not push(...lines): spreading a page of a million lines overflows the call stack.
    for (const [index, line] of lines.entries()) (firstNote < 0 || index < firstNote ? body : notes).push(line);
    if (firstNote >= 0) notes.push('');
  }
  const text = unwrapLines(body);
  const endnotes = unwrapLines(notes);
  return endnotes === '' ? text : `${text}\n\n${endnotes}`;
}
