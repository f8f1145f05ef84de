import iconv from 'iconv-lite';

/**
 * Bytes -> string for text-like files. Operators drop files saved by old Windows tools, so a file that
 * is not valid UTF-8 is decoded as Windows-1252 (a superset of Latin-1 for printable text) instead of
 * failing; a BOM decides UTF-16. Windows-1252 goes through iconv-lite because Node 20's TextDecoder
 * treats that label as ISO-8859-1 and turns 0x92 into a control character instead of ’.
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

export const hasTextBom = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/**
 * True when the bytes are not text in any encoding we decode: NUL bytes outside UTF-16, or more than
 * 5% C0 control characters other than tab, line feed, form feed and carriage return.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.indexOf(0) >= 0) return true;
  // Counted by a regex over the bytes read as Latin-1 (one character per byte): a loop in JavaScript
  // over a typed array costs a few times more, on every file read.
  const controls = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1').match(CONTROL_CHARACTERS)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.05;
}

const CONTROL_CHARACTERS = /[\x01-\x08\x0b\x0e-\x1f]/g;

const decode = (encoding: string, bytes: Uint8Array) => new TextDecoder(encoding).decode(bytes);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
