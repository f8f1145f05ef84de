import { describe, expect, it } from 'vitest';
import { splitDigest } from '../../src/documents/digest-splitting.ts';

const release = (headline: string, body: string, source = 'Eurojust') => `${headline}\n\nSource: ${source}\n\n${body}`;

describe('splitting a file into documents', () => {
  it('makes one document per release, each starting at its headline', () => {
    const text = [release('First headline', 'Body one.'), release('Second headline', 'Body two.', 'Europol'), release('Third', 'Body three.')].join('\n\n');
    const slices = splitDigest(text);
    expect(slices.map((slice) => slice.text.split('\n')[0])).toEqual(['First headline', 'Second headline', 'Third']);
    expect(slices[1]!.text).toBe(release('Second headline', 'Body two.', 'Europol'));
    expect(text.slice(slices[2]!.start, slices[2]!.start + 5)).toBe('Third');
  });

  it('keeps a single release whole', () => {
    const text = release('Only headline', 'Only body.');
    expect(splitDigest(text)).toEqual([{ text, start: 0 }]);
  });

  it('keeps a document without any Source line whole', () => {
    expect(splitDigest('Brussels, 1 May 2025\n\nSubject: x\n\nBody')).toHaveLength(1);
  });

  it('keeps a long preamble before the first release as a document of its own', () => {
    const preamble = 'Press releases of May 2025. '.repeat(10).trim();
    const slices = splitDigest([preamble, release('A', 'a.'), release('B', 'b.')].join('\n\n'));
    expect(slices.map((slice) => slice.text.slice(0, 5))).toEqual([preamble.slice(0, 5), 'A\n\nSo', 'B\n\nSo']);
  });

  it('does not split on a sentence that mentions a source', () => {
    const text = release('A', 'Source: the Europol analysis, published in the annual report of the agency in 2024, says more than we can.') + '\n\n' + release('B', 'b.');
    expect(splitDigest(text)).toHaveLength(2);
  });
});
