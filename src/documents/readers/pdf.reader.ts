import { InvalidPDFException, PasswordException, PDFParse } from 'pdf-parse';
import { DocumentReadError } from '../document-read-error.ts';
import { assemblePdfText } from '../normalise/pdf-text-assembly.ts';
import { defineReader } from './reader.ts';

export const pdfReader = defineReader({
  name: 'pdf',
  async read({ file, bytes }) {
    // pdf.js takes ownership of a Uint8Array and empties it; hand it a copy so callers keep theirs.
    const parser = new PDFParse({ data: Buffer.from(bytes), verbosity: 0 });
    try {
      const { pages } = await parser.getText({ pageJoiner: '' });
      if (pages.every((page) => page.text.trim() === '')) {
        throw new DocumentReadError('no_text_layer', file, 'no text layer: OCR is not supported (scanned or image-only PDF)');
      }
      return { reader: 'pdf', text: assemblePdfText(pages.map((page) => page.text)), pageCount: pages.length, notes: [] };
    } catch (error) {
      throw pdfReadError(file, error);
    } finally {
      await parser.destroy();
    }
  },
});

function pdfReadError(file: string, error: unknown): DocumentReadError {
  if (error instanceof DocumentReadError) return error;
  if (error instanceof PasswordException) {
    return new DocumentReadError('encrypted_pdf', file, 'encrypted PDF: it needs a password to open (remove the protection and drop it again)');
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof InvalidPDFException) {
    return new DocumentReadError('corrupt_pdf', file, `corrupt or truncated PDF (${detail})`);
  }
  return new DocumentReadError('corrupt_pdf', file, `unreadable PDF (${detail})`);
}
