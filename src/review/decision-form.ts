import { type Decision, REJECT_REASONS, type RejectReason } from '../store/review-decisions.repository.ts';
import { parseEdits } from './edit-fields.ts';

/**
 * A decision as the page's form sends it: approve; reject with a coded reason (and a note, required for
 * "other"); or edit, the changed fields checked per kind. Anything else is an error to show the reviewer.
 */
export function decisionFrom(body: Record<string, unknown>, kind: string, current: Record<string, unknown>): Decision | { error: string } {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const action = text(body.decision);
  if (action === 'approve') return { kind: 'approve' };
  if (action === 'reject') {
    const reason = text(body.reason);
    if (!reason || !(reason in REJECT_REASONS)) return { error: `pick a reason: ${Object.keys(REJECT_REASONS).join(', ')}` };
    const note = text(body.note)?.slice(0, 2000);
    if (reason === 'other' && !note?.trim()) return { error: 'say what was wrong in the note when the reason is "other"' };
    return { kind: 'reject', reason: reason as RejectReason, note };
  }
  if (action === 'edit') {
    const fields = Object.fromEntries(Object.entries(body).filter(([key]) => !['_csrf', 'revision', 'return', 'decision'].includes(key)).map(([key, value]) => [key, text(value)]));
    const parsed = parseEdits(kind, current, fields);
    if (!parsed.ok) return { error: parsed.error };
    if (Object.keys(parsed.changes).length === 0) return { error: 'nothing was changed: press a to approve the fact as it is' };
    return { kind: 'edit', changes: parsed.changes };
  }
  return { error: `unknown action ${action ?? '(none)'}` };
}
