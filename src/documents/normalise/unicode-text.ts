/**
 * Character-level normalisation shared by every reader. Offsets of all later facts refer to the
 * result, so it must be deterministic and idempotent.
 *
 * - NFC, never NFKC: NFKC would fold the superscript footnote markers (`globally.²`) into digits.
 * - Spaces that hold a number together (no-break, narrow no-break, thin, figure: "1 800") become one
 *   U+00A0, so "1 800" stays one number and stays distinguishable from a word gap.
 * - Other horizontal white space (tabs, em spaces, ...) becomes a plain space, runs of spaces one.
 * - Presentation ligatures (U+FB00-FB06) are spelled out; soft hyphens and zero-width marks go. Both
 *   happen before NFC, so a letter they uncover composes with the accent after it in the same pass.
 * - At most 30 combining marks in a row (Unicode's stream-safe format, UAX #15): a combining grapheme
 *   joiner goes after every 30th. NFC sorts a run of marks by insertion, so an unbounded run of
 *   alternating marks would cost the square of its length.
 */
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
const BINDING_SPACES = /[\u00a0\u2007\u2009\u202f\u200a]/g;
const OTHER_SPACES = /[\t\u000b\u1680\u2000-\u2006\u2008\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const MAX_MARKS_IN_A_ROW = 30;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS_IN_A_ROW + 1},}`, 'gu');
const MARKS = new RegExp(`\\p{M}{1,${MAX_MARKS_IN_A_ROW}}`, 'gu');
const COMBINING_GRAPHEME_JOINER = '\u034f';

/**
 * The joiner is a mark itself (but a starter for NFC), so a run already made safe still matches
 * MARK_RUN: it is cut at its joiners first and only longer pieces get new ones, which keeps this idempotent.
 * (A class excluding the joiner, [^\P{M}\u034f], would say so directly but runs three times slower.)
 */
const streamSafe = (text: string): string =>
  text.replace(MARK_RUN, (run) =>
    run
      .split(COMBINING_GRAPHEME_JOINER)
      .map((piece) => piece.match(MARKS)?.join(COMBINING_GRAPHEME_JOINER) ?? '')
      .join(COMBINING_GRAPHEME_JOINER),
  );

export function normaliseCharacters(text: string): string {
  const composed = streamSafe(
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n')
      .replace(/[\ufb00-\ufb06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
      .replace(INVISIBLE, ''),
  ).normalize('NFC');
  // Decomposing a precomposed letter can lengthen the run after it by its own marks: bound it again.
  return streamSafe(composed)
    .replace(BINDING_SPACES, '\u00a0')
    .replace(OTHER_SPACES, ' ')
    .replace(/ {2,}/g, ' ');
}

/** Trailing spaces trimmed, at most one blank line between paragraphs, no blank start or end. */
export function normaliseLayout(text: string): string {
  return text.split('\n').map(trimLine).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Trailing spaces and no-break spaces, leading spaces. A loop, not /[ \u00a0]+$/: that regex retries
 * from every space of a long run that does not end the line, at the cost of the square of the run.
 */
function trimLine(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\u00a0')) end--;
  let start = 0;
  while (start < end && line[start] === ' ') start++;
  return line.slice(start, end);
}

export const normaliseText = (text: string): string => normaliseLayout(normaliseCharacters(text));
