/**
 * The head of a document: the cover, letterhead or header block before running prose starts. Dates,
 * references and markings are read only here, so a date or number quoted in the body is never taken
 * for the document's own.
 */
const PROSE_LINE_CHARS = 160;
const MAX_HEAD_LINES = 60;

export function headLines(text: string): string[] {
  const lines: string[] = [];
  // Only the first lines are read: splitting a whole document of millions of lines to keep sixty is waste.
  for (let start = 0; lines.length < MAX_HEAD_LINES && start <= text.length; ) {
    const end = text.indexOf('\n', start);
    lines.push(text.slice(start, end < 0 ? text.length : end));
    start = end < 0 ? text.length + 1 : end + 1;
  }
  const firstProse = lines.findIndex((line) => line.length > PROSE_LINE_CHARS);
  return (firstProse < 0 ? lines : lines.slice(0, firstProse)).map((line) => line.trim());
}
