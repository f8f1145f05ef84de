/**
 * The head of a document: the cover, letterhead or header block before running prose starts. Dates,
 * references and markings are read only here, so a date or number quoted in the body is never taken
 * for the document's own.
 */
const PROSE_LINE_CHARS = 160;
const MAX_HEAD_LINES = 60;
/** A dateline opens the first paragraph, which comes within the first few lines. */
const MAX_DATELINE_LINES = 8;

export function headLines(text: string): string[] {
  const lines = firstLines(text, MAX_HEAD_LINES);
  const firstProse = lines.findIndex((line) => line.length > PROSE_LINE_CHARS);
  return (firstProse < 0 ? lines : lines.slice(0, firstProse)).map((line) => line.trim());
}

/** The first lines of the text, prose included (where a dateline opens the first paragraph). */
export function firstLines(text: string, count = MAX_DATELINE_LINES): string[] {
  const lines: string[] = [];
  // Only the first lines are read: splitting a whole document of millions of lines to keep sixty is waste.
  for (let start = 0; lines.length < count && start <= text.length; ) {
    const end = text.indexOf('\n', start);
    lines.push(text.slice(start, end < 0 ? text.length : end));
    start = end < 0 ? text.length + 1 : end + 1;
  }
  return lines;
}
