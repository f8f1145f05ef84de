import { describe, expect, it } from 'vitest';
import { DocumentReadError } from '../../src/documents/document-read-error.ts';
import { sniffTextReader } from '../../src/documents/file-kind.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { MAX_EMPHASIS_RUNS_PER_PARAGRAPH, MAX_MARKDOWN_BYTES } from '../../src/documents/readers/markdown-limits.ts';
import { markdownReader } from '../../src/documents/readers/markdown.reader.ts';
import { MAX_NESTING_DEPTH } from '../../src/documents/readers/read-limits.ts';
import { makeDocxWithBody } from '../support/fixtures/docx-bombs.ts';

const read = (source: string, content: string | Uint8Array) =>
  readDocuments({ source, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const nested = (open: string, close: string, depth: number, inside = 'deep text') => open.repeat(depth) + inside + close.repeat(depth);
const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

async function refusal(reading: Promise<unknown>): Promise<DocumentReadError> {
  const error = await reading.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DocumentReadError);
  return error as DocumentReadError;
}

describe('HTML nested deeper than html-to-text can walk', () => {
  it.each([
    ['100 000 nested divs', page(nested('<div>', '</div>', 100_000))],
    ['100 000 divs never closed', page('<div>'.repeat(100_000) + 'deep text')],
    ['1 000 nested lists, which overflow html-to-text first', page(nested('<ul><li>', '</li></ul>', 1_000))],
    ['10 million nested spans (50 MB)', page(nested('<span>', '', 10_000_000))],
  ])('refuses %s with the limit in the reason, instead of a stack overflow', async (_, html) => {
    const error = await refusal(read('deep.html', html));
    expect(error).toMatchObject({ code: 'too_deep', reason: `HTML nested deeper than the limit of ${MAX_NESTING_DEPTH} elements` });
  }, 60_000);

  it('reads a page nested 400 deep, four times deeper than real pages', async () => {
    const [document] = await read('deep.html', page(`<h1>Eurojust report</h1>${nested('<div>', '</div>', 400, '<p>Police arrested 7 suspects.</p>')}`));
    expect(document!.text).toContain('Police arrested 7 suspects.');
  });

  it('does not count paragraphs and list items left open as nesting, as the HTML parser closes them', async () => {
    const [document] = await read('items.html', page(`<h1>Seizures</h1><ul>${'<li>EUR 2 million'.repeat(5_000)}</ul>${'<p>Police arrested 7 suspects.'.repeat(5_000)}`));
    expect(document!.text).toContain('• EUR 2 million');
  }, 60_000);

  it('reads a page longer than 16 M characters to its end (html-to-text would cut it there silently)', async () => {
    const [document] = await read('long.html', page(`<p>${'word '.repeat(3_500_000)}THE END</p>`));
    expect(document!.text.endsWith('THE END')).toBe(true);
  }, 60_000);
});

describe('Word XML nested deeper than mammoth can walk', () => {
  it('refuses 100 000 nested content controls, naming the part', async () => {
    const docx = makeDocxWithBody(nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', 50_000, '<w:p><w:r><w:t>deep</w:t></w:r></w:p>'));
    const error = await refusal(read('deep.docx', docx));
    expect(error).toMatchObject({ code: 'too_deep', reason: `Word document nested deeper than the limit of ${MAX_NESTING_DEPTH} elements (in word/document.xml)` });
  });

  it('refuses deep XML in a main part named like an image, which the depth check does not parse, when mammoth overflows', async () => {
    const docx = makeDocxWithBody(nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', 5_000, '<w:p/>'), { documentPath: 'word/media/image1.png' });
    const error = await refusal(read('renamed.docx', docx));
    expect(error).toMatchObject({ code: 'too_deep', reason: 'Word document nested too deep to read (mammoth ran out of stack)' });
  });

  it('reads tables nested 20 deep', async () => {
    const docx = makeDocxWithBody(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 20, '<w:p><w:r><w:t>Police arrested 7 suspects.</w:t></w:r></w:p>'));
    expect((await read('tables.docx', docx))[0]!.text).toBe('Police arrested 7 suspects.');
  });
});

describe('Markdown too deep or too large for the CommonMark parser', () => {
  it.each([
    ['100 000 nested block quotes', `${'>'.repeat(100_000)} Police arrested 7 suspects.\n`, 'nested 100000 deep'],
    ['50 000 nested list items', `${'- '.repeat(50_000)}Police arrested 7 suspects.\n`, 'nested 50000 deep'],
    ['a list indented 300 levels', `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}\nPolice arrested 7 suspects.\n`, 'nested 300 deep'],
    ['emphasis nested 20 000 deep', `${'*a '.repeat(20_000)}Police arrested 7 suspects.${' b*'.repeat(20_000)}\n`, 'nested 20000 deep'],
  ])('reads %s as text at once, saying why in a note', async (_, source, why) => {
    const read = await markdownReader.read({ file: 'deep.md', bytes: new TextEncoder().encode(source) });
    expect(read.text).toContain('Police arrested 7 suspects.');
    expect(read.notes).toEqual([`Markdown ${why}, over 16: headings, links and bold stripped without parsing`]);
  });

  it('reads a paragraph of 10 000 emphasis runs as text at once, which the parser would pair in quadratic time', async () => {
    const source = `Police arrested 7 suspects. ${'**a'.repeat(10_000)}\n`;
    const read = await markdownReader.read({ file: 'stars.md', bytes: new TextEncoder().encode(source) });
    expect(read.text).toContain('Police arrested 7 suspects.');
    expect(read.notes).toEqual([`Markdown with 10000 emphasis marks in one paragraph, over ${MAX_EMPHASIS_RUNS_PER_PARAGRAPH}: headings, links and bold stripped without parsing`]);
  });

  it('strips headings, links, images and bold by pattern from a file over the parser limit', async () => {
    const filler = `${'Filler paragraph with words. '.repeat(40)}\n\n`.repeat(Math.ceil(MAX_MARKDOWN_BYTES / 1_000));
    const source = `# Europol report\n\nThe **EMPACT** platform met.\n\n- see [the report](https://example.org)\n- ![chart](x.png) shows growth\n\n${filler}`;
    const read = await markdownReader.read({ file: 'long.md', bytes: new TextEncoder().encode(source) });
    expect(read.text.startsWith('Europol report\n\nThe EMPACT platform met.\n\n- see the report\n- chart shows growth\n\n')).toBe(true);
    expect(read.notes).toEqual(['Markdown over 128 KB: headings, links and bold stripped without parsing']);
  });

  it('parses a shallow Markdown file as before', async () => {
    const read = await markdownReader.read({ file: 'note.md', bytes: new TextEncoder().encode('# Report\n\n> quoted *and* **bold**\n\n- a\n  - b\n') });
    expect(read).toEqual({ reader: 'markdown', text: 'Report\n\n> quoted and bold\n\n- a\n  - b\n', notes: [] });
  });
});

describe('telling the kind of a text file from a hostile head', () => {
  // These heads made the sniffing expressions backtrack for hours (exponentially, or once per bracket).
  it.each([
    ['40 comments and no tag', `${'<!--a-->'.repeat(40)}x`, 'text'],
    ['a comment that never ends', `<!--${'a'.repeat(200_000)}`, 'text'],
    ['64 000 open brackets', '['.repeat(256 * 1024), 'text'],
    ['64 000 link openings', '[a]('.repeat(64 * 1024), 'text'],
    ['an XML declaration and 30 000 comments before <html>', `<?xml version="1.0"?>${'<!-- c -->\n'.repeat(30_000)}<html>`, 'html'],
  ])('reads %s in one pass', (_, head, kind) => {
    expect(sniffTextReader('upload.txt', head)).toBe(kind);
  });

  it('takes a .html file with 100 000 unclosed "<a" for text', () => {
    expect(sniffTextReader('page.html', '<a'.repeat(100_000))).toBe('text');
  });
});
