import type { StatedDate } from './document-date.ts';

/**
 * A document's title, by the first rule that finds one:
 * 1. Council documents: the `Subject:` line, with its continuation lines;
 * 2. press releases: the headline above the `Source:` line;
 * 3. covers: the line just above the stated date ("<title>\n\nMarch 2024");
 * 4. a short first line that does not read as a sentence.
 */
const SUBJECT = /^Subject:\s*(.+)$/i;
const LABEL = /^[\p{L} .]{2,25}:\s/u;
const SOURCE = /^Source:\s*\S/;
const TITLE_MAX_CHARS = 200;

export function findTitle(head: readonly string[], statedDate: StatedDate | null): string | null {
  return subjectTitle(head) ?? headlineAboveSource(head) ?? lineAboveDate(head, statedDate) ?? shortFirstLine(head);
}

function subjectTitle(head: readonly string[]): string | null {
  const at = head.findIndex((line) => SUBJECT.test(line));
  if (at < 0) return null;
  const parts = [head[at]!.match(SUBJECT)![1]!.trim()];
  for (const line of head.slice(at + 1)) {
    if (line === '' || LABEL.test(line) || !continuesSubject(parts.at(-1)!, line)) break;
    parts.push(line);
  }
  return parts.join(' ');
}

/**
 * Paged documents lose the blank line after the Subject, so the next heading ("Introduction") would
 * read as part of it. A wrapped subject continues in lower case or after a word that cannot end it.
 */
const OPEN_ENDING = /(?:[:,–-]|\b(?:and|or|of|on|the|for|to|in|with|a|an|between|against|by|from))$/i;
const continuesSubject = (previous: string, line: string) => /^\p{Ll}/u.test(line) || OPEN_ENDING.test(previous);

function headlineAboveSource(head: readonly string[]): string | null {
  const at = head.findIndex((line) => SOURCE.test(line));
  return at < 0 ? null : nearestLineAbove(head, at);
}

/** A cover title may wrap: "…International Partners" / "2024–2027" above the date reads as one title. */
function lineAboveDate(head: readonly string[], statedDate: StatedDate | null): string | null {
  if (statedDate === null) return null;
  let title = nearestLineAbove(head, statedDate.line);
  let at = head.lastIndexOf(title ?? '', statedDate.line);
  while (title !== null && title.split(/\s+/).length < 3 && at > 0 && head[at - 1] !== '') {
    title = `${head[at - 1]} ${title}`;
    at--;
  }
  return title;
}

function nearestLineAbove(head: readonly string[], index: number): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const line = head[i]!;
    if (line !== '') return line.length <= TITLE_MAX_CHARS ? line : null;
  }
  return null;
}

function shortFirstLine(head: readonly string[]): string | null {
  const first = head.find((line) => line !== '');
  if (first === undefined || first.length > TITLE_MAX_CHARS || /[.;,]$/.test(first)) return null;
  return first;
}
