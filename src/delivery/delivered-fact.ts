import type { DocumentMetadataRow, FactKind, ReviewedFactRow } from '../store/approved-facts.repository.ts';
import { effectiveData } from '../review/fact-summary.ts';

export interface DeliveredEvidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface DeliveredReview {
  readonly state: 'approved' | 'edited';
  readonly by: string | null;
  /** ISO 8601, UTC. */
  readonly at: string | null;
  /** The fact's fields as the rules read them, when a reviewer corrected them. */
  readonly original?: Record<string, unknown>;
}

/**
 * A fact as consumers receive it: the SPEC.md fact shape (kind, entity type, the fact's own fields as
 * approved, i.e. the reviewer's correction when there is one), `mentions` for entities as extract --json
 * prints them, then evidence, provenance, the review and the document it comes from.
 */
export type DeliveredFact = Record<string, unknown> & {
  readonly kind: FactKind;
  readonly evidence: DeliveredEvidence;
  readonly id: number;
  readonly rule: string;
  readonly rules_version: string;
  readonly confidence: number;
  readonly review: DeliveredReview;
  readonly document: DocumentMetadataRow;
};

// Kept apart from the fact's own fields: `evidence` is delivered from its columns, `mentions` after the
// fields, and `kind` first.
const PLACED_APART = new Set(['kind', 'evidence', 'mentions']);

/** The fact's own fields (`type`, `name`, `value`, `counterpart`, ...) from stored data, in stored order. */
export function factFields(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !PLACED_APART.has(key)));
}

export function deliveredFact(row: ReviewedFactRow): DeliveredFact {
  const data = effectiveData(row);
  const edited = row.reviewState === 'edited';
  return {
    kind: row.kind,
    ...factFields(data),
    ...(Array.isArray(data.mentions) ? { mentions: data.mentions } : {}),
    evidence: { text: row.evidenceText, start: row.evidenceStart, end: row.evidenceEnd },
    id: row.id,
    rule: row.rule,
    rules_version: row.rulesVersion,
    confidence: row.confidence,
    review: {
      state: edited ? 'edited' : 'approved',
      by: row.reviewedBy,
      at: row.reviewedAt?.toISOString() ?? null,
      ...(edited ? { original: factFields(row.data) } : {}),
    },
    document: row.document,
  };
}
