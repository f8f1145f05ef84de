/**
 * A PDF page's text from pdf.js text items, line by line, with the paragraph breaks the layout shows.
 * A PDF has no paragraphs, only glyphs placed on a page; a paragraph ends where the gap to the next
 * line is clearly larger than the page's usual line pitch. Those breaks matter downstream: a release's
 * paragraphs are what the extractor reads as units (a heading is not run into the sentence below it,
 * a signing's instrument is looked for in its own paragraph), and without them a PDF reads differently
 * from the text it was printed from.
 *
 * Lines and cells are found the way pdf-parse finds them (a new line when the baseline moves more than
 * LINE_THRESHOLD, a tab between items on one line further apart than CELL_THRESHOLD), so tables read as
 * before.
 */
export interface PdfTextItem {
  readonly str: string;
  /** pdf.js transform: [a, b, c, d, x, y], y growing up the page. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL: boolean;
}

interface Line {
  readonly text: string;
  readonly y: number;
  readonly height: number;
}

const LINE_THRESHOLD = 4.6;
const CELL_THRESHOLD = 7;
/** A gap this much larger than the usual pitch ends a paragraph: 1.0 is the pitch, paragraphs add half a line or more. */
const PARAGRAPH_GAP = 1.35;

export function pdfPageText(items: Iterable<PdfTextItem>): string {
  const lines = linesOf(items);
  const pitch = usualPitch(lines);
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    if (previous && pitch > 0) {
      const gap = previous.y - line.y;
      // Only a downward step on the same column: a jump up starts a new column or a page region.
      if (gap > pitch * PARAGRAPH_GAP && gap < pitch * 12 && out.at(-1) !== '') out.push('');
    }
    out.push(line.text);
  }
  return out.join('\n');
}

function linesOf(items: Iterable<PdfTextItem>): Line[] {
  const lines: Line[] = [];
  let parts: string[] = [];
  let y: number | undefined;
  let height = 0;
  let lastX: number | undefined;
  let lastY: number | undefined;
  const flush = () => {
    const text = parts.join('');
    if (text.trim() !== '' && y !== undefined) lines.push({ text, y, height });
    parts = [];
    y = undefined;
    height = 0;
    lastX = undefined;
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const itemY = item.transform[5] ?? 0;
    if (lastY !== undefined && Math.abs(lastY - itemY) > LINE_THRESHOLD && item.str.trim() !== '') flush();
    else if (lastY !== undefined && lastX !== undefined && Math.abs(lastY - itemY) <= LINE_THRESHOLD && Math.abs(lastX - x) > CELL_THRESHOLD && item.str.trim() !== '') parts.push('\t');
    parts.push(item.str);
    if (item.str.trim() !== '') {
      y ??= itemY;
      height = Math.max(height, item.height);
      lastY = itemY;
    }
    lastX = x + item.width;
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

/** The page's usual distance between consecutive baselines, from the downward steps. */
function usualPitch(lines: readonly Line[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i - 1]!.y - lines[i]!.y;
    if (step > 0 && step < 4 * Math.max(lines[i]!.height, 1)) steps.push(step);
  }
  if (steps.length < 2) return 0;
  steps.sort((a, b) => a - b);
  // The lower quartile, not the median: a page of short paragraphs has nearly as many gaps as pitches.
  return steps[Math.floor((steps.length - 1) / 4)]!;
}

