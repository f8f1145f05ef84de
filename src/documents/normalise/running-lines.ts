/**
 * Running headers, footers and page numbers of paged documents. A line at the top or bottom edge of a
 * page that recurs on at least half of the pages, identical but for at most one number (the page
 * number), is layout, not content: Council documents repeat `15571/25 AB/cd 3` / `JAI.1 LIMITE EN`
 * on every page. Table rows at page edges look alike too ("RO-01330 02/01/2020 Italy 1 44 0 0") but
 * differ in several numbers, so they stay. A running line at the top of the first page is kept there
 * once: a report whose title repeats as its page header keeps its title.
 */
const EDGE_LINES = 4;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

const squash = (line: string) => line.replace(/\s+/g, ' ').trim();
const shapeOf = (line: string) => squash(line).replace(/\d+/g, '#').toLowerCase();
const numbersOf = (line: string) => line.match(/\d+/g) ?? [];

export function removeRunningLines(pages: readonly string[][]): string[][] {
  const group = new Map<string, { pages: Set<number>; lines: Set<string> }>();
  pages.forEach((lines, pageIndex) => {
    for (const index of edgeIndexes(lines)) {
      const line = squash(lines[index] ?? '');
      const entry = group.get(shapeOf(line)) ?? { pages: new Set(), lines: new Set() };
      entry.pages.add(pageIndex);
      entry.lines.add(line);
      group.set(shapeOf(line), entry);
    }
  });
  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  const running = new Set(
    [...group].filter(([, { pages: on, lines }]) => on.size >= minPages && varyingNumbers([...lines]) <= 1).map(([shape]) => shape),
  );
  return pages.map((lines, pageIndex) => {
    const edges = edgeIndexes(lines);
    const keptOnFirstPage = new Set(pageIndex === 0 ? edges.slice(0, EDGE_LINES).filter((i) => i < lines.length / 2) : []);
    const edgeSet = new Set(edges);
    return lines.filter((line, index) => {
      if (!edgeSet.has(index)) return true;
      if (PAGE_NUMBER.test(line.trim())) return false;
      return !running.has(shapeOf(line)) || keptOnFirstPage.has(index);
    });
  });
}

/** How many number positions differ between lines of the same shape. */
function varyingNumbers(lines: readonly string[]): number {
  const numbers = lines.map(numbersOf);
  const positions = numbers[0]?.length ?? 0;
  let varying = 0;
  for (let i = 0; i < positions; i++) if (new Set(numbers.map((n) => n[i])).size > 1) varying++;
  return varying;
}

/** Indexes of the first and last few non-empty lines of a page. */
function edgeIndexes(lines: readonly string[]): number[] {
  const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}
