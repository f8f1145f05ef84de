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

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const MARKDOWN_SIGNS = /^#{1,6}\s+\S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)/m;

export function sniffTextReader(file: string, head: string): ReaderName {
  if (HTML_START.test(head) || (/\.x?html?$/i.test(file) && /<[a-z][^>]*>/i.test(head))) return 'html';
  if (/\.(md|markdown)$/i.test(file) || MARKDOWN_SIGNS.test(head)) return 'markdown';
  return 'text';
}
