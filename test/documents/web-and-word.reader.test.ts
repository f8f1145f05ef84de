import { describe, expect, it } from 'vitest';
import { readDocuments, readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { fixture } from '../support/fixture-paths.ts';

const readOne = async (...path: string[]) => (await readDocumentsFromFile(fixture(...path), { maxBytes: 1e9 }))[0]!;
const fromBytes = async (source: string, content: string | Uint8Array) =>
  readDocuments({ source, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });

describe('reading web pages', () => {
  it('keeps the release and drops menus, scripts, styles, footers and cookie notices', async () => {
    const page = await readOne('html/eurojust-ukraine-laundering.html');
    expect(page).toMatchObject({ reader: 'html', type: 'press_release', title: 'International operation uncovers large scale scheme laundering hundreds of millions of euros' });
    expect(page.text).not.toMatch(/tracking|do not show|cookie|News & Media|©/i);
    expect(page.text).toContain('• Ukraine: Prosecutor General’s Office');
  });

  it('decodes entities: a no-break space stays inside the amount, a right quote is a quote', async () => {
    const page = await readOne('html/eurojust-ukraine-laundering.html');
    expect(page.text).toContain('EUR\u00a057 million');
    expect(page.text).toContain('the owner’s son');
  });

  it('keeps escaped markup in the text as the literal text it is', async () => {
    const page = await readOne('html/script-in-text.html');
    expect(page.text).toContain('contained the code <script>alert(1)</script> before Eurojust');
  });

  it('recognises HTML from its bytes whatever the file is called', async () => {
    const [document] = await fromBytes('upload.txt', '<!DOCTYPE html><html><body><h1>Europol dismantles ring</h1><p>Source: Europol</p><p>Police arrested 7 suspects.</p></body></html>');
    expect(document).toMatchObject({ reader: 'html', title: 'Europol dismantles ring', type: 'press_release' });
  });
});

describe('reading Word documents', () => {
  it('reads the paragraphs of a .docx as paragraphs', async () => {
    const word = await readOne('docx/eurojust-gold-robbers.docx');
    expect(word).toMatchObject({ reader: 'docx', type: 'press_release', title: 'Eurojust supports authorities to stop gold robbers in Italy' });
    expect(word.text.split('\n\n')[1]).toBe('Source: Eurojust');
    expect(word.text).toContain('estimated to be worth approximately EUR 200 000.');
  });
});

describe('reading plain text and Markdown', () => {
  it('decodes a Windows-1252 file instead of failing', async () => {
    const [expected] = await readDocumentsFromFile(fixture('bad/windows-1252.expected.txt'), { maxBytes: 1e9 });
    const legacy = await readOne('bad/windows-1252.txt');
    expect(legacy.text).toBe(expected!.text);
    expect(legacy.text).toContain('€350');
  });

  it('decodes UTF-16 with a byte order mark', async () => {
    const [expected] = await readDocumentsFromFile(fixture('bad/windows-1252.expected.txt'), { maxBytes: 1e9 });
    expect((await readOne('bad/utf16le-bom.txt')).text).toBe(expected!.text);
  });

  it('removes Markdown markup and keeps the words, list markers and line breaks', async () => {
    const [document] = await fromBytes('note.md', '# Europol report\n\nThe **European Multidisciplinary Platform Against Criminal Threats (EMPACT)** met.\n\n- a) see [the report](https://example.org)\n- b) ![chart](x.png) shows *growth*');
    expect(document!.text).toBe('Europol report\n\nThe European Multidisciplinary Platform Against Criminal Threats (EMPACT) met.\n\n- a) see the report\n- b) chart shows growth');
  });

  it('leaves plain text without markup exactly as written', async () => {
    const text = 'Ministers met in Vilnius.\n\n3 * 4 = 12 and a_b_c stay.';
    const [document] = await fromBytes('plain.txt', text);
    expect(document).toMatchObject({ reader: 'text', text });
  });
});
