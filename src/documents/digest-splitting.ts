/**
 * A digest file holds several press releases one after another, each opening with its headline and
 * a `Source: <agency>` line. Each release becomes its own document; a file with one or no source
 * line is one document. Text before the first release is kept as a document of its own when it holds
 * more than a title, so nothing in the file is dropped.
 */
export interface DocumentSlice {
  readonly text: string;
  /** Offset of the slice in the whole file's normalised text. */
  readonly start: number;
}

const SOURCE_LINE = /^Source:[ \u00a0]*[\p{Lu}][^\n]{0,60}$/gmu;
const PREAMBLE_MIN_CHARS = 200;

export function splitDigest(text: string): DocumentSlice[] {
  const starts = [...text.matchAll(SOURCE_LINE)].map((match) => headlineStart(text, match.index));
  if (starts.length < 2) return [{ text, start: 0 }];
  const slices: DocumentSlice[] = [];
  const preamble = text.slice(0, starts[0]).trim();
  if (preamble.length > PREAMBLE_MIN_CHARS) slices.push({ text: preamble, start: text.indexOf(preamble) });
  starts.forEach((start, index) => {
    const raw = text.slice(start, starts[index + 1] ?? text.length);
    slices.push({ text: raw.trimEnd(), start });
  });
  return slices;
}

/** Start of the last non-empty line before a `Source:` line: the release's headline. */
function headlineStart(text: string, sourceIndex: number): number {
  const before = text.slice(0, sourceIndex).trimEnd();
  const lineStart = before.lastIndexOf('\n') + 1;
  return before.length === 0 ? sourceIndex : lineStart;
}
