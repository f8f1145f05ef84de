import { and, desc, eq } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { auditLog, facts } from '../../db/schema.ts';
import { EDIT_FIELDS } from '../review/edit-fields.ts';

/** The coded reasons a reviewer picks from when rejecting; free text goes with them. One per line. */
export const REJECT_REASONS = {
  not_a_fact: 'not a fact (e.g. a date, an identifier, a framing phrase)',
  wrong_value: 'wrong value or unit',
  wrong_subject: 'wrong subject, action or qualifier',
  wrong_entity: 'wrong entity or entity type',
  wrong_counterpart: 'wrong counterpart or party',
  wrong_status: 'wrong signing status or date',
  duplicate: 'duplicate of another fact',
  other: 'other (say why)',
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;


export type Decision =
  | { readonly kind: 'approve' }
  | { readonly kind: 'reject'; readonly reason: RejectReason; readonly note?: string }
  | { readonly kind: 'edit'; readonly changes: Record<string, unknown> };

export type DecisionResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly conflict: string };

/**
 * Records a reviewer's decision on a fact, atomically, with the audit trail. The reviewer decides on
 * the revision they saw: if someone else decided in between, nothing is overwritten and the second
 * reviewer is told who did what.
 */
export function decideFact(store: Store, input: { factId: number; revision: number; actor: string; decision: Decision }): DecisionResult {
  return store.transaction((tx) => {
    const row = tx.select().from(facts).where(eq(facts.id, input.factId)).get();
    if (!row) return { ok: false, conflict: `fact ${input.factId} does not exist` };
    if (row.revision !== input.revision) {
      return { ok: false, conflict: `fact ${input.factId} was ${row.reviewState} by ${row.reviewedBy ?? 'someone'} while you looked at it; reload to see their decision` };
    }
    const { decision } = input;
    const before = { reviewState: row.reviewState, editedData: row.editedData, rejectReason: row.rejectReason, rejectNote: row.rejectNote, revision: row.revision };
    let after: Record<string, unknown>;
    if (decision.kind === 'approve') after = { reviewState: 'approved', editedData: null, rejectReason: null, rejectNote: null };
    else if (decision.kind === 'reject') {
      if (!(decision.reason in REJECT_REASONS)) return { ok: false, conflict: `unknown reject reason ${decision.reason}` };
      after = { reviewState: 'rejected', editedData: null, rejectReason: decision.reason, rejectNote: decision.note?.trim() || null };
    } else {
      const allowed = (EDIT_FIELDS[row.kind] ?? []).map((field) => field.name);
      const unknown = Object.keys(decision.changes).filter((key) => !allowed.includes(key));
      if (unknown.length > 0) return { ok: false, conflict: `cannot edit ${unknown.join(', ')} of a ${row.kind}` };
      after = { reviewState: 'edited', editedData: { ...row.data, ...(row.editedData ?? {}), ...decision.changes }, rejectReason: null, rejectNote: null };
    }
    const revision = row.revision + 1;
    tx.update(facts).set({ ...after, revision, reviewNote: null, reviewedBy: input.actor, reviewedAt: new Date(), updatedAt: new Date() } as never).where(eq(facts.id, row.id)).run();
    tx.insert(auditLog).values({ factId: row.id, actor: input.actor, action: decision.kind, before, after: { ...after, revision } }).run();
    return { ok: true, revision };
  });
}

/**
 * Takes back the reviewer's own last decision, if nobody decided on that fact since: the fact returns
 * to what it was before, and the undo is itself in the audit log.
 */
export function undoLastDecision(store: Store, actor: string): DecisionResult & { factId?: number } {
  return store.transaction((tx) => {
    const last = tx.select().from(auditLog).where(and(eq(auditLog.actor, actor))).orderBy(desc(auditLog.id)).all()
      .find((entry) => ['approve', 'reject', 'edit', 'undo'].includes(entry.action));
    // One level: an undo is not itself undone.
    if (!last?.factId || !last.before || !last.after || last.action === 'undo') return { ok: false, conflict: 'nothing to undo' };
    const row = tx.select().from(facts).where(eq(facts.id, last.factId)).get();
    if (!row || row.revision !== last.after.revision) return { ok: false, conflict: 'that fact was decided again since; undo it from its page' };
    const { revision: _previous, ...restored } = last.before as Record<string, unknown>;
    const revision = row.revision + 1;
    tx.update(facts).set({ ...restored, revision, reviewedBy: actor, reviewedAt: new Date(), updatedAt: new Date() } as never).where(eq(facts.id, row.id)).run();
    tx.insert(auditLog).values({ factId: row.id, actor, action: 'undo', before: last.after, after: { ...restored, revision } }).run();
    return { ok: true, revision, factId: row.id };
  });
}
