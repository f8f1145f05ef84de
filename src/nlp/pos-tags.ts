import nlp from 'compromise';
import type { Token } from './tokens.ts';

/**
 * Part-of-speech tags from compromise for our tokens. compromise is only run on the sentences a rule
 * asks about (a sentence holding a figure), never on whole documents: that is most of factline's speed.
 * Tokens and compromise terms are aligned by character offset, since the two split words differently
 * ("Fifty-four" is one token and two terms).
 */
export type Tags = ReadonlySet<string>;
const NO_TAGS: Tags = new Set();

export function tagTokens(sentence: string, sentenceStart: number, tokens: readonly Token[]): Tags[] {
  const spans: { start: number; end: number; tags: Tags }[] = [];
  let cursor = 0;
  for (const term of nlp(sentence).docs.flat()) {
    const at = sentence.indexOf(term.text, cursor);
    if (at < 0 || term.text === '') continue;
    spans.push({ start: at, end: at + term.text.length, tags: term.tags as Tags });
    cursor = at + term.text.length;
  }
  let k = 0;
  return tokens.map((token) => {
    const at = token.start - sentenceStart;
    while (k < spans.length && spans[k]!.end <= at) k++;
    const span = spans[k];
    return span && span.start <= at ? span.tags : NO_TAGS;
  });
}
