import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { decodeText } from '../text-decoding.ts';
import { defineReader } from './reader.ts';

/**
 * Markdown, and text exported with Markdown-style markup (Council PDFs converted with `**bold**`).
 * The CommonMark parser finds the markup; we delete only the markup characters from the source and
 * keep every other character where it was, so line breaks, list markers and spacing survive as the
 * author wrote them.
 */
export const markdownReader = defineReader({
  name: 'markdown',
  async read({ bytes }) {
    const { text: source, encoding } = decodeText(bytes);
    return { reader: 'markdown', text: stripMarkup(source), notes: encoding === 'utf-8' ? [] : [`decoded as ${encoding}`] };
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
  // Delimiters CommonMark could not pair are markup all the same in these exports.
  return (text + source.slice(cursor)).replace(UNPARSED_BOLD, (_, before: string, after: string) =>
    before + (GLUED_NEIGHBOUR.test(before) && GLUED_NEIGHBOUR.test(after) ? '\n' : '') + after,
  );
}

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

function visit(node: Nodes, onNode: (node: Nodes) => void): void {
  onNode(node);
  for (const child of (node as Partial<Parent>).children ?? []) visit(child as Nodes, onNode);
}
