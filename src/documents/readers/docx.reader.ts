import mammoth from 'mammoth';
import { DocumentReadError } from '../document-read-error.ts';
import { defineReader } from './reader.ts';

export const docxReader = defineReader({
  name: 'docx',
  async read({ file, bytes }) {
    try {
      // mammoth separates paragraphs with a blank line, which is our paragraph convention too.
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { reader: 'docx', text: value, notes: [] };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new DocumentReadError('corrupt_docx', file, `corrupt Word document (${detail.split('\n')[0]})`);
    }
  },
});
