import { eq } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { auditLog, facts, type ReviewState } from '../../db/schema.ts';

/** Sets a fact's review state and appends who did it, and from what, to the audit log, atomically. */
export function setReviewState(store: Store, input: { factId: number; state: ReviewState; actor: string }): void {
  store.transaction((tx) => {
    const row = tx.select({ reviewState: facts.reviewState }).from(facts).where(eq(facts.id, input.factId)).get();
    if (!row) throw new Error(`fact ${input.factId}: no such fact`);
    tx.update(facts).set({ reviewState: input.state, reviewNote: null, updatedAt: new Date() }).where(eq(facts.id, input.factId)).run();
    tx.insert(auditLog).values({ factId: input.factId, actor: input.actor, action: 'review', before: { reviewState: row.reviewState }, after: { reviewState: input.state } }).run();
  });
}
