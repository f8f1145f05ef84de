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

export function tagTokens(sentence: string, sentenceStart: number, tokens: readonly Token[], window?: { from: number; to: number }): Tags[] {
  const spans: { start: number; end: number; tags: Tags }[] = [];
  // Tagging only a window around what a rule asks about keeps compromise's cost proportional to it.
  const first = tokens[Math.max(0, window?.from ?? 0)];
  const last = tokens[Math.min(tokens.length - 1, window?.to ?? tokens.length - 1)];
  const from = first ? first.start - sentenceStart : 0;
  const text = last ? sentence.slice(from, last.end - sentenceStart) : sentence;
  let cursor = 0;
  for (const term of nlp(text).docs.flat()) {
    const at = text.indexOf(term.text, cursor);
    if (at < 0 || term.text === '') continue;
    spans.push({ start: from + at, end: from + at + term.text.length, tags: term.tags as Tags });
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
