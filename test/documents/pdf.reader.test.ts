import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { pdfReader } from '../../src/documents/readers/pdf.reader.ts';
import { fixture, fixtureBytes, wordCounts, wordsOnlyIn } from '../support/fixture-paths.ts';

const LIMITS = { maxBytes: 1e9 };
const readOne = async (...path: string[]) => (await readDocumentsFromFile(fixture(...path), LIMITS))[0]!;

describe('reading PDFs', () => {
  it('rejoins words hyphenated at line ends and gives the same words as the text the PDF was made from', async () => {
    const pdf = await readOne('pdf/generated/eurojust-pr-hyphenated.pdf');
    const source = await readOne('corpus/eurojust-pr-50-jurisdictions-working-arrangements.txt');
    expect(pdf.text).toContain('evolving at an unprecedented pace');
    expect(pdf.text).not.toMatch(/\b(?:unpreceden|curren|traffick|coun)-/);
    // The only difference allowed: the source's "-" list markers are bullets in the PDF.
    expect(wordsOnlyIn(wordCounts(pdf.text), wordCounts(source.text))).toEqual(['•']);
    expect(wordsOnlyIn(wordCounts(source.text), wordCounts(pdf.text))).toEqual(['-']);
  });

  it('spells out fi and fl ligature glyphs', async () => {
    const pdf = await readOne('pdf/generated/eurojust-pr-hyphenated.pdf');
    expect(pdf.text).not.toMatch(/[\ufb00-\ufb06]/);
    expect(pdf.text).toContain('to fight the threat');
    expect(pdf.text).toContain('effectively');
  });

  it('drops the running footer and page numbers of a Council document on every page', async () => {
    const note = await readOne('pdf/generated/council-note-15571-25.pdf');
    expect(note.text).not.toMatch(/^15571\/25 AB\/cd \d+$/m);
    expect(note.text).not.toMatch(/^JAI\.1 LIMITE EN$/m);
    expect(note.text).not.toMatch(/^\d{1,2}$/m);
    expect(note).toMatchObject({ type: 'council_document', date: '2025-11-21', reference: '15571/25', classification: 'LIMITE' });
  });

  it('reads a sentence broken by a page bottom and its footnotes as one sentence, notes moved to the end', async () => {
    const note = await readOne('pdf/generated/council-note-15571-25.pdf');
    expect(note.text).toContain('On 18 March 2025, Europol published the EU SOCTA 2025, identifying key threats');
    expect(note.text).toContain('continuing to motivate criminal networks¹.');
    const firstNote = note.text.indexOf('¹ Europol (2025)');
    expect(firstNote).toBeGreaterThan(note.text.indexOf('Action 6'));
  });

  it('reads two columns in order, column one before column two', async () => {
    const strategy = await readOne('pdf/generated/eurojust-strategy-two-column.pdf');
    const source = await readOne('corpus/eurojust-strategy-international-partners-2024-2027.txt');
    const first = 'pursues one of the main aims of the European Union';
    const later = 'To achieve this overarching goal';
    expect(strategy.text.indexOf(first)).toBeGreaterThan(0);
    expect(strategy.text.indexOf(later)).toBeGreaterThan(strategy.text.indexOf(first));
    expect(strategy).toMatchObject({ type: 'strategy', date: '2024-03', title: 'Eurojust Strategy on Cooperation with International Partners 2024–2027' });
    expect(strategy.text).not.toMatch(/\n\d{1,2}\n/);
    expect(wordsOnlyIn(wordCounts(source.text), wordCounts(strategy.text)).length).toBeLessThan(12);
  });

  it.each([
    ['frontex-2020-escorts-observers.pdf'],
    ['frontex-2020-return-costs-by-state.pdf'],
    ['frontex-pad-2022-00265-return-operations.pdf'],
  ])('reads every page of the real PDF %s, with the words Poppler finds but its repeated page headers', async (name) => {
    const read = await pdfReader.read({ file: name, bytes: fixtureBytes('pdf', name) });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [fixture('pdf', name)], { encoding: 'utf8' }))?.[1]);
    expect(read.pageCount).toBe(pages);
    const popplerText = execFileSync('pdftotext', ['-enc', 'UTF-8', fixture('pdf', name), '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const poppler = wordCounts(popplerText);
    const ours = wordCounts(read.text);
    // Lines Poppler prints on every page are running headers: we keep them once, on the first page.
    const popplerPages = popplerText.split('\f').filter((page) => page.trim() !== '');
    const onEveryPage = [...new Set(popplerPages[0]!.split('\n'))].filter((line) => line.trim() !== '' && popplerPages.every((page) => page.split('\n').includes(line)));
    const repeatedHeaderWords = onEveryPage.join(' ').split(/\s+/).filter(Boolean).length * (popplerPages.length - 1);
    const total = [...poppler.values()].reduce((a, b) => a + b, 0);
    const missing = wordsOnlyIn(poppler, ours).reduce((sum, word) => sum + (poppler.get(word)! - (ours.get(word) ?? 0)), 0);
    expect(missing - repeatedHeaderWords).toBeLessThanOrEqual(total * 0.005);
  });

  it('leaves the caller\'s bytes intact (pdf.js empties buffers it is handed)', async () => {
    const bytes = fixtureBytes('pdf', 'frontex-2020-escorts-observers.pdf');
    const length = bytes.byteLength;
    await pdfReader.read({ file: 'x.pdf', bytes });
    expect(bytes.byteLength).toBe(length);
  });
});
