import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DocumentReadError } from '../document-read-error.ts';
import { pdfPageText, type PdfTextItem } from '../normalise/pdf-page-lines.ts';
import { assemblePdfText } from '../normalise/pdf-text-assembly.ts';
import { defineReader } from './reader.ts';

/**
 * PDFs are read with pdf.js's text items, page by page: their positions give lines, table cells and
 * the vertical gaps that end paragraphs (pdf-page-lines.ts), which a flat text dump loses.
 */
export const pdfReader = defineReader({
  name: 'pdf',
  async read({ file, bytes }) {
    // pdf.js takes ownership of the array it is given and empties it; hand it a copy so callers keep theirs.
    const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false });
    try {
      const doc = await task.promise;
      const pages: string[] = [];
      for (let number = 1; number <= doc.numPages; number++) {
        const page = await doc.getPage(number);
        const content = await page.getTextContent();
        pages.push(pdfPageText(content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item)));
        page.cleanup();
      }
      if (pages.every((text) => text.trim() === '')) {
        throw new DocumentReadError('no_text_layer', file, 'no text layer: OCR is not supported (scanned or image-only PDF)');
      }
      return { reader: 'pdf', text: assemblePdfText(pages), pageCount: pages.length, notes: [] };
    } catch (error) {
      throw pdfReadError(file, error);
    } finally {
      await task.destroy();
    }
  },
});

/** pdf.js reports its failures by the error's name; it does not export every class. */
function pdfReadError(file: string, error: unknown): DocumentReadError {
  if (error instanceof DocumentReadError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new DocumentReadError('encrypted_pdf', file, 'encrypted PDF: it needs a password to open (remove the protection and drop it again)');
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'InvalidPDFException') {
    return new DocumentReadError('corrupt_pdf', file, `corrupt or truncated PDF (${detail})`);
  }
  return new DocumentReadError('corrupt_pdf', file, `unreadable PDF (${detail})`);
}
