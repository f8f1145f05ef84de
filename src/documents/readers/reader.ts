import type { ReaderName, ReadText } from '../document.types.ts';
import type { ReadLimits } from './read-limits.ts';

export interface ReaderInput {
  /** The file's name as the operator gave it: used in error messages, never to decide the type. */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** DEFAULT_LIMITS when absent. */
  readonly limits?: ReadLimits;
}

export interface DocumentReader {
  readonly name: ReaderName;
  /** Turns bytes into text, or throws a DocumentReadError saying why it cannot. */
  read(input: ReaderInput): Promise<ReadText>;
}

export const defineReader = (reader: DocumentReader): DocumentReader => reader;
