/** A stretch of document text and the facts whose words cover it. */
export interface HighlightSegment {
  readonly start: number;
  readonly text: string;
  /** Facts covering this stretch, narrowest first: the first decides its colour. */
  readonly facts: readonly { readonly id: number; readonly kind: string }[];
}

/**
 * Cuts the text at every range boundary so each fact's words can be marked in place, overlapping
 * ranges included (a country inside a signing sentence is marked as both).
 */
export function highlightSegments(text: string, ranges: readonly { id: number; kind: string; start: number; end: number }[]): HighlightSegment[] {
  const valid = ranges.filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid.filter((range) => range.start <= start && range.end >= end)
      .sort((a, b) => (a.end - a.start) - (b.end - b.start))
      .filter((range, index, all) => all.findIndex((other) => other.id === range.id) === index)
      .map(({ id, kind }) => ({ id, kind }));
    segments.push({ start, text: text.slice(start, end), facts: covering });
  }
  return segments;
}
