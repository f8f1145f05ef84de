import Database from 'better-sqlite3';

/**
 * A write to the store that failed for a reason of the store itself, said as an operator would say it.
 * `transient` failures (locked, busy, disk full, read-only that someone may fix) are retried with
 * backoff; the reason goes with the file to failed/ once the retries are spent.
 */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
  constructor(readonly code: string, readonly reason: string, readonly transient: boolean) {
    super(reason);
  }
}

const REASONS: Record<string, { reason: string; transient: boolean }> = {
  SQLITE_READONLY: { reason: 'the store cannot be written: the SQLite file or its folder is read-only', transient: true },
  SQLITE_READONLY_DBMOVED: { reason: 'the store cannot be written: the SQLite file was moved or deleted while open', transient: false },
  SQLITE_FULL: { reason: 'the store cannot be written: the disk is full', transient: true },
  SQLITE_BUSY: { reason: 'the store is locked by another process (busy past the wait time)', transient: true },
  SQLITE_LOCKED: { reason: 'the store is locked by another connection', transient: true },
  SQLITE_IOERR: { reason: 'the store cannot be written: input/output error on the disk', transient: true },
  SQLITE_CANTOPEN: { reason: 'the store cannot be opened (missing folder or no permission)', transient: true },
  SQLITE_CORRUPT: { reason: 'the store is corrupt', transient: false },
  SQLITE_NOTADB: { reason: 'the store file is not an SQLite database', transient: false },
};

/** Turns a better-sqlite3 error into a StoreWriteError naming the file; anything else is returned as it is. */
export function describeStoreError(error: unknown, file: string): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const known = REASONS[error.code] ?? REASONS[error.code.replace(/_[A-Z]+$/, '')];
  if (!known) return error;
  return new StoreWriteError(error.code, `${known.reason} (${file}: ${error.message})`, known.transient);
}
