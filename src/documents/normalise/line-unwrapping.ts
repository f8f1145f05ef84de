/**
 * Paged formats break paragraphs into visual lines. Sentence splitting and evidence offsets need the
 * paragraph back, so wrapped lines are joined, words hyphenated at a line end are rejoined, and only
 * real breaks (paragraph ends, headings, list items, table rows, footnotes) stay as line breaks.
 */
const LIST_ITEM = /^(?:[•▪●◦‣∙·*]\s*|[-–—]\s|\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s)/i;
const FOOTNOTE_LINE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/;
const SENTENCE_END = /[.!?:;]["'’”)\]]?[¹²³⁴⁵⁶⁷⁸⁹⁰]*$/;
const HYPHENATED_END = /\p{L}-$/u;
const LOWERCASE_START = /^\p{Ll}/u;
const FIELD_LABEL = /^(?:Source|Subject|Purpose|Date|Contact|Press contact|Reference|Ref|Location|Author|Published|Updated|Tags|PURPOSE|SUBJECT|SOURCE|CONTENT|LEGISLATIVE ACT)\s*:\s/;
/** "2016-10-07", "07.10.2016", "7 October 2016", "October 7, 2016", "The Hague, 7 October 2016". */
const DATE_LINE = /^(?:[\p{L}][\p{L} .'’-]{0,40},\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},\s*\d{4})\s*\|?$/u;

/** dehyphenate: `investi-|gations`; attach: `Anti-|Mafia` keeps its hyphen and joins with no space. */
export type Join = 'dehyphenate' | 'attach' | 'space' | 'newline';

export function joinBetween(previous: string, next: string, measure: number): Join {
  // "E-|evidence", "EU-|funded": a capital prefix keeps its hyphen; "2008/978/|JHA": a number goes on.
  if (/(?:^|[^\p{L}])\p{Lu}{1,3}-$/u.test(previous) || /\/$/.test(previous)) return 'attach';
  if (HYPHENATED_END.test(previous)) return LOWERCASE_START.test(next) ? 'dehyphenate' : 'attach';
  if (LIST_ITEM.test(next) || FOOTNOTE_LINE.test(next)) return 'newline';
  if (looksTabular(previous) || looksTabular(next) || isUppercaseHeading(previous)) return 'newline';
  if (sameNumberedLabel(previous, next)) return 'newline';
  // "Source: Eurojust", "PURPOSE: to amend …": a labelled field of a release or summary starts a line.
  if (FIELD_LABEL.test(next)) return 'newline';
  // A date on a line of its own is a release's date line, never the end of its headline's sentence.
  if (DATE_LINE.test(previous) || DATE_LINE.test(next)) return 'newline';
  const isShort = previous.length < measure * 0.85;
  if (/,$/.test(previous)) return 'space';
  if (LOWERCASE_START.test(next) && !SENTENCE_END.test(previous)) return 'space';
  if (isShort) return 'newline';
  return 'space';
}

const SEPARATOR = { attach: '', space: ' ', newline: '\n' } as const;

/** Joins lines ('' marks a blank line) into text where paragraphs are separated by one blank line. */
export function unwrapLines(lines: readonly string[]): string {
  const measure = typicalLineLength(lines);
  // Pieces joined once at the end: dropping a hyphen from the text built so far would copy all of it.
  const pieces: string[] = [];
  let previous = '';
  let blankBefore = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      blankBefore = previous !== '';
      continue;
    }
    if (previous === '') pieces.push(line);
    else if (blankBefore) pieces.push('\n\n', line);
    else {
      // A document's first line is its title: when a full line of running text follows, in a sentence of
      // its own, the title ended at its line end (a wrapped title goes on with a short line).
      const titleEnds = pieces.length === 1 && !LOWERCASE_START.test(line) && !HYPHENATED_END.test(previous) && line.length >= measure * 0.85;
      const join = titleEnds ? 'newline' : joinBetween(previous, line, measure);
      if (join === 'dehyphenate') pieces.push(pieces.pop()!.slice(0, -1), line);
      else pieces.push(SEPARATOR[join], line);
    }
    previous = line;
    blankBefore = false;
  }
  return pieces.join('');
}

/** "RETURN OPERATIONS IN 2020", "OUTCOME OF PROCEEDINGS": headings typed in capitals. */
function isUppercaseHeading(line: string): boolean {
  return /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** Rows of tables exported from spreadsheets: three or more cells, at least half of them numbers. */
function looksTabular(line: string): boolean {
  const cells = line.split(/\s+/);
  const numeric = cells.filter((cell) => /^[-+€$]?\d[\d.,/:-]*%?$/.test(cell)).length;
  return numeric >= 3 && numeric * 2 >= cells.length;
}

/** "Priority 1: …" followed by "Priority 2: …": items of an enumeration, one per line. */
function sameNumberedLabel(previous: string, next: string): boolean {
  const label = (line: string) => /^(\p{Lu}\p{L}+) \d+[.:]/u.exec(line)?.[1];
  return label(previous) !== undefined && label(previous) === label(next);
}

/** The length of a full line of running text: the 90th percentile of lines that are not fragments. */
export function typicalLineLength(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.trim().length).filter((length) => length >= 20).sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}
