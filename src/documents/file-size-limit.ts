import { DocumentReadError } from './document-read-error.ts';

/**
 * The file size limit, said the same wherever it is applied: `factline extract`, the inbox, `ingest`
 * and the ingest stage. Checked before a byte is read into memory where the size is known first.
 */
export function fileTooLarge(file: string, size: number, maxBytes: number): DocumentReadError {
  return new DocumentReadError('too_large', file, `file is ${humanSize(size)}, over the ${humanSize(maxBytes)} limit (raise it with --max-size or FACTLINE_MAX_FILE_MB)`);
}

export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const megabytes = (mb: number): number => Math.round(mb * 1024 * 1024);
