import { fileTypeFromBuffer } from 'file-type';
import type { ReaderName } from './document.types.ts';
import { DocumentReadError } from './document-read-error.ts';
import { decodeText, hasTextBom, looksBinary } from './text-decoding.ts';

/**
 * Which reader a file needs, decided from its bytes: a `.pdf` that is really a Word file is read as
 * Word, and a name without an extension still works. The name only tells Markdown from plain text
 * and HTML when the bytes cannot.
 */
export async function detectReader(file: string, bytes: Uint8Array): Promise<ReaderName> {
  // A UTF-16 byte order mark looks like an MPEG audio frame to magic-number detection: text first.
  if (hasTextBom(bytes)) return sniffTextReader(file, decodeText(bytes.subarray(0, 256 * 1024)).text);
  const magic = await fileTypeFromBuffer(bytes);
  if (magic) return readerForMagic(file, magic.ext, magic.mime);
  if (looksBinary(bytes)) {
    throw new DocumentReadError('binary', file, 'binary content that is not a supported document type (PDF, text, HTML, Word .docx)');
  }
  return sniffTextReader(file, new TextDecoder('latin1').decode(bytes.subarray(0, 256 * 1024)));
}

function readerForMagic(file: string, ext: string, mime: string): ReaderName {
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'xml' || ext === 'html') return sniffTextReader(file, '<html');
  const hint = LEGACY_HINTS[ext] ?? `unsupported file type ${mime} (.${ext})`;
  throw new DocumentReadError('unsupported_type', file, `${hint}; factline reads PDF, text, Markdown, HTML and Word .docx`);
}

const LEGACY_HINTS: Record<string, string> = {
  cfb: 'legacy Word 97-2003 (.doc) or other OLE file: save it as .docx',
  rtf: 'Rich Text Format (.rtf): save it as .docx',
  odt: 'OpenDocument text (.odt): save it as .docx',
  zip: 'ZIP archive that is not a Word .docx: unpack it and drop the files inside',
};

const XML_DECLARATION = /^\s*<\?xml[^>]*>/i;
const HTML_ROOT = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;
// Each run stops at the character that could start the next attempt, so a head of `[[[[` or `[a](`
// repeated costs one pass, not one pass per bracket.
const MARKDOWN_SIGNS = /^#{1,6}\s+\S|\*\*[^*\n]+\*\*|\[[^[\]\n]+\]\([^()\s]+\)/m;

/**
 * True when the text opens with an HTML document's first tag, after an XML declaration and comments.
 * Comments are skipped with indexOf: as one regular expression, `(?:<!--[\s\S]*?-->\s*)*` backtracks
 * exponentially when the tag after them is missing (25 comments took 0.3 s, each one more doubles it).
 */
function startsAsHtml(head: string): boolean {
  let at = XML_DECLARATION.exec(head)?.[0].length ?? 0;
  for (;;) {
    const rest = head.slice(at).trimStart();
    if (!rest.startsWith('<!--')) return HTML_ROOT.test(rest);
    const end = rest.indexOf('-->', 4);
    if (end === -1) return false;
    at = head.length - rest.length + end + 3;
  }
}

export function sniffTextReader(file: string, head: string): ReaderName {
  if (startsAsHtml(head) || (/\.x?html?$/i.test(file) && /<[a-z][^<>]*>/i.test(head))) return 'html';
  if (/\.(md|markdown)$/i.test(file) || MARKDOWN_SIGNS.test(head)) return 'markdown';
  return 'text';
}
