import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.ts';

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

  it('gives offsets that point at the sentence in the text', () => {
    const text = '  Intro line\n\nFirst one. Second one.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
