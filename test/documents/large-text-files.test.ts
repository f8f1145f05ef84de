import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectReader } from '../../src/documents/file-kind.ts';
import { DEFAULT_MAX_BYTES } from '../../src/documents/read-documents.ts';
import { READERS } from '../../src/documents/readers/reader-registry.ts';

// Files at the default size limit, read by the readers alone (normalisation and extraction have their own tests).
const SENTENCE = 'Police in Latvia arrested 14 suspects and seized EUR 2 million, said Europol on 3 March 2025.\n';
const atLimit = (unit: string) => unit.repeat(Math.floor(DEFAULT_MAX_BYTES / Buffer.byteLength(unit)));

const readWhole = async (file: string, bytes: Uint8Array) => READERS[await detectReader(file, bytes)].read({ file, bytes });

describe('files of 50 MB', () => {
  it('reads plain UTF-8 text whole', async () => {
    const text = atLimit(SENTENCE);
    const read = await readWhole('digest.txt', Buffer.from(text));
    expect(read).toMatchObject({ reader: 'text', notes: [] });
    expect(read.text.length).toBe(text.length);
  }, 60_000);

  it('reads Windows-1252 text whole', async () => {
    const text = atLimit(`Café ’${SENTENCE}`);
    const read = await readWhole('legacy.txt', iconv.encode(text, 'windows-1252'));
    expect(read).toMatchObject({ reader: 'text', notes: ['decoded as windows-1252'] });
    expect(read.text.length).toBe(text.length);
  }, 60_000);

  it('reads a Markdown-looking export whole, its markup stripped by pattern', async () => {
    const read = await readWhole('export.txt', Buffer.from(atLimit(`# Heading\n\nThe **Eurojust** [report](http://x.org) says: ${SENTENCE}\n`)));
    expect(read.reader).toBe('markdown');
    expect(read.text).not.toMatch(/\*\*|\]\(|^# /m);
    expect(read.text.endsWith(`The Eurojust report says: ${SENTENCE}\n`)).toBe(true);
  }, 60_000);
});
