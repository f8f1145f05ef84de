import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCouncilReference } from '../../src/documents/metadata/council-reference.ts';
import { headLines } from '../../src/documents/metadata/document-head.ts';
import { unwrapLines } from '../../src/documents/normalise/line-unwrapping.ts';
import { assemblePdfText } from '../../src/documents/normalise/pdf-text-assembly.ts';
import { normaliseText } from '../../src/documents/normalise/unicode-text.ts';

/** Inputs that once cost reading the square (or the exponential) of their length; each must come back right. */
describe('normalising adversarial text', () => {
  it('keeps at most 30 combining marks in a row, with a joiner after every thirtieth', () => {
    const text = normaliseText(`a${'\u0316\u0301'.repeat(5000)}`);
    for (const run of text.match(/[^\P{M}\u034f]+/gu) ?? []) expect([...run].length).toBeLessThanOrEqual(30);
    expect(text.replace(/\u034f/g, '').normalize('NFC')).toBe(`a${'\u0316'.repeat(5000)}${'\u0301'.repeat(5000)}`.normalize('NFC'));
  });

  it('composes an accent uncovered by removing an invisible character or spelling out a ligature', () => {
    expect(normaliseText('Cafe\u200b\u0301 ﬁ\u0301')).toBe('Café fí');
  });

  it('is idempotent on any Unicode: marks, ligatures, invisible and bidirectional characters, lone surrogates', () => {
    const odd = fc.constantFrom('\u0301', '\u0316', '\u034f', '\u200b', '\u00ad', '\u200f', '\u202e', 'ﬁ', 'ǘ', '\ud800', '\u00a0', ' ', '\n', '\r', '\t', 'e');
    const text = fc.array(fc.oneof(odd, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 300, size: 'max' }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const once = normaliseText(input);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('trims a line ending in a long run of spaces and no-break spaces, and keeps one that does not end there', () => {
    const gap = ' \u00a0'.repeat(50_000);
    expect(normaliseText(`a${gap}\nb${gap}c`)).toBe(`a\nb${gap}c`.replace(/ {2,}/g, ' '));
  });
});

describe('reading the head and layout of adversarial documents', () => {
  it('finds no council reference in a line of repeated suffixes and spaces, and finds a real one', () => {
    expect(findCouncilReference([`1234/25${' REV\u00a0\u00a0\u00a0\u00a0\u00a0'.repeat(14)} x`])).toBeNull();
    expect(findCouncilReference(['ST 9876/1/24 REV 1 COR 2 ADD 3 INIT'])).toBe('9876/1/24 REV 1 COR 2 ADD 3');
    expect(findCouncilReference(['5432/25 REV1'])).toBe('5432/25 REV 1');
  });

  it('reads the head from the first sixty lines of a document of a million lines', () => {
    const head = headLines('Council of the European Union\n'.repeat(1_000_000));
    expect(head).toHaveLength(60);
    expect(headLines('')).toEqual(['']);
    expect(headLines('a\nb\n')).toEqual(['a', 'b', '']);
  });

  it('rejoins a hundred thousand words hyphenated at line ends', () => {
    const lines = Array.from({ length: 100_000 }, () => ['investi-', 'gation']).flat();
    expect(unwrapLines(lines)).toBe(Array(100_000).fill('investigation').join(' '));
  });

  it('assembles a page of more lines than a function call takes arguments', () => {
    const page = Array.from({ length: 300_000 }, (_, i) => `row ${i} 1 2 3`).join('\n');
    expect(assemblePdfText([page]).split('\n')).toHaveLength(300_000);
  });
});
