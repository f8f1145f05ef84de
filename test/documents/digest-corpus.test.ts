import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentsFromFile } from '../../src/documents/read-documents.ts';

const DIGEST = join(import.meta.dirname, '../../fixtures/corpus/eurojust-press-releases-digest-2025.txt');

describe('the 2025 press-release digest', () => {
  it('becomes its ten releases, in order, each a press release from Eurojust with its own text and hash', async () => {
    const documents = await readDocumentsFromFile(DIGEST, { maxBytes: 1e8 });
    expect(documents).toHaveLength(10);
    expect(documents.map((d) => d.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(documents.map((d) => d.type))).toEqual(new Set(['press_release']));
    expect(new Set(documents.map((d) => d.sha256)).size).toBe(10);
    for (const document of documents) {
      expect(document.parts).toBe(10);
      expect(document.text.split('\n')[2]).toBe('Source: Eurojust');
      expect(document.text.startsWith(document.title ?? '∅')).toBe(true);
    }
  });

  it('ends each release before the next headline', async () => {
    const [first, second] = await readDocumentsFromFile(DIGEST, { maxBytes: 1e8 });
    expect(first!.text.endsWith('Albanian Police')).toBe(true);
    expect(first!.text).not.toContain(second!.title!);
  });
});
