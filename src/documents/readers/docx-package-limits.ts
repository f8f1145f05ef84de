import { DocumentReadError } from '../document-read-error.ts';
import { humanSize } from '../file-size-limit.ts';
import { JSZip, type ZipEntry } from './bundled-parsers.ts';
import { gaugeMarkup } from './markup-nesting.ts';
import { MAX_NESTING_DEPTH } from './read-limits.ts';

/**
 * Real Word files hold a few dozen parts plus one per image. JSZip spends ~2 KB and ~25 µs on each
 * entry before anything is inflated (60 000 empty entries: 1.4 s, 225 MB), and a 50 MB zip fits 400 000.
 */
export const MAX_DOCX_PARTS = 10_000;

/**
 * mammoth's cost follows the number of XML elements, not bytes: ~1.8 KB of memory and ~25 µs each on a
 * busy 2-core machine (400 000 elements: ~750 MB, ~11 s). 20 MB of short paragraphs (~1.2 M elements)
 * took 24 s and 1.9 GB; 40 MB of long text runs, 1.3 s and 260 MB. 400 000 elements is ~1 500 pages
 * of formatted prose, or ~100 pages of dense tables, and leaves room in a 1 GB stage budget.
 */
export const MAX_DOCX_ELEMENTS = 400_000;

const CENTRAL_ENTRY_SIGNATURE = Buffer.from('PK\x01\x02', 'latin1');
const LT = 0x3c;
/**
 * Parts whose depth is gauged. Images read as XML look thousands of levels deep (random bytes: 15 000 in
 * 10 MB), so other parts only have their bytes and element-like `<x` counted; a deep main part under an
 * image's name still overflows mammoth, which the reader reports as too deep.
 */
const XML_PART = /\.(xml|rels)$/i;

/**
 * Refuses a .docx before mammoth sees it if its parts inflate past `maxBytes`, it has too many parts or
 * XML elements, or its XML nests too deep. Every part is inflated as a stream and counted as it comes,
 * so a bomb costs at most `maxBytes` of inflating and no memory to speak of; the sizes the zip's
 * directory declares are only quoted, never trusted.
 */
export async function checkDocxPackage({ file, bytes, maxBytes }: { file: string; bytes: Uint8Array; maxBytes: number }): Promise<void> {
  // Every entry JSZip reads starts with this signature, so the count bounds them before JSZip builds any.
  const parts = countOccurrences(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CENTRAL_ENTRY_SIGNATURE);
  if (parts > MAX_DOCX_PARTS) throw new DocumentReadError('too_many_parts', file, `Word document has ${parts} parts, over the limit of ${MAX_DOCX_PARTS}`);
  const entries = Object.values((await JSZip.loadAsync(bytes)).files).filter((entry) => !entry.dir);
  const declared = entries.reduce((sum, entry) => sum + (entry._data?.uncompressedSize ?? 0), 0);
  let expanded = 0;
  let elements = 0;
  for (const entry of entries) {
    const gauge = XML_PART.test(entry.name) ? gaugeMarkup({ xml: true }) : undefined;
    const decoder = new TextDecoder();
    let previous = 0;
    const refusal = await inflate(entry, (chunk) => {
      expanded += chunk.byteLength;
      if (expanded > maxBytes) {
        return new DocumentReadError('expands_too_large', file, `Word document expands past the ${humanSize(maxBytes)} limit (declared ${humanSize(declared)})`);
      }
      elements += countElementStarts(chunk, previous);
      previous = chunk[chunk.byteLength - 1] ?? previous;
      if (elements > MAX_DOCX_ELEMENTS) {
        return new DocumentReadError('too_many_elements', file, `Word document has more XML elements than the limit of ${MAX_DOCX_ELEMENTS} (in ${entry.name})`);
      }
      gauge?.write(decoder.decode(chunk, { stream: true }));
      if (gauge?.tooDeep) {
        return new DocumentReadError('too_deep', file, `Word document nested deeper than the limit of ${MAX_NESTING_DEPTH} elements (in ${entry.name})`);
      }
      return undefined;
    });
    if (refusal) throw refusal;
  }
}

/** Streams one part through JSZip's inflater; `onChunk` returns a refusal to stop inflating there. */
function inflate(entry: ZipEntry, onChunk: (chunk: Uint8Array) => DocumentReadError | undefined): Promise<DocumentReadError | undefined> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const stream = entry.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (settled) return;
        try {
          const refusal = onChunk(chunk);
          if (refusal) settle(() => (stream.pause(), resolve(refusal)));
        } catch (error) {
          settle(() => (stream.pause(), reject(error)));
        }
      })
      .on('error', (error) => settle(() => reject(error)))
      .on('end', () => settle(() => resolve(undefined)))
      .resume();
  });
}

/** `<` followed by a name's first character: a start tag in XML (not `</`, `<?`, `<!`), rare noise in images. */
function countElementStarts(chunk: Uint8Array, before: number): number {
  let count = before === LT && isNameStart(chunk[0] ?? 0) ? 1 : 0;
  const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  for (let at = buffer.indexOf(LT); at !== -1 && at + 1 < buffer.length; at = buffer.indexOf(LT, at + 1)) {
    if (isNameStart(buffer[at + 1]!)) count++;
  }
  return count;
}

const isNameStart = (byte: number): boolean => (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || byte === 0x5f || byte === 0x3a;

function countOccurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}
