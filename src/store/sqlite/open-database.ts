/**
 * Opening the SQLite file: refuses a file that lost its contents, then sets the pragmas every
 * connection needs (WAL, a full fsync per commit, secure delete) and brings the schema up to date.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../../config-error.js';
import { nativeBinding } from './native-binding.js';
import { migrate, type Migration } from './migrate.js';

export function openDatabase(path: string, migrations?: Migration[]): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // SQLite takes a 0-byte file for a new, empty database. Ours never is one (the header is
  // written at once, on switching to WAL): it lost its contents (a failed copy, a truncation).
  // Starting afresh there would hide that, so refuse and leave it as it is.
  if (path !== ':memory:' && existsSync(path) && statSync(path).size === 0) {
    throw new ConfigError(
      `The database file ${path} is empty (0 bytes): its contents have been lost (a failed copy or restore?). ` +
        'Nothing was changed. Restore it from a backup, or delete the file to start a new, empty database.',
    );
  }
  const db = new Database(path, nativeBinding());
  db.pragma('journal_mode = WAL');
  // FULL: every committed turn is fsynced before we reply. Slower than NORMAL, but an
  // acknowledged note must survive a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so a parent's erased words are not recoverable.
  db.pragma('secure_delete = ON');
  migrate(db, migrations);
  return db;
}
