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
