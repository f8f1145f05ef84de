import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentsFromFile } from '../../src/documents/read-documents.ts';

/**
 * Golden cases: each `fixtures/golden/documents/NAME.expected.json` names an input file and the
 * documents it must become, with their metadata. Add a case by adding a file.
 */
const GOLDEN = join(import.meta.dirname, '../../fixtures/golden/documents');

interface ExpectedDocument {
  position: number;
  type: string;
  title: string | null;
  date: string | null;
  reference: string | null;
  classification: string | null;
  startsWith: string;
}

const cases = readdirSync(GOLDEN)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(GOLDEN, name), 'utf8')) as { input: string; documents: ExpectedDocument[] }) }));

describe('documents read from the golden fixtures', () => {
  it.each(cases)('$name', async ({ input, documents }) => {
    const read = await readDocumentsFromFile(join(GOLDEN, input), { maxBytes: 100 * 1024 * 1024 });
    expect(read.map(({ position, type, title, date, reference, classification, text }) => ({
      position, type, title, date, reference, classification, startsWith: text.slice(0, documents[position - 1]?.startsWith.length ?? 0),
    }))).toEqual(documents);
    for (const document of read) {
      expect(document.text).not.toMatch(/\*\*/);
      expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
