import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Store } from '../../db/client.ts';
import { storeMeta } from '../../db/schema.ts';

/**
 * The store's identity, made once when the store is new. The single-writer lock in Redis names it, so
 * two processes about to write two different SQLite files for one queue are told apart; a copied or
 * restored file keeps it, and that is right: whether a document is stored is asked of the file itself.
 */
export function storeIdentity(store: Store): string {
  store.insert(storeMeta).values({ key: 'store_id', value: randomUUID() }).onConflictDoNothing({ target: storeMeta.key }).run();
  return store.select({ value: storeMeta.value }).from(storeMeta).where(eq(storeMeta.key, 'store_id')).get()!.value;
}
