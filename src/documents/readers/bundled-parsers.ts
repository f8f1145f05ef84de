import { createRequire } from 'node:module';

/**
 * The zip reader inside mammoth and the HTML parser inside html-to-text, loaded from where those
 * packages load them. Our pre-checks must see a file exactly as the reader will: JSZip has its own
 * rules for finding entries (it reads the central directory until the signatures stop, whatever count
 * the directory declares, and shifts offsets past prepended bytes), and htmlparser2 decides which tags
 * close implicitly. A different copy or version could count other entries or another depth.
 */
const require = createRequire(import.meta.url);
const dependencyOf = (pkg: string, dependency: string): unknown => createRequire(require.resolve(pkg))(dependency);

export interface ZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', listener: (error: Error) => void): ZipStream;
  on(event: 'end', listener: () => void): ZipStream;
  resume(): ZipStream;
  pause(): ZipStream;
}

export interface ZipEntry {
  readonly name: string;
  readonly dir: boolean;
  internalStream(type: 'uint8array'): ZipStream;
  /** JSZip's record of the directory entry: what the file claims, never what it holds. */
  readonly _data?: { readonly uncompressedSize?: number };
}

interface JSZipStatic {
  loadAsync(data: Uint8Array): Promise<{ readonly files: Record<string, ZipEntry> }>;
}

export interface MarkupHandler {
  onopentag?(name: string): void;
  onclosetag?(name: string, isImplied: boolean): void;
}

interface MarkupParserClass {
  new (handler: MarkupHandler, options: { xmlMode?: boolean; decodeEntities?: boolean }): { write(chunk: string): void; pause(): void };
}

export const JSZip = dependencyOf('mammoth', 'jszip') as JSZipStatic;
export const MarkupParser = (dependencyOf('html-to-text', 'htmlparser2') as { Parser: MarkupParserClass }).Parser;
