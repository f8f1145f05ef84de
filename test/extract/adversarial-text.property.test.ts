import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDocumentReadError } from '../../src/documents/document-read-error.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import type { Fact } from '../../src/extract/fact.types.ts';
import { countryLexicon } from '../../src/nlp/lexicon/countries.lexicon.ts';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/nlp/sentences.ts';
import { adversarialText, lineWithoutPunctuation, numberRun, table } from './adversarial-text.arbitraries.ts';

/** Separators as the phrase matcher compares them: kinds of space and of apostrophe are one. */
const comparable = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').replace(/[’‘`]/g, "'");
const countryByWriting = new Map<string, string>();
for (const map of [countryLexicon().byName, countryLexicon().byDemonym]) for (const [name, country] of map) countryByWriting.set(comparable(name), country.code);

/** What every fact of every text must hold, however strange the text. */
function expectSoundFacts(text: string, facts: readonly Fact[]): void {
  const sentences = splitSentences(text);
  const sentenceAround = (start: number, end: number) => sentences.find((s) => s.start <= start && end <= s.end);
  const inside = ({ start, end }: { start: number; end: number }) => 0 <= start && start < end && end <= text.length;
  expect(facts.length).toBeLessThanOrEqual(text.length);
  for (const fact of facts) {
    const { start, end, text: sentence } = fact.evidence;
    expect(inside(fact.evidence), `${fact.rule} evidence ${start}-${end}`).toBe(true);
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentenceAround(start, end)?.text, `${fact.rule} evidence is its sentence`).toBe(sentence);
    const words = text.slice(start, end);
    if (fact.kind === 'figure' && fact.rule.startsWith('figure.digits')) expect(words).toMatch(/\d/);
    if (fact.kind === 'signing') expect(fact.parties[1]).toBe(fact.counterpart);
    if (fact.kind !== 'entity') continue;
    for (const mention of fact.mentions) {
      expect(inside(mention), `${fact.rule} mention ${mention.start}-${mention.end}`).toBe(true);
      expect(sentenceAround(mention.start, mention.end), `${fact.rule} mention stays in one sentence`).toBeDefined();
    }
    const written = fact.mentions.map((m) => text.slice(m.start, m.end));
    if (fact.type === 'person' || fact.type === 'legal_act' || fact.type === 'operation') expect(written).toContain(fact.name);
    if (fact.type === 'country') for (const writing of written) expect(countryByWriting.get(comparable(writing)), writing).toBe(fact.code);
  }
  expect(facts.flatMap((f) => (f.kind === 'entity' ? f.mentions : [])).length).toBeLessThanOrEqual(text.length);
}

/** Reading may refuse bytes with a coded error (no text, binary); anything else thrown is a bug. */
async function readOrRefuse(bytes: Uint8Array) {
  try {
    return await readDocuments({ source: 'adversarial.txt', bytes });
  } catch (error) {
    if (isDocumentReadError(error)) return [];
    throw error;
  }
}

const RUNS = { numRuns: 40 };
const LONG = 60_000;

describe('reading and extracting adversarial text', () => {
  it('reads any text into documents no longer than the input allows, and extracts facts whose offsets point into each document', async () => {
    await fc.assert(
      fc.asyncProperty(adversarialText, async (text) => {
        const bytes = new TextEncoder().encode(text);
        const documents = await readOrRefuse(bytes);
        // NFC and spelt-out ligatures can lengthen a text, a stream-safe joiner every 30 marks too; never threefold.
        expect(documents.reduce((sum, d) => sum + d.text.length, 0)).toBeLessThanOrEqual(3 * text.length);
        for (const document of documents) expectSoundFacts(document.text, extractFacts(document));
      }),
      RUNS,
    );
  }, LONG);

  it('extracts from raw strings too (lone surrogates, carriage returns, no normalisation) without throwing', () => {
    fc.assert(
      fc.property(adversarialText, (text) => expectSoundFacts(text, extractFacts({ text, date: '2025-05-01' }))),
      RUNS,
    );
  }, LONG);

  it('refuses or reads any bytes, never failing otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 3000 }), async (bytes) => {
        for (const document of await readOrRefuse(bytes)) expectSoundFacts(document.text, extractFacts(document));
      }),
      { numRuns: 30 },
    );
  }, LONG);

  it('cuts a line without punctuation into sentences of at most the bound, covering every word once', () => {
    fc.assert(
      fc.property(fc.array(lineWithoutPunctuation, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')), (line) => {
        const sentences = splitSentences(line);
        for (const sentence of sentences) {
          expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          expect(line.slice(sentence.start, sentence.end)).toBe(sentence.text);
        }
        const words = (text: string) => text.split(' ').filter(Boolean);
        expect(sentences.flatMap((s) => words(s.text))).toEqual(words(line));
      }),
      RUNS,
    );
  }, LONG);

  it('reads one figure at most per number of a number run or a table, and no more facts than numbers and words', () => {
    fc.assert(
      fc.property(fc.oneof(numberRun, table), (text) => {
        const facts = extractFacts({ text, date: null });
        expectSoundFacts(text, facts);
        expect(facts.length).toBeLessThanOrEqual(text.split(/\s+/).filter(Boolean).length);
      }),
      RUNS,
    );
  }, LONG);
});
