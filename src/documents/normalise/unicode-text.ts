/**
 * Character-level normalisation shared by every reader. Offsets of all later facts refer to the
 * result, so it must be deterministic and idempotent.
 *
 * - NFC, never NFKC: NFKC would fold the superscript footnote markers (`globally.²`) into digits.
 * - Spaces that hold a number together (no-break, narrow no-break, thin, figure: "1 800") become one
 *   U+00A0, so "1 800" stays one number and stays distinguishable from a word gap.
 * - Other horizontal white space (tabs, em spaces, ...) becomes a plain space, runs of spaces one.
 * - Presentation ligatures (U+FB00-FB06) are spelled out; soft hyphens and zero-width marks go.
 */
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
const BINDING_SPACES = /[\u00a0\u2007\u2009\u202f\u200a]/g;
const OTHER_SPACES = /[\t\u000b\u1680\u2000-\u2006\u2008\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function normaliseCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .normalize('NFC')
    .replace(/[\ufb00-\ufb06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(INVISIBLE, '')
    .replace(BINDING_SPACES, '\u00a0')
    .replace(OTHER_SPACES, ' ')
    .replace(/ {2,}/g, ' ');
}

/** Trailing spaces trimmed, at most one blank line between paragraphs, no blank start or end. */
export function normaliseLayout(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+$/, '').replace(/^ +/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const normaliseText = (text: string): string => normaliseLayout(normaliseCharacters(text));
