/**
 * Crypto-shredding on SQLite: each parent's data key lives in a file of its own beside the
 * database, `<db>.keys` (a small SQLite database), never in the database file itself, so a copy
 * of the database (a backup, its WAL) does not carry the keys that open it. Keys are wrapped
 * (sealed) by the instance key, NEXTSTEP_DATA_KEY, or stored unwrapped when none is set (as on
 * PostgreSQL: then only forget protects, not the instance key). Forget deletes the parent's row
 * here; `secure_delete` zeroes it, and the rollback journal (journal_mode DELETE) is removed at
 * each commit, so the file keeps no trace of the key.
 *
 * Several processes may use one database (the bot, a CLI): a key is created with INSERT OR
 * IGNORE and read back, so two processes agree on it, and this process's cache of keys is
 * dropped whenever another connection has written the file (`PRAGMA data_version`, checked at
 * each transaction and batch of the store, like its other caches).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Sealer } from '../../core/ports.js';
import { DataKeyError } from '../../security/aes-sealer.js';
import { newParentKey, parentSealer, type ParentSealer } from '../../security/parent-sealer.js';
import { NO_KEY_MESSAGE, PLAIN_DATA_MESSAGE, WRONG_KEY_MESSAGE } from './key-check.js';
import { nativeBinding } from './native-binding.js';

export const keysPathFor = (dbPath: string): string => `${dbPath}.keys`;

/** The key check of the keys file (in its `meta`): how its keys are wrapped. */
const WRAP_CHECK = 'wrap_check';
const WRAP_PHRASE = 'next-step keys file v1';
const UNWRAPPED = 'unwrapped';

/** Opens (creating if need be) a keys file, with the settings every connection to one uses. */
export function openKeysFile(path: string): Database.Database {
  const db = new Database(path, nativeBinding());
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS user_keys (user_id TEXT PRIMARY KEY, wrapped TEXT NOT NULL, created_at TEXT NOT NULL);
           CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
  return db;
}

/** Deletes one parent's key (forget); a missing file holds no key. Needs no instance key. */
export function shredParentKey(keysPath: string, userId: string): number {
  if (!existsSync(keysPath)) return 0;
  const db = openKeysFile(keysPath);
  try {
    return db.prepare('DELETE FROM user_keys WHERE user_id = ?').run(userId).changes;
  } finally {
    db.close();
  }
}

/**
 * Throws DataKeyError when `instance` must not be used with this keys file, with the database's
 * own messages (key-check.ts): the keys file is checked first, so a refusal leaves both files as
 * they were. A file holding no keys yet is (re)marked for `instance`: it has nothing to protect.
 */
export function verifyKeysFile(db: Database.Database, instance: Sealer): void {
  if (db.prepare('SELECT 1 FROM user_keys LIMIT 1').get() === undefined) {
    markKeysFile(db, instance);
    return;
  }
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(WRAP_CHECK) as { value: string } | undefined;
  const check = row?.value ?? UNWRAPPED;
  if (check === UNWRAPPED) {
    // Keys stored in the clear: the notes they seal are as good as unencrypted.
    if (instance.encrypted) throw new DataKeyError(PLAIN_DATA_MESSAGE);
    return;
  }
  if (!instance.encrypted) throw new DataKeyError(NO_KEY_MESSAGE);
  let opened: string | undefined;
  try {
    opened = instance.open(check);
  } catch {
    opened = undefined;
  }
  if (opened !== WRAP_PHRASE) throw new DataKeyError(WRONG_KEY_MESSAGE);
}

/** Records how this file's keys are wrapped (after creating it, or re-wrapping them). */
export function markKeysFile(db: Database.Database, instance: Sealer): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(WRAP_CHECK, instance.encrypted ? instance.seal(WRAP_PHRASE) : UNWRAPPED);
}

/**
 * Re-wraps every key from `from` to `to` inside the caller's transaction on `db` (rotate-key).
 * Returns how many; a key that will not open with `from` is counted in `damaged` and left.
 */
export function rewrapKeys(db: Database.Database, from: Sealer, to: Sealer): { rewrapped: number; damaged: number } {
  const rows = db.prepare('SELECT user_id, wrapped FROM user_keys').all() as { user_id: string; wrapped: string }[];
  const update = db.prepare('UPDATE user_keys SET wrapped = ? WHERE user_id = ?');
  let rewrapped = 0;
  let damaged = 0;
  for (const r of rows) {
    let raw: string;
    try {
      raw = from.open(r.wrapped);
    } catch {
      damaged += 1;
      continue;
    }
    update.run(to.seal(raw), r.user_id);
    rewrapped += 1;
  }
  markKeysFile(db, to);
  return { rewrapped, damaged };
}

/** The keys of one database's parents, for the store that has it open. */
export class KeysFile {
  readonly db: Database.Database;
  private readonly keys = new Map<string, ParentSealer>();
  private seenVersion = -1;
  /** Prepared once: asked before every use of a key. */
  private readonly dataVersion: Database.Statement;
  private readonly readKey: Database.Statement;
  private readonly insertKey: Database.Statement;
  private readonly deleteKey: Database.Statement;

  constructor(
    readonly path: string,
    private readonly instance: Sealer,
  ) {
    this.db = openKeysFile(path);
    try {
      verifyKeysFile(this.db, instance);
      this.dataVersion = this.db.prepare('PRAGMA data_version').pluck();
      this.readKey = this.db.prepare('SELECT wrapped FROM user_keys WHERE user_id = ?');
      this.insertKey = this.db.prepare('INSERT OR IGNORE INTO user_keys (user_id, wrapped, created_at) VALUES (?, ?, ?)');
      this.deleteKey = this.db.prepare('DELETE FROM user_keys WHERE user_id = ?');
    } catch (e) {
      this.db.close();
      throw e;
    }
  }

  /**
   * Another process changed the file (a key created, or shredded by a CLI forget): re-read keys.
   * The store calls it where it checks its own cache (each transaction, each batch), not per value.
   */
  fresh(): void {
    const v = this.dataVersion.get() as number;
    if (v !== this.seenVersion) {
      this.keys.clear();
      this.seenVersion = v;
    }
  }

  /** The parent's key, or undefined when they have none (never had one, or were forgotten). */
  get(userId: string): ParentSealer | undefined {
    const hit = this.keys.get(userId);
    if (hit) return hit;
    const row = this.readKey.get(userId) as { wrapped: string } | undefined;
    if (!row) return undefined;
    const key = parentSealer(Buffer.from(this.instance.open(row.wrapped), 'base64'));
    this.keys.set(userId, key);
    return key;
  }

  /** The parent's key, made (and on disk, fsynced) before anything is sealed with it. */
  ensure(userId: string): ParentSealer {
    const known = this.get(userId);
    if (known) return known;
    const wrapped = this.instance.seal(newParentKey().toString('base64'));
    this.insertKey.run(userId, wrapped, new Date().toISOString());
    const made = this.get(userId);
    if (!made) throw new Error('the parent key was not stored');
    return made;
  }

  /** Forget: the parent's key is deleted, so whatever still holds their sealed words cannot open. */
  shred(userId: string): number {
    this.keys.delete(userId);
    return this.deleteKey.run(userId).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
