import mammoth from 'mammoth';
import { DocumentReadError } from '../document-read-error.ts';
import { checkDocxPackage } from './docx-package-limits.ts';
import { DEFAULT_LIMITS } from './read-limits.ts';
import { defineReader } from './reader.ts';

export const docxReader = defineReader({
  name: 'docx',
  async read({ file, bytes, limits = DEFAULT_LIMITS }) {
    try {
      await checkDocxPackage({ file, bytes, maxBytes: limits.maxBytes });
      // mammoth separates paragraphs with a blank line, which is our paragraph convention too.
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { reader: 'docx', text: value, notes: [] };
    } catch (error) {
      if (error instanceof DocumentReadError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      // A part the depth check could not see as XML (named like an image) can still overflow mammoth's stack.
      if (error instanceof RangeError && /call stack/i.test(detail)) {
        throw new DocumentReadError('too_deep', file, 'Word document nested too deep to read (mammoth ran out of stack)');
      }
      throw new DocumentReadError('corrupt_docx', file, `corrupt Word document (${detail.split('\n')[0]})`);
    }
  },
});
