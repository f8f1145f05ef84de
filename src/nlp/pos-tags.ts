import nlp from 'compromise';
import type { Token } from './tokens.ts';

/**
 * Part-of-speech tags from compromise for our tokens. compromise is only run on the words a rule
 * asks about (a few words after a figure), never on whole documents: that is most of factline's speed.
 * Tokens and compromise terms are aligned by character offset, since the two split words differently
 * ("Fifty-four" is one token and two terms).
 */
export type Tags = ReadonlySet<string>;
/** Tags of a token by its index in the sentence; tokens outside the tagged window have none. */
export type TagsAt = (tokenIndex: number) => Tags;
const NO_TAGS: Tags = new Set();

/**
 * Tags tokens[from..to]. The cost is that of the window, whatever the sentence's length: a sentence
 * with many figures asks for many windows, so nothing here may walk the whole sentence.
 */
export function tagTokens(sentence: string, sentenceStart: number, tokens: readonly Token[], window: { from: number; to: number }): TagsAt {
  const from = Math.max(0, window.from);
  const to = Math.min(tokens.length - 1, window.to);
  if (to < from) return () => NO_TAGS;
  const textFrom = tokens[from]!.start - sentenceStart;
  const text = sentence.slice(textFrom, tokens[to]!.end - sentenceStart);
  const spans: { start: number; end: number; tags: Tags }[] = [];
  let cursor = 0;
  for (const term of nlp(text).docs.flat()) {
    const at = term.text === '' ? -1 : text.indexOf(term.text, cursor);
    if (at < 0) continue;
    spans.push({ start: textFrom + at, end: textFrom + at + term.text.length, tags: term.tags as Tags });
    cursor = at + term.text.length;
  }
  const tagged: Tags[] = [];
  let k = 0;
  for (let i = from; i <= to; i++) {
    const at = tokens[i]!.start - sentenceStart;
    while (k < spans.length && spans[k]!.end <= at) k++;
    const span = spans[k];
    tagged.push(span && span.start <= at ? span.tags : NO_TAGS);
  }
  return (index) => tagged[index - from] ?? NO_TAGS;
}
