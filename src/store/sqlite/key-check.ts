/**
 * The data key is checked when the store opens, before anything is read or written:
 *
 * - an encrypted database records a key check value (a known phrase sealed with the key) in
 *   `meta`; a wrong key cannot open it and start-up stops with a plain message;
 * - an encrypted database opened without a key stops too (rather than serving ciphertext);
 * - a key given for a database that already holds unencrypted notes stops with the command that
 *   encrypts them (rather than leaving old notes in the clear while the operator believes
 *   everything is encrypted);
 * - a fresh database opened with a key records its key check value.
 */
import type Database from 'better-sqlite3';
import type { Sealer } from '../../core/ports.js';
import { SEALED_PLACEHOLDERS, sealedColumnList } from './sealed-columns.js';
import { DataKeyError, isSealed } from '../../security/aes-sealer.js';

export const KEY_CHECK_KEY = 'key_check';
/** Set once an unencrypted database was checked to hold no sealed values: later opens skip the scan. */
export const PLAIN_MARK_KEY = 'unencrypted_checked';
const KEY_CHECK_PHRASE = 'next-step key check v1';

const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

export const WRONG_KEY_MESSAGE =
  'NEXTSTEP_DATA_KEY is not the key this database was encrypted with, so nothing was read. ' +
  'Start with the right key (to change keys: npm run -s cli -- rotate-key --new-key NEW_KEY).';
export const NO_KEY_MESSAGE =
  'This database is encrypted, but NEXTSTEP_DATA_KEY is not set. Set it to the key the data was encrypted with.';
export const PLAIN_DATA_MESSAGE =
  'NEXTSTEP_DATA_KEY is set, but this database already holds unencrypted notes. To encrypt them, stop the bot and run: ' +
  'NEXTSTEP_DATA_KEY= npm run -s cli -- rotate-key --new-key "$NEXTSTEP_DATA_KEY"';

/** The sealed key check value for this sealer (store it in `meta`). */
export function keyCheckValue(sealer: Sealer): string {
  return sealer.seal(KEY_CHECK_PHRASE);
}

function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) !== undefined;
}

/**
 * One sealed value and one plain (parent-text) value found in the sealed columns, if any. Values
 * under a parent's own key (`pk1:`) are neither: the keys file's own check covers them.
 */
export function sampleSealedColumns(db: Database.Database): { sealed?: string; plain?: boolean } {
  const out: { sealed?: string; plain?: boolean } = {};
  for (const { table, column } of sealedColumnList()) {
    if (!tableExists(db, table)) continue;
    const col = q(column);
    if (out.sealed === undefined) {
      const r = db.prepare(`SELECT ${col} AS v FROM ${q(table)} WHERE ${col} LIKE 'enc1:%' LIMIT 1`).get() as { v: string } | undefined;
      if (r) out.sealed = r.v;
    }
    if (!out.plain) {
      const placeholders = [...SEALED_PLACEHOLDERS];
      const r = db
        .prepare(`SELECT 1 FROM ${q(table)} WHERE ${col} IS NOT NULL AND ${col} NOT LIKE 'enc1:%' AND ${col} NOT LIKE 'pk1:%' AND ${col} NOT IN (${placeholders.map(() => '?').join(', ')}) LIMIT 1`)
        .get(...placeholders);
      if (r) out.plain = true;
    }
  }
  return out;
}

function opens(sealer: Sealer, stored: string, expected?: string): boolean {
  if (!isSealed(stored)) return false;
  try {
    const plain = sealer.open(stored);
    return expected === undefined || plain === expected;
  } catch {
    return false;
  }
}

/** Throws DataKeyError when this sealer must not be used with this database (see above). */
export function verifyDataKey(db: Database.Database, sealer: Sealer): void {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY_CHECK_KEY) as { value: string } | undefined;
  if (row) {
    if (!sealer.encrypted) throw new DataKeyError(NO_KEY_MESSAGE);
    if (!opens(sealer, row.value, KEY_CHECK_PHRASE)) throw new DataKeyError(WRONG_KEY_MESSAGE);
    return;
  }
  // No key check value yet: a fresh database, an unencrypted one, or one encrypted before the
  // check existed. Scanning for sealed values reads whole tables, so an unencrypted database is
  // scanned once and marked.
  const markedPlain = db.prepare('SELECT 1 FROM meta WHERE key = ?').get(PLAIN_MARK_KEY) !== undefined;
  const sample = markedPlain ? { sealed: undefined, plain: undefined } : sampleSealedColumns(db);
  if (!sealer.encrypted) {
    if (sample.sealed !== undefined) throw new DataKeyError(NO_KEY_MESSAGE);
    if (!markedPlain) db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(PLAIN_MARK_KEY, new Date().toISOString());
    return;
  }
  if (sample.sealed !== undefined && !opens(sealer, sample.sealed)) throw new DataKeyError(WRONG_KEY_MESSAGE);
  if (markedPlain ? sampleSealedColumns(db).plain : sample.plain) throw new DataKeyError(PLAIN_DATA_MESSAGE);
  markEncrypted(db, sealer);
}

/** Records the key check value for `sealer` (and forgets any unencrypted mark). */
export function markEncrypted(db: Database.Database, sealer: Sealer): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(KEY_CHECK_KEY, keyCheckValue(sealer));
  db.prepare('DELETE FROM meta WHERE key = ?').run(PLAIN_MARK_KEY);
}
