import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';

export type Store = BetterSQLite3Database<typeof schema> & { readonly $client: Database.Database };

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date.
 *
 * Migrations run with foreign keys OFF: drizzle runs a migration inside a transaction, where
 * `PRAGMA foreign_keys=OFF` in a table-rebuild migration does nothing, and the DROP TABLE of the rebuild
 * would cascade-delete every child row (drizzle-orm#5784). Integrity is checked after, then keys go on.
 */
export function openStore(file: string, migrationsFolder: string = MIGRATIONS): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // Before anything else: processes opening one new store together wait for each other instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = OFF');
  const db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
  whileMigrationLockHeld(file, () => {
    // Switching a new file to WAL needs it alone, so it is done under the same lock as the migrations.
    sqlite.pragma('journal_mode = WAL');
    migrate(db, { migrationsFolder });
  });
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new Error(`${file}: ${broken.length} rows break foreign keys after migration`);
  sqlite.pragma('foreign_keys = ON');
  return db as Store;
}

/**
 * Serialises migrations across processes. drizzle reads which migrations were applied before it opens
 * its transaction, so two processes opening one new store together both tried to create every table
 * ("table audit_log already exists"). An exclusive transaction on a small lock file beside the store
 * makes the second wait, then find everything applied.
 */
function whileMigrationLockHeld(file: string, work: () => void): void {
  if (file === ':memory:') return work();
  const lock = new Database(`${file}.migrate-lock`);
  try {
    lock.pragma('busy_timeout = 60000');
    lock.exec('BEGIN EXCLUSIVE');
    try {
      work();
    } finally {
      lock.exec('COMMIT');
    }
  } finally {
    lock.close();
  }
}
