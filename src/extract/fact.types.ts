import type { Qualifier } from '../nlp/lexicon/qualifiers.data.ts';

/** The words a fact was read from: offsets into the document's text, and the sentence around them. */
export interface Evidence {
  /** The sentence the fact was read from. */
  readonly text: string;
  /** Offsets of the words themselves in the document text. */
  readonly start: number;
  readonly end: number;
}

interface FactBase {
  readonly evidence: Evidence;
  /** Stable id of the rule that produced the fact. */
  readonly rule: string;
  /** 0..1, from the rule. */
  readonly confidence: number;
}

export type EntityType = 'country' | 'organisation' | 'person' | 'location' | 'legal_act' | 'operation';

export interface EntityFact extends FactBase {
  readonly kind: 'entity';
  readonly type: EntityType;
  readonly name: string;
  readonly code?: string;
  readonly acronym?: string;
  readonly role?: string;
  /** Every mention's offsets; `evidence` is the first. */
  readonly mentions: readonly { readonly start: number; readonly end: number }[];
}

export interface FigureFact extends FactBase {
  readonly kind: 'figure';
  readonly value: number;
  readonly unit: string;
  readonly subject: string | null;
  readonly qualifier: Qualifier;
  readonly action: string | null;
  readonly year: number | null;
}

import type { Instrument } from '../nlp/lexicon/instruments.data.ts';

export type { Instrument };
export type SigningStatus = 'signed' | 'negotiating' | 'planned';

export interface SigningFact extends FactBase {
  readonly kind: 'signing';
  readonly instrument: Instrument;
  readonly parties: readonly [string, string];
  readonly counterpart: string;
  readonly counterpartCode?: string;
  readonly status: SigningStatus;
  readonly date: string | null;
}

export type Fact = EntityFact | FigureFact | SigningFact;
