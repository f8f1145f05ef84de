import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { decodeText } from '../text-decoding.ts';
import { markdownCost } from './markdown-limits.ts';
import { defineReader } from './reader.ts';

/**
 * Markdown, and text exported with Markdown-style markup (Council PDFs converted with `**bold**`).
 * The CommonMark parser finds the markup; we delete only the markup characters from the source and
 * keep every other character where it was, so line breaks, list markers and spacing survive as the
 * author wrote them. Files too large or too deeply nested to parse cheaply (markdown-limits.ts) lose
 * the common markup by pattern instead.
 */
export const markdownReader = defineReader({
  name: 'markdown',
  async read({ bytes }) {
    const { text: source, encoding } = decodeText(bytes);
    const notes = encoding === 'utf-8' ? [] : [`decoded as ${encoding}`];
    const tooCostly = markdownCost(source);
    if (tooCostly) return { reader: 'markdown', text: stripCommonMarkup(source), notes: [...notes, tooCostly] };
    return { reader: 'markdown', text: stripMarkup(source), notes };
  },
});

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/**
 * Converted PDFs glue bold headings to their neighbours ("Conclusions**‘Fighting…’****Introduction");
 * markup touching a letter, digit or quote on the outside stood on a line of its own.
 */
const GLUED_NEIGHBOUR = /[\p{L}\p{N}‘’“”"]/u;
const gluedBreak = (outside: string | undefined) => (outside !== undefined && GLUED_NEIGHBOUR.test(outside) ? '\n' : '');
const UNPARSED_BOLD = /(.?)\*{2,}(.?)/gu;

export function stripMarkup(source: string): string {
  const edits: Edit[] = [];
  visit(fromMarkdown(source), (node) => edits.push(...markupOf(node, source)));
  let text = '';
  let cursor = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    if (edit.start < cursor) continue;
    text += source.slice(cursor, edit.start) + edit.insert;
    cursor = edit.end;
  }
  return stripUnparsedBold(text + source.slice(cursor));
}

const ATX_HEADING_MARKS = /^ {0,3}#{1,6}(?:[ \t]+|$)/gm;
const INLINE_LINK = /!?\[([^\]\n]*)\]\([^)\s]*\)/g;

/** In linear time, without a parser: the markup exports use most (headings, links and images, bold). */
function stripCommonMarkup(source: string): string {
  return stripUnparsedBold(source.replace(ATX_HEADING_MARKS, '').replace(INLINE_LINK, '$1'));
}

/** Delimiters CommonMark could not pair are markup all the same in these exports. */
const stripUnparsedBold = (text: string): string =>
  text.replace(UNPARSED_BOLD, (_, before: string, after: string) => before + (GLUED_NEIGHBOUR.test(before) && GLUED_NEIGHBOUR.test(after) ? '\n' : '') + after);

/** The source ranges that are markup around a node's content. */
function markupOf(node: Nodes, source: string): Edit[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  if (node.type === 'image') return [{ start, end, insert: node.alt ?? '' }];
  if (node.type !== 'strong' && node.type !== 'emphasis' && node.type !== 'link' && node.type !== 'heading') return [];
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return [];
  const trailing = node.type === 'heading' ? [] : [{ start: last, end, insert: gluedBreak(source[end]) }];
  return [{ start, end: first, insert: gluedBreak(source[start - 1]) }, ...trailing];
}

/** Depth-first with a stack of its own, so a deep tree cannot overflow the call stack. */
function visit(root: Nodes, onNode: (node: Nodes) => void): void {
  const pending: Nodes[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    onNode(node);
    const children = (node as Partial<Parent>).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Nodes);
  }
}
