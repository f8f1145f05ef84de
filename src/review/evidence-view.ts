/** Where a fact's evidence sits, for showing it: the sentence split around the highlighted words. */
export interface EvidenceView {
  readonly before: string;
  readonly words: string;
  readonly after: string;
}

/**
 * Splits the evidence sentence at the fact's words. Offsets are into the document text; the sentence's
 * own offset is not stored, so it is found as the nearest copy of the sentence that holds the words.
 */
export function evidenceView(documentText: string, fact: { evidenceText: string; evidenceStart: number; evidenceEnd: number }): EvidenceView {
  const sentenceStart = sentenceOffset(documentText, fact);
  if (sentenceStart === undefined) {
    // The text changed under the fact (should not happen: texts are stored by hash); show the words alone.
    return { before: '', words: documentText.slice(fact.evidenceStart, fact.evidenceEnd), after: '' };
  }
  const from = fact.evidenceStart - sentenceStart;
  const to = fact.evidenceEnd - sentenceStart;
  return { before: fact.evidenceText.slice(0, from), words: fact.evidenceText.slice(from, to), after: fact.evidenceText.slice(to) };
}

export function sentenceOffset(documentText: string, fact: { evidenceText: string; evidenceStart: number; evidenceEnd: number }): number | undefined {
  let at = documentText.lastIndexOf(fact.evidenceText, fact.evidenceStart);
  while (at >= 0) {
    if (at + fact.evidenceText.length >= fact.evidenceEnd) return at;
    at = at === 0 ? -1 : documentText.lastIndexOf(fact.evidenceText, at - 1);
  }
  return undefined;
}

/** The paragraph (text between blank lines) around the evidence, with the words' offsets inside it. */
export function paragraphAround(documentText: string, start: number, end: number): { text: string; start: number; end: number } {
  const blank = /\n[ \t]*\n/g;
  let from = 0;
  let to = documentText.length;
  for (const match of documentText.matchAll(blank)) {
    const at = match.index;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { text: documentText.slice(from, to), start: start - from, end: end - from };
}
