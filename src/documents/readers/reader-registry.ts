import type { ReaderName } from '../document.types.ts';
import { docxReader } from './docx.reader.ts';
import { htmlReader } from './html.reader.ts';
import { markdownReader } from './markdown.reader.ts';
import { pdfReader } from './pdf.reader.ts';
import type { DocumentReader } from './reader.ts';
import { textReader } from './text.reader.ts';

/** Every reader factline has; adding a format is one reader file and one line here. */
export const READERS: Readonly<Record<ReaderName, DocumentReader>> = {
  pdf: pdfReader,
  text: textReader,
  markdown: markdownReader,
  html: htmlReader,
  docx: docxReader,
};
