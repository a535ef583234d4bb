/**
 * `rotate-key --new-key KEY [--db PATH] [--json]`: re-seals every sealed column (the list in
 * src/store/sqlite/sealed-columns.ts) with a new data key, in one transaction, and re-wraps the
 * parents' own data keys in `<db>.keys` (values sealed with those, `pk1:`, are left as they are). The current key is read
 * from NEXTSTEP_DATA_KEY; with no current key, this encrypts an unencrypted database.
 *
 * Refuses while anything else has the database open (the bot would go on writing with the old
 * key). Afterwards the file is vacuumed and the WAL truncated, so old ciphertext (or the old
 * plain text) is not left in free pages; with secure_delete on, overwritten cells are zeroed.
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { plainSealer, type Sealer } from '../core/ports.js';
import { createAesSealer, parseDataKey } from '../security/aes-sealer.js';
import { KEY_CHECK_KEY, markEncrypted, verifyDataKey } from '../store/sqlite/key-check.js';
import { keysPathFor, openKeysFile, rewrapKeys, verifyKeysFile } from '../store/sqlite/keys-file.js';
import { sealedColumnList } from '../store/sqlite/sealed-columns.js';
import { openDatabase } from '../store/sqlite/open-database.js';
import * as z from 'zod';
import { sharedDatabaseUrl } from './open-store.js';
import { CliError, dbPathFrom, opt, parseOptions, progress, requireDatabase, UsageError, type CliIo } from './io.js';

const q = (id: string) => `"${id.replace(/"/g, '""')}"`;
const BATCH = 500;

export interface RotateResult {
  /** Values re-sealed, per `table.column`. */
  columns: Record<string, number>;
  total: number;
  encryptedBefore: boolean;
  /** Damaged values left as they were (only with `skipDamaged`). */
  skipped: number;
}

export class DatabaseInUseError extends Error {}

/** Values that will not open with the current key (damaged rows): refused unless skipped on purpose. */
export class DamagedValuesError extends Error {
  constructor(readonly count: number) {
    super(
      `${count} stored value${count === 1 ? '' : 's'} cannot be opened with the current key (damaged). Nothing was changed. ` +
        `Run again with --skip-damaged to re-seal everything else and leave ${count === 1 ? 'it' : 'them'} as ${count === 1 ? 'it is' : 'they are'} (still unreadable).`,
    );
  }
}

/** Re-seals every sealed column from `from` to `to` in one exclusive transaction. */
export function rotateDatabase(db: Database.Database, from: Sealer, to: Sealer, opts: { skipDamaged?: boolean; onProgress?: (message: string) => void; keysPath?: string } = {}): RotateResult {
  const onProgress = opts.onProgress ?? (() => {});
  verifyDataKey(db, from);
  const keys = opts.keysPath !== undefined && existsSync(opts.keysPath) ? openKeysFile(opts.keysPath) : null;
  try {
    return rotateWithKeys(db, keys, from, to, opts, onProgress);
  } finally {
    keys?.close();
  }
}

/**
 * Whether the keys file's keys still need re-wrapping: they are under `from`, or already under
 * `to` (an earlier rotate-key stopped between committing the keys file and the database).
 */
function keysUnder(keys: Database.Database, from: Sealer, to: Sealer): 'from' | 'to' {
  try {
    verifyKeysFile(keys, from);
    return 'from';
  } catch {
    verifyKeysFile(keys, to); // neither: throws the check's own message
    return 'to';
  }
}

function rotateWithKeys(db: Database.Database, keys: Database.Database | null, from: Sealer, to: Sealer, opts: { skipDamaged?: boolean }, onProgress: (message: string) => void): RotateResult {
  const keysDone = keys !== null && keysUnder(keys, from, to) === 'to';
  // Exclusive locking: fails at once if another connection (the bot, a CLI) has the file open.
  db.pragma('busy_timeout = 250');
  db.pragma('locking_mode = EXCLUSIVE');
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.pragma('locking_mode = NORMAL');
    if ((e as { code?: string }).code === 'SQLITE_BUSY') {
      throw new DatabaseInUseError('The database is in use (is the bot running?). Stop it, then run rotate-key again.');
    }
    throw e;
  }
  const result: RotateResult = { columns: {}, total: 0, encryptedBefore: from.encrypted, skipped: 0 };
  try {
    for (const { table, column } of sealedColumnList()) {
      const exists = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table);
      if (!exists) continue;
      const select = db.prepare(`SELECT rowid AS rid, ${q(column)} AS v FROM ${q(table)} WHERE rowid > ? AND ${q(column)} IS NOT NULL AND ${q(column)} NOT LIKE 'pk1:%' ORDER BY rowid LIMIT ${BATCH}`);
      const update = db.prepare(`UPDATE ${q(table)} SET ${q(column)} = ? WHERE rowid = ?`);
      let last = -Infinity;
      let count = 0;
      for (;;) {
        const rows = select.all(last) as { rid: number; v: string }[];
        if (rows.length === 0) break;
        for (const r of rows) {
          let plain: string;
          try {
            plain = from.open(r.v);
          } catch {
            // One damaged value: counted (all of them, so the refusal can say how many).
            result.skipped += 1;
            continue;
          }
          update.run(to.seal(plain), r.rid);
          count += 1;
        }
        last = (rows[rows.length - 1] as { rid: number }).rid;
      }
      result.columns[`${table}.${column}`] = count;
      onProgress(`${table}.${column}: ${count} value${count === 1 ? '' : 's'}`);
      result.total += count;
    }
    // The parents' own keys (keys-file.ts) are re-wrapped; what they seal is left as it is.
    if (keys && !keysDone) {
      keys.exec('BEGIN EXCLUSIVE');
      const k = rewrapKeys(keys, from, to);
      result.columns['user_keys.wrapped'] = k.rewrapped;
      result.total += k.rewrapped;
      result.skipped += k.damaged;
      onProgress(`parents' keys: ${k.rewrapped} key${k.rewrapped === 1 ? '' : 's'}`);
    }
    if (result.skipped > 0 && !opts.skipDamaged) throw new DamagedValuesError(result.skipped);
    if (to.encrypted) markEncrypted(db, to);
    else db.prepare('DELETE FROM meta WHERE key = ?').run(KEY_CHECK_KEY);
    // Keys file first: stopped between the two commits, a second run finds its keys under the
    // new key already and finishes the database.
    if (keys?.inTransaction) keys.exec('COMMIT');
    db.exec('COMMIT');
  } catch (e) {
    if (keys?.inTransaction) keys.exec('ROLLBACK');
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma('locking_mode = NORMAL');
    throw e;
  }
  // Rewrite the file so pages that held the old form are gone, then empty the WAL.
  onProgress('compacting the database');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('locking_mode = NORMAL');
  return result;
}

const Options = z.object({ newKey: opt.str, skipDamaged: opt.flag, db: opt.db, json: opt.flag });

export async function rotateKeyCommand(raw: unknown, io: CliIo): Promise<number> {
  const values = parseOptions(Options, raw);
  let toKey: Buffer;
  try {
    toKey = parseDataKey(values.newKey, '--new-key');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const current = io.env.NEXTSTEP_DATA_KEY?.trim();
  const fromKey = current ? parseDataKey(current) : null;
  if (fromKey && fromKey.equals(toKey)) {
    throw new CliError('--new-key is the key already in use (NEXTSTEP_DATA_KEY); nothing to do. Generate a new one with: openssl rand -base64 32');
  }
  const from = fromKey ? createAesSealer(fromKey) : plainSealer;
  const to = createAesSealer(toKey);
  const url = sharedDatabaseUrl(values, io.env);
  if (url) {
    const { rotatePg, PgDamagedError, PgInUseError } = await import('../store/postgres/pg-rotate.js');
    try {
      report(io, values.json === true, await rotatePg(url, from, to, { skipDamaged: values.skipDamaged === true, onProgress: progress(io, 'rotate-key') }));
      return 0;
    } catch (e) {
      if (e instanceof PgDamagedError) throw new CliError(new DamagedValuesError(e.count).message);
      throw e instanceof PgInUseError ? new CliError(e.message) : e;
    }
  }
  const path = requireDatabase(dbPathFrom(values, io.env));
  const db = openDatabase(path);
  try {
    report(io, values.json === true, rotateDatabase(db, from, to, { skipDamaged: values.skipDamaged === true, onProgress: progress(io, 'rotate-key'), keysPath: keysPathFor(path) }));
    return 0;
  } catch (e) {
    throw e instanceof DatabaseInUseError || e instanceof DamagedValuesError ? new CliError(e.message) : e;
  } finally {
    db.close();
  }
}

function report(io: CliIo, json: boolean, r: RotateResult): void {
  if (json) io.stdout.write(`${JSON.stringify({ ok: true, encrypted_before: r.encryptedBefore, resealed: r.total, skipped: r.skipped, columns: r.columns })}\n`);
  else {
    io.stdout.write(`${r.encryptedBefore ? 'Re-encrypted' : 'Encrypted'} ${r.total} stored values with the new key.\n`);
    if (r.skipped) io.stdout.write(`Skipped ${r.skipped} damaged value${r.skipped === 1 ? '' : 's'} (left as ${r.skipped === 1 ? 'it was' : 'they were'}; still unreadable).\n`);
    io.stdout.write('Set NEXTSTEP_DATA_KEY to the new key before starting the bot; the old key no longer opens this database.\n');
  }
}
