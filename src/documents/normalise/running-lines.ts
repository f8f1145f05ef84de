/**
 * Running headers, footers and page numbers of paged documents. A line at the top or bottom edge of a
 * page whose shape (digits masked) recurs on at least half of the pages is layout, not content: Council
 * documents repeat `15571/25 AB/cd 3` / `JAI.1 LIMITE EN` on every page. A running line at the top of
 * the first page is kept there once: a report whose title repeats as its page header keeps its title.
 */
const EDGE_LINES = 4;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

const shapeOf = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

export function removeRunningLines(pages: readonly string[][]): string[][] {
  const seenOnPages = new Map<string, Set<number>>();
  pages.forEach((lines, pageIndex) => {
    for (const index of edgeIndexes(lines)) {
      const shape = shapeOf(lines[index] ?? '');
      if (!seenOnPages.has(shape)) seenOnPages.set(shape, new Set());
      seenOnPages.get(shape)?.add(pageIndex);
    }
  });
  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  const running = new Set([...seenOnPages].filter(([, on]) => on.size >= minPages).map(([shape]) => shape));
  return pages.map((lines, pageIndex) => {
    const edges = new Set(edgeIndexes(lines));
    const firstPageTop = pageIndex === 0 ? new Set(edgeIndexes(lines).slice(0, EDGE_LINES).filter((i) => i < lines.length / 2)) : new Set<number>();
    return lines.filter((line, index) => {
      if (!edges.has(index)) return true;
      if (PAGE_NUMBER.test(line.trim())) return false;
      return !running.has(shapeOf(line)) || firstPageTop.has(index);
    });
  });
}

/** Indexes of the first and last few non-empty lines of a page. */
function edgeIndexes(lines: readonly string[]): number[] {
  const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}
