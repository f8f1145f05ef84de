import { contentDifference } from '../store/fact-identity.ts';
import { REJECT_REASONS } from '../store/review-decisions.repository.ts';
import type { DocumentMetadataRow, FactKind, ReviewedFactRow } from '../store/approved-facts.repository.ts';
import { factFields } from './delivered-fact.ts';

/**
 * A reviewer's verdict on a rule's reading, turned into a test case a rule author can paste into a
 * table of sentences: the sentence, the words the rule read, what it read, and what was wrong with it.
 * `rejected`: the fact should not have been read as it was (the coded reason says how).
 * `corrected`: the reviewer fixed some fields; `expected` is the right reading.
 */
export interface RegressionCase {
  readonly case: 'rejected' | 'corrected';
  readonly sentence: string;
  /** The document text between the evidence offsets: the words the rule read the fact from. */
  readonly highlighted: string;
  readonly evidence: { readonly start: number; readonly end: number };
  /** The fact as the rule extracted it. */
  readonly extracted: Record<string, unknown> & { readonly kind: FactKind };
  /** The fact as the reviewer corrected it; null for a rejection, which says what was wrong, not what is right. */
  readonly expected: (Record<string, unknown> & { readonly kind: FactKind }) | null;
  /** Corrected fields: `{ subject: ["suspects", "suspected smugglers"] }` (extracted, expected). */
  readonly differences: Record<string, [unknown, unknown]>;
  readonly reason: { readonly code: string; readonly label: string } | null;
  readonly note: string | null;
  readonly rule: string;
  readonly rules_version: string;
  readonly fact_id: number;
  readonly review: { readonly by: string | null; readonly at: string | null };
  readonly document: DocumentMetadataRow;
}

export function regressionCase(row: ReviewedFactRow & { highlighted: string }): RegressionCase {
  const extracted = { kind: row.kind, ...factFields(row.data) };
  const expected = row.reviewState === 'edited' && row.editedData ? { kind: row.kind, ...factFields(row.editedData) } : null;
  const code = row.rejectReason;
  return {
    case: expected ? 'corrected' : 'rejected',
    sentence: row.evidenceText,
    highlighted: row.highlighted,
    evidence: { start: row.evidenceStart, end: row.evidenceEnd },
    extracted,
    expected,
    differences: expected ? contentDifference(extracted, expected) : {},
    reason: code === null ? null : { code, label: REJECT_REASONS[code as keyof typeof REJECT_REASONS] ?? code },
    note: row.rejectNote,
    rule: row.rule,
    rules_version: row.rulesVersion,
    fact_id: row.id,
    review: { by: row.reviewedBy, at: row.reviewedAt?.toISOString() ?? null },
    document: row.document,
  };
}
