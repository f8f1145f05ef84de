import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { splitDigest } from './digest-splitting.ts';
import type { DocumentRecord } from './document.types.ts';
import { DocumentReadError } from './document-read-error.ts';
import { detectReader } from './file-kind.ts';
import { fileTooLarge } from './file-size-limit.ts';
import { readMetadata } from './metadata/document-metadata.ts';
import { normaliseText } from './normalise/unicode-text.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './readers/read-limits.ts';
import { READERS } from './readers/reader-registry.ts';

export { DEFAULT_MAX_BYTES, type ReadLimits } from './readers/read-limits.ts';

/** The ingest stage for one file on disk: bytes -> documents, or a DocumentReadError saying why not. */
export async function readDocumentsFromFile(file: string, limits: ReadLimits): Promise<DocumentRecord[]> {
  const size = await fileSize(file);
  if (size === 0) throw new DocumentReadError('empty', file, 'empty file (0 bytes)');
  if (size > limits.maxBytes) throw fileTooLarge(file, size, limits.maxBytes);
  return readDocuments({ source: file, bytes: await readFile(file) }, limits);
}

/**
 * The same stage for bytes that came from elsewhere (a queue job, an upload). The caller has checked
 * the size of `bytes`; `limits` bound what readers may inflate from them (a Word file's parts).
 */
export async function readDocuments({ source, bytes }: { source: string; bytes: Uint8Array }, limits: ReadLimits = DEFAULT_LIMITS): Promise<DocumentRecord[]> {
  if (bytes.byteLength === 0) throw new DocumentReadError('empty', source, 'empty file (0 bytes)');
  const reader = READERS[await detectReader(source, bytes)];
  const read = await reader.read({ file: source, bytes, limits });
  const text = normaliseText(read.text);
  if (text === '') throw new DocumentReadError('no_text', source, `no text found (read as ${read.reader})`);
  const slices = splitDigest(text);
  return slices.map((slice, index) => ({
    source,
    position: index + 1,
    parts: slices.length,
    reader: read.reader,
    sha256: createHash('sha256').update(slice.text).digest('hex'),
    ...readMetadata(slice.text),
    text: slice.text,
  }));
}

async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new DocumentReadError('not_a_file', file, 'not a regular file');
    return info.size;
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DocumentReadError('missing', file, 'no such file');
    throw new DocumentReadError('missing', file, `cannot open (${code ?? String(error)})`);
  }
}
