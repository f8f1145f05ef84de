import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentReadError } from '../../src/documents/document-read-error.ts';
import { readDocuments, readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { MAX_DOCX_ELEMENTS, MAX_DOCX_PARTS } from '../../src/documents/readers/docx-package-limits.ts';
import { fixture } from '../support/fixture-paths.ts';
import { makeDocxWithManyEntries, makeExpandingDocx } from '../support/fixtures/docx-bombs.ts';
import { jsonLines, runCli } from '../support/run-cli.ts';

const MB = 1024 * 1024;
const GB = 1024 * MB;
/** Long runs of text: few elements per byte, so only the size limit can stop them. */
const LONG_RUN = `<w:p><w:r><w:t>${'Police in Latvia seized EUR 2 million in cash and assets. '.repeat(200)}</w:t></w:r></w:p>`;
const GOOD = fixture('corpus/eurojust-pr-50-jurisdictions-working-arrangements.txt');

async function refusal(read: Promise<unknown>): Promise<DocumentReadError> {
  const error = await read.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DocumentReadError);
  return error as DocumentReadError;
}

describe('Word files that inflate past the size limit', () => {
  it('refuses a 3.7 MB .docx that expands to 1 GB, holding a few MB of memory while it does', async () => {
    const bomb = makeExpandingDocx({ expandedBytes: GB, unit: LONG_RUN });
    expect(bomb.byteLength).toBeLessThan(4 * MB);
    const before = process.memoryUsage().rss;
    const error = await refusal(readDocuments({ source: 'bomb.docx', bytes: bomb }));
    const peak = process.resourceUsage().maxRSS * 1024;
    expect(error).toMatchObject({ code: 'expands_too_large', file: 'bomb.docx', reason: 'Word document expands past the 50 MB limit (declared 1 GB)' });
    expect(peak - before).toBeLessThan(200 * MB);
  }, 60_000);

  it('counts what the parts really inflate to, not the small sizes the zip directory declares', async () => {
    const liar = makeExpandingDocx({ expandedBytes: 200 * MB, unit: LONG_RUN, declaredBytes: 1000 });
    const error = await refusal(readDocuments({ source: 'liar.docx', bytes: liar }));
    // The three parts together declare 1.6 KB.
    expect(error).toMatchObject({ code: 'expands_too_large', reason: 'Word document expands past the 50 MB limit (declared 2 KB)' });
  }, 60_000);

  it('applies the limit the caller passes, to bytes and to files on disk', async () => {
    const docx = makeExpandingDocx({ expandedBytes: 3 * MB, unit: LONG_RUN });
    const error = await refusal(readDocuments({ source: 'report.docx', bytes: docx }, { maxBytes: 2 * MB }));
    expect(error.reason).toBe('Word document expands past the 2 MB limit (declared 3 MB)');
    const [document] = await readDocuments({ source: 'report.docx', bytes: docx }, { maxBytes: 4 * MB });
    expect(document).toMatchObject({ reader: 'docx' });
    expect(document!.text).toContain('Police in Latvia seized EUR 2 million');

    const file = join(mkdtempSync(join(tmpdir(), 'factline-bomb-')), 'report.docx');
    writeFileSync(file, docx);
    expect((await refusal(readDocumentsFromFile(file, { maxBytes: 2 * MB }))).code).toBe('expands_too_large');
  }, 60_000);
});

describe('Word files too complex for mammoth', () => {
  it('refuses millions of tiny paragraphs before mammoth builds a single one', async () => {
    // 1 GB of 53-byte paragraphs: 60 million elements, where 20 MB of them cost mammoth 24 s and 1.9 GB.
    const before = process.memoryUsage().rss;
    const error = await refusal(readDocuments({ source: 'paragraphs.docx', bytes: makeExpandingDocx({ expandedBytes: GB }) }));
    expect(error).toMatchObject({ code: 'too_many_elements', reason: `Word document has more XML elements than the limit of ${MAX_DOCX_ELEMENTS} (in word/document.xml)` });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
  }, 60_000);

  it('refuses a zip of more parts than any real Word document, before JSZip reads them', async () => {
    const error = await refusal(readDocuments({ source: 'parts.docx', bytes: makeDocxWithManyEntries(MAX_DOCX_PARTS + 10) }));
    expect(error).toMatchObject({ code: 'too_many_parts', reason: `Word document has ${MAX_DOCX_PARTS + 13} parts, over the limit of ${MAX_DOCX_PARTS}` });
  });

  it('still reads a Word file of a few hundred parts', async () => {
    const [document] = await readDocuments({ source: 'parts.docx', bytes: makeDocxWithManyEntries(300) });
    expect(document!.text).toBe('Police in Latvia seized EUR 2 million.');
  });
});

describe('factline extract on a decompression bomb', () => {
  it('prints one line naming the file and the reason, exits 1, and still reads the other files', async () => {
    const bomb = join(mkdtempSync(join(tmpdir(), 'factline-bomb-')), 'annual-report.docx');
    writeFileSync(bomb, makeExpandingDocx({ expandedBytes: GB, unit: LONG_RUN }));
    const { status, stdout, stderr } = await runCli('extract', '--json', bomb, GOOD);
    expect(status).toBe(1);
    expect(stderr).toBe(`factline: ${bomb}: Word document expands past the 50 MB limit (declared 1 GB)\n`);
    expect(jsonLines(stdout).map(({ document }) => document.source)).toEqual([GOOD]);
  }, 60_000);
});
