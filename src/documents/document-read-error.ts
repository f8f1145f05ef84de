/**
 * Why a file could not become documents. Every code is deterministic: reading the same bytes again
 * fails the same way, so queue stages must not retry these.
 */
export type ReadErrorCode =
  | 'missing'
  | 'not_a_file'
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'unsupported_type'
  | 'corrupt_pdf'
  | 'encrypted_pdf'
  | 'no_text_layer'
  | 'corrupt_docx'
  /** A Word file whose parts inflate past the size limit: a decompression bomb, or a file too big to read. */
  | 'expands_too_large'
  /** A Word file with more zip entries than any real document has. */
  | 'too_many_parts'
  /** A Word file with more XML elements than mammoth can hold in a stage's memory budget. */
  | 'too_many_elements'
  /** HTML or Word XML nested deeper than the readers' recursion survives. */
  | 'too_deep'
  | 'no_text';

export class DocumentReadError extends Error {
  override readonly name = 'DocumentReadError';
  constructor(
    readonly code: ReadErrorCode,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export const isDocumentReadError = (error: unknown): error is DocumentReadError =>
  error instanceof DocumentReadError;
