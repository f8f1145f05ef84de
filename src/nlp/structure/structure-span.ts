import { layer, type Span } from '../document-model.ts';
import type { Sentence } from '../sentences.ts';
import type { Token } from '../tokens.ts';

/**
 * What a document's layout and references are made of, as opposed to what it reports: numbered
 * headings, list markers, footnotes, cross-references in legal text, identifiers, addresses and phone
 * numbers. Numbers inside these spans are never figures. A list item also records the sentence that
 * introduces its list ("… in the EU in 2019:"), whose context (its year) the item shares.
 */
export type StructureKind =
  | 'heading-number' | 'list-marker' | 'footnote-line' | 'footnote-reference'
  | 'cross-reference' | 'code' | 'document-number' | 'version' | 'citation' | 'url'
  | 'street-address' | 'postcode' | 'phone'
  | 'list-item';

export interface StructureSpan extends Span {
  readonly kind: StructureKind;
  /** For a list item: the index of the sentence that introduces the list. */
  readonly introducedBy?: number;
}

export const STRUCTURE = layer<StructureSpan>('structure');

/** What a sentence rule sees: the sentence's tokens, and whether the sentence starts a line. */
export interface SentenceView {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly index: number;
  readonly lineStart: boolean;
}

/** A structure rule over one sentence: token ranges [first, last] of what it recognises. */
export interface StructureRule {
  readonly id: string;
  readonly kind: StructureKind;
  /** Cheap test on the sentence text before the rule looks at its tokens. */
  readonly mayHold: RegExp;
  /** What the rule finds always holds a digit: a sentence without one is not tested at all. */
  readonly needsDigit: boolean;
  readonly find: (view: SentenceView) => Iterable<readonly [number, number]>;
}
