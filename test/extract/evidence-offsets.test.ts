import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { fixture } from '../support/fixture-paths.ts';

/** Invariants every fact of every corpus document must hold, whatever rule made it. */
describe('facts of the corpus documents', async () => {
  const documents = (await Promise.all(readdirSync(fixture('corpus')).map((name) => readDocumentsFromFile(fixture('corpus', name), { maxBytes: 1e9 })))).flat();
  const cases = documents.map((document) => ({ name: `${document.source.split('/').pop()} #${document.position}`, document }));

  it.each(cases)('$name: evidence offsets point at words inside the quoted sentence', ({ document }) => {
    for (const fact of extractFacts(document)) {
      const { start, end, text } = fact.evidence;
      expect(0 <= start && start < end && end <= document.text.length).toBe(true);
      const words = document.text.slice(start, end);
      expect(words.trim()).toBe(words);
      expect(text).toContain(words);
      expect(document.text).toContain(text);
      expect(fact.rule).toMatch(/^[a-z-]+(?:\.[a-z0-9-]+)+$/);
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
    }
  });
});
