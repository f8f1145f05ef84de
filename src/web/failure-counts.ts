export interface Failures {
  readonly count: number;
  /** When the last failure happened, in ms since the epoch. */
  readonly last: number;
}

/**
 * Failure counts by key that forget a key `forgetAfterMs` after its last failure and never hold more
 * than `maxKeys` (the oldest go first), so a flood of made-up names or addresses cannot grow memory.
 */
export function createFailureCounts(options: { maxKeys: number; forgetAfterMs: number }) {
  // A Map keeps insertion order; a key is re-inserted at each failure, so the first key is the stalest.
  const entries = new Map<string, Failures>();
  const fresh = (key: string, now: number): Failures | undefined => {
    const entry = entries.get(key);
    if (entry && now - entry.last >= options.forgetAfterMs) entries.delete(key);
    return entries.get(key);
  };
  const makeRoom = (now: number) => {
    for (const [key, entry] of entries) {
      if (entries.size < options.maxKeys && now - entry.last < options.forgetAfterMs) return;
      entries.delete(key);
    }
  };
  return {
    get: fresh,
    add(key: string, now: number): void {
      const count = (fresh(key, now)?.count ?? 0) + 1;
      entries.delete(key);
      makeRoom(now);
      entries.set(key, { count, last: now });
    },
    /** Takes back one failure, counted ahead of an outcome that turned out a success. */
    takeBack(key: string): void {
      const entry = entries.get(key);
      if (!entry) return;
      if (entry.count <= 1) entries.delete(key);
      else entries.set(key, { ...entry, count: entry.count - 1 });
    },
    forget: (key: string): void => void entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
