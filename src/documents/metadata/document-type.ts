import type { DocumentType } from '../document.types.ts';

/**
 * The kind of document, from cues in its head and title. Rules are tried in order; the first that
 * holds wins. Council documents come first: a Council "Summary report" is a Council document.
 */
export interface TypeCues {
  readonly head: readonly string[];
  readonly text: string;
  readonly title: string | null;
  readonly reference: string | null;
}

const COUNCIL_HEAD = /^(?:Council of the(?: European Union)?|\(OR\. [a-z]{2}\)|Subject:.*|NOTE|OUTCOME OF PROCEEDINGS|(?:I\/A )?ITEM NOTE|COVER NOTE|INFORMATION NOTE|(?:Brussels|Luxembourg),.*)$/;
const SOURCE_LINE = /^Source:\s*\S/;
/** Marks of a press release's body, when the headline and source line were lost. */
const PRESS_RELEASE_BODY = [
  /\b(?:commented|said|stated|added)\s*[,:]/,
  /^Background$/m,
  /^(?:More on|Learn more about|Read more)\b/m,
  /^(?:Notes? to (?:the )?editors?|Press contact)\b/im,
];

const TYPE_RULES: readonly { type: DocumentType; holds: (cues: TypeCues) => boolean }[] = [
  { type: 'council_document', holds: ({ head, reference }) => reference !== null && head.some((line) => COUNCIL_HEAD.test(line)) },
  { type: 'press_release', holds: ({ head }) => head.some((line) => SOURCE_LINE.test(line)) },
  { type: 'strategy', holds: ({ title }) => /\bstrateg(?:y|ies)\b/i.test(title ?? '') },
  { type: 'report', holds: ({ title }) => /\breport\b/i.test(title ?? '') },
  { type: 'press_release', holds: ({ text }) => PRESS_RELEASE_BODY.filter((cue) => cue.test(text)).length >= 2 },
];

export function detectDocumentType(cues: TypeCues): DocumentType {
  return TYPE_RULES.find((rule) => rule.holds(cues))?.type ?? 'other';
}
