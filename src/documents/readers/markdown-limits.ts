import { humanSize } from '../file-size-limit.ts';

/**
 * micromark, the CommonMark parser, costs per piece of markup rather than per byte, and more with
 * nesting. On a busy 2-core machine 500 KB took 2 s and 330 MB as a flat list, 10 s and 1.4 GB as
 * paragraphs of links, 29 s and 1.1 GB as lists nested 16 deep; one line of 100 000 `>` took 60 s and
 * 4 000 nested `- ` 4 s, growing with the square of the depth. The files read as Markdown in the corpus
 * are under 60 KB and nest at most 6 levels; past these limits only the common markup is stripped.
 */
export const MAX_MARKDOWN_BYTES = 128 * 1024;
export const MAX_MARKDOWN_NESTING = 16;
/**
 * micromark pairs emphasis delimiters within a paragraph with a cost that grows with the square of
 * their number: one paragraph of `**a**a**a…` took 0.6 s at 20 KB, 6.6 s at 80 KB and 14 s at 120 KB.
 * 2 000 runs in a paragraph cost it well under 0.1 s; real paragraphs hold a few dozen.
 */
export const MAX_EMPHASIS_RUNS_PER_PARAGRAPH = 2000;

/** Why `source` would cost the Markdown parser too much, or undefined when it would not. */
export function markdownCost(source: string): string | undefined {
  if (source.length > MAX_MARKDOWN_BYTES) return `Markdown over ${humanSize(MAX_MARKDOWN_BYTES)}: headings, links and bold stripped without parsing`;
  const { depth, emphasisRuns: runs } = markdownShape(source);
  if (depth > MAX_MARKDOWN_NESTING) return `Markdown nested ${depth} deep, over ${MAX_MARKDOWN_NESTING}: headings, links and bold stripped without parsing`;
  if (runs > MAX_EMPHASIS_RUNS_PER_PARAGRAPH) return `Markdown with ${runs} emphasis marks in one paragraph, over ${MAX_EMPHASIS_RUNS_PER_PARAGRAPH}: headings, links and bold stripped without parsing`;
  return undefined;
}

/** Block quote and list markers opening a line, with the indentation nested lists need. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*/;
const CONTAINER_MARKER = />|[-+*]|\d{1,9}[.)]/g;
const DELIMITER_RUN = /[*_]+/g;
const SPACE = /\s/u;
const SPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]/u;

/**
 * What makes micromark costly, in one linear pass: an over-estimate of the deepest nesting it would
 * build — containers per line (markers, plus half the indentation of a line that has one), and emphasis
 * per paragraph (the delimiters opened and not yet closed, counting every `*` of a run) — and the most
 * delimiter runs in one paragraph.
 */
export function markdownShape(source: string): { depth: number; emphasisRuns: number } {
  let depth = 0;
  let emphasisRuns = 0;
  let openDelimiters = 0;
  let paragraphRuns = 0;
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      openDelimiters = 0;
      paragraphRuns = 0;
      continue;
    }
    const prefix = CONTAINER_PREFIX.exec(line)![0];
    const markers = prefix.match(CONTAINER_MARKER)?.length ?? 0;
    const indentation = markers > 0 ? Math.floor(prefix.replace(/\t/g, '    ').replace(/\S.*$/, '').length / 2) : 0;
    depth = Math.max(depth, markers + indentation);
    for (const run of line.matchAll(DELIMITER_RUN)) {
      paragraphRuns++;
      const before = line[run.index - 1];
      const after = line[run.index + run[0].length];
      const opens = (before === undefined || SPACE_OR_PUNCTUATION.test(before)) && after !== undefined && !SPACE.test(after);
      const closes = before !== undefined && !SPACE.test(before) && (after === undefined || SPACE_OR_PUNCTUATION.test(after));
      if (closes) openDelimiters = Math.max(0, openDelimiters - run[0].length);
      else if (opens) openDelimiters += run[0].length;
      depth = Math.max(depth, openDelimiters);
    }
    emphasisRuns = Math.max(emphasisRuns, paragraphRuns);
  }
  return { depth, emphasisRuns };
}
