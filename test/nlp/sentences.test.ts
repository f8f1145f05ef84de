import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/nlp/sentences.ts';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitting text into sentences', () => {
  it.each([
    ['ends sentences at a period before a capital', 'Police arrested 7 suspects. Europol supported.', ['Police arrested 7 suspects.', 'Europol supported.']],
    ['keeps a footnote marker with its sentence', 'networks operate globally.² To meet this challenge', ['networks operate globally.²', 'To meet this challenge']],
    ['does not end at Mr.', 'Minister Mr. Park Sung-jae spoke. Then', ['Minister Mr. Park Sung-jae spoke.', 'Then']],
    ['does not end at e.g.', 'ports (e.g. Antwerp) matter. Next', ['ports (e.g. Antwerp) matter.', 'Next']],
    ['does not end at an initial', 'J. Smith of the F. B. I. came. Next', ['J. Smith of the F. B. I. came.', 'Next']],
    ['does not end inside a decimal', 'EUR 2.5 million was seized. Next', ['EUR 2.5 million was seized.', 'Next']],
    ['ends at a question mark before a digit', 'Why? 12 suspects', ['Why?', '12 suspects']],
    ['treats every line as a sentence', 'Headline without stop\nSource: Eurojust\n\nBody.', ['Headline without stop', 'Source: Eurojust', 'Body.']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('cuts a sentence longer than the bound at a space, keeping every word and exact offsets', () => {
    const text = `Intro. ${'word '.repeat(1000)}end.`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBe(3);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toMatch(/^\S(?:.*\S)?$/);
    }
    expect(sentences.map((s) => s.text).join(' ')).toBe(text.trim().replace(/ +/g, ' '));
  });

  it('cuts a word longer than the bound at the bound, never between the halves of an astral character', () => {
    const text = '😀'.repeat(1500);
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text).join('')).toBe(text);
    for (const sentence of sentences) expect(sentence.text.length % 2).toBe(0);
  });

  it('keeps a combining accent with its letter when cutting a long word', () => {
    const text = 'e\u0301'.repeat(1500);
    for (const sentence of splitSentences(text)) expect(sentence.text.startsWith('\u0301')).toBe(false);
  });

  it('gives offsets that point at the sentence in the text', () => {
    const text = '  Intro line\n\nFirst one. Second one.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
