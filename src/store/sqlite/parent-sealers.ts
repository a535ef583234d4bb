/**
 * The sealer the SQLite store uses for one parent's words. With a keys file (keys-file.ts),
 * values are sealed with the parent's own data key (`pk1:`, the same form as on PostgreSQL);
 * values written before (sealed with the instance key, `enc1:`, or plain without a key) still
 * open with the instance sealer until the one-time migration below re-seals them. Without a keys
 * file (an in-memory database: PostgreSQL's working copy) every parent uses the instance sealer.
 */
import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { Sealer } from '../../core/ports.js';
import { DataKeyError } from '../../security/aes-sealer.js';
import { isParentSealed } from '../../security/parent-sealer.js';
import { KeysFile, keysPathFor } from './keys-file.js';
import { SEALED_PLACEHOLDERS, sealedColumnList } from './sealed-columns.js';

/** The sealer for one parent's values. */
export type SealerFor = (userId: string) => Sealer;

/** `meta` key set once every sealed value is under its parent's key (the migration below ran). */
const PARENT_KEYS_MARK = 'parent_keys';

const NO_PARENT_KEY_MESSAGE = 'no data key for this parent (erased?)';

export function parentSealers(keys: KeysFile, instance: Sealer): SealerFor {
  return (userId) => ({
    encrypted: true,
    seal: (plain) => keys.ensure(userId).seal(plain),
    open: (stored) => {
      if (!isParentSealed(stored)) return instance.open(stored);
      const key = keys.get(userId);
      if (!key) throw new DataKeyError(NO_PARENT_KEY_MESSAGE);
      return key.open(stored);
    },
  });
}

const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

function hasUserColumn(db: Database.Database, table: string): boolean {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).some((c) => c.name === 'user_id');
}

/** True once this database's sealed values are under parent keys (so it needs its keys file). */
export function usesParentKeys(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM meta WHERE key = ?').get(PARENT_KEYS_MARK) !== undefined;
}

/**
 * One-time migration of a database from before parent keys: every sealed value not yet under
 * its parent's key is opened with the instance sealer and sealed with the parent's key, in one
 * transaction, then marked done. A value that will not open (a damaged row) is left as it is.
 * Returns how many values were re-sealed.
 */
export function sealWithParentKeys(db: Database.Database, sealerFor: SealerFor, instance: Sealer): number {
  if (usesParentKeys(db)) return 0;
  const placeholders = [...SEALED_PLACEHOLDERS];
  let count = 0;
  db.transaction(() => {
    if (usesParentKeys(db)) return; // another process did it while this one waited for the lock
    for (const { table, column } of sealedColumnList()) {
      if (db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) === undefined || !hasUserColumn(db, table)) continue;
      const col = q(column);
      const rows = db
        .prepare(`SELECT rowid AS rid, user_id AS u, ${col} AS v FROM ${q(table)} WHERE ${col} IS NOT NULL AND ${col} NOT LIKE 'pk1:%' AND ${col} NOT IN (${placeholders.map(() => '?').join(', ')})`)
        .all(...placeholders) as { rid: number; u: string; v: string }[];
      const update = db.prepare(`UPDATE ${q(table)} SET ${col} = ? WHERE rowid = ?`);
      for (const r of rows) {
        let plain: string;
        try {
          plain = instance.open(r.v);
        } catch {
          continue;
        }
        update.run(sealerFor(r.u).seal(plain), r.rid);
        count += 1;
      }
    }
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(PARENT_KEYS_MARK, new Date().toISOString());
  }).immediate();
  if (count > 0) {
    try {
      db.pragma('wal_checkpoint(TRUNCATE)'); // the old forms leave the WAL (best effort: a reader may hold it)
    } catch {
      // left for SQLite's own checkpoints
    }
  }
  return count;
}

/**
 * Parent keys by default when the words are encrypted (NEXTSTEP_DATA_KEY set), or the database
 * already uses them. Without a data key the words are stored plain, as the start-up warning
 * says, and forget deletes the rows: keys without encryption would cost every turn the sealing
 * (and a process serving 10,000 parents some 75 MB of memory) for backups of a file that is
 * readable anyway.
 */
function parentKeysWanted(db: Database.Database, path: string, instance: Sealer): boolean {
  return path !== ':memory:' && (instance.encrypted || usesParentKeys(db) || existsSync(keysPathFor(path)));
}

/**
 * The parent keys of the database at `path`: the keys file is checked against the instance key,
 * then the database (`verifyDatabase`), then a database from before parent keys is migrated. The
 * keys file is created for a new database, and its absence stops start-up for a database whose
 * values are under parent keys. `:memory:`, or
 * `enabled` false: none, every parent uses the instance sealer.
 */
export function openParentKeys(
  db: Database.Database,
  path: string,
  instance: Sealer,
  enabled: boolean = parentKeysWanted(db, path, instance),
  verifyDatabase: () => void = () => {},
): { keys: KeysFile | null; sealerFor: SealerFor } {
  if (!enabled) {
    verifyDatabase();
    return { keys: null, sealerFor: () => instance };
  }
  const keysPath = keysPathFor(path);
  // Missing, or emptied (0 bytes: a failed copy), the keys are gone: SQLite would start a new file.
  if ((!existsSync(keysPath) || statSync(keysPath).size === 0) && usesParentKeys(db)) {
    throw new DataKeyError(
      `The parents' keys file ${keysPath} is missing or empty: this database's notes are sealed with keys kept there, so nothing was read. ` +
        'Restore it (from the same backup time as the database, or later) beside the database.',
    );
  }
  const keys = new KeysFile(keysPath, instance);
  try {
    verifyDatabase();
    const sealerFor = parentSealers(keys, instance);
    sealWithParentKeys(db, sealerFor, instance);
    return { keys, sealerFor };
  } catch (e) {
    keys.close();
    throw e;
  }
}
