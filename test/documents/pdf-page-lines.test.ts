import { describe, expect, it } from 'vitest';
import { pdfPageText, type PdfTextItem } from '../../src/documents/normalise/pdf-page-lines.ts';

/** Text items as pdf.js gives them: one per run of text, y growing up the page. */
const item = (str: string, x: number, y: number, width = str.length * 5, hasEOL = false): PdfTextItem => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL });
/** Lines of running text set 12 points apart, with `gaps` extra points before the lines named. */
function page(lines: readonly string[], gaps: Readonly<Record<number, number>> = {}): PdfTextItem[] {
  let y = 800;
  return lines.map((line, index) => {
    if (index > 0) y -= 12 + (gaps[index] ?? 0);
    return item(line, 72, y, line.length * 5, true);
  });
}

describe('a PDF page read into lines and paragraphs', () => {
  it('ends a paragraph where the gap to the next line is larger than the page’s line pitch', () => {
    const items = page(['Europol and Peru signed', 'a working arrangement.', 'It enters into force', 'on 1 May.', 'Talks with Chile go on.'], { 2: 8, 4: 9 });
    expect(pdfPageText(items)).toBe('Europol and Peru signed\na working arrangement.\n\nIt enters into force\non 1 May.\n\nTalks with Chile go on.');
  });

  it('keeps evenly set lines as one block, however many', () => {
    const items = page(['one line of text', 'another line here', 'a third line', 'and a fourth']);
    expect(pdfPageText(items)).toBe('one line of text\nanother line here\na third line\nand a fourth');
  });

  it('separates the cells of a table row with a tab, as pdf-parse did', () => {
    const items = [item('Country', 72, 700), item('Arrests', 200, 700, 35, true), item('Spain', 72, 688), item('12', 200, 688, 10, true)];
    expect(pdfPageText(items)).toBe('Country\tArrests\nSpain\t12');
  });

  it('does not take the jump to a second column for a paragraph break', () => {
    const items = [...page(['left column one', 'left column two', 'left column three']), item('right column top', 320, 800, 80, true), item('right column next', 320, 788, 85, true)];
    expect(pdfPageText(items)).toBe('left column one\nleft column two\nleft column three\nright column top\nright column next');
  });
});
