/**
 * The data key check of src/store/sqlite/key-check.ts, on PostgreSQL: a wrong key, a missing key
 * for an encrypted database, or a key given for a database holding unencrypted notes stops the
 * store from opening, before anything is read.
 */
import type pg from 'pg';
import type { Sealer } from '../../core/ports.js';
import { DataKeyError, isSealed } from '../../security/aes-sealer.js';
import { KEY_CHECK_KEY, keyCheckValue, NO_KEY_MESSAGE, PLAIN_MARK_KEY, WRONG_KEY_MESSAGE } from '../sqlite/key-check.js';
import { SEALED_PLACEHOLDERS, sealedColumnList } from '../sqlite/sealed-columns.js';
import { quoteId } from '../sqlite/user-tables.js';

/** Key given, but the database already holds notes in the clear (PostgreSQL has no rotate-key yet). */
export const PG_PLAIN_DATA_MESSAGE =
  'NEXTSTEP_DATA_KEY is set, but this PostgreSQL database already holds unencrypted notes. Start without the key, or start from an empty database.';

function opensAsCheck(sealer: Sealer, stored: string): boolean {
  if (!isSealed(stored)) return false;
  try {
    return sealer.open(stored) === sealer.open(keyCheckValue(sealer));
  } catch {
    return false;
  }
}

async function sample(db: pg.ClientBase): Promise<{ sealed?: string; plain: boolean }> {
  const out: { sealed?: string; plain: boolean } = { plain: false };
  const placeholders = [...SEALED_PLACEHOLDERS];
  for (const { table, column } of sealedColumnList()) {
    const col = quoteId(column);
    if (out.sealed === undefined) {
      const r = await db.query<{ v: string }>(`SELECT ${col} AS v FROM ${quoteId(table)} WHERE ${col} LIKE 'enc1:%' LIMIT 1`);
      if (r.rows[0]) out.sealed = r.rows[0].v;
    }
    if (!out.plain) {
      // Values sealed with a parent's own key (`pk1:`) are neither: they say nothing about the instance key.
      const r = await db.query(`SELECT 1 FROM ${quoteId(table)} WHERE ${col} IS NOT NULL AND ${col} NOT LIKE 'enc1:%' AND ${col} NOT LIKE 'pk1:%' AND NOT (${col} = ANY($1::text[])) LIMIT 1`, [placeholders]);
      out.plain = (r.rowCount ?? 0) > 0;
    }
  }
  return out;
}

export async function verifyPgDataKey(db: pg.ClientBase, sealer: Sealer): Promise<void> {
  const meta = new Map((await db.query<{ key: string; value: string }>('SELECT key, value FROM meta')).rows.map((r) => [r.key, r.value]));
  const check = meta.get(KEY_CHECK_KEY);
  if (check !== undefined) {
    if (!sealer.encrypted) throw new DataKeyError(NO_KEY_MESSAGE);
    if (!opensAsCheck(sealer, check)) throw new DataKeyError(WRONG_KEY_MESSAGE);
    return;
  }
  const found = await sample(db);
  if (!sealer.encrypted) {
    if (found.sealed !== undefined) throw new DataKeyError(NO_KEY_MESSAGE);
    await db.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [PLAIN_MARK_KEY, new Date().toISOString()]);
    return;
  }
  if (found.sealed !== undefined) {
    try {
      sealer.open(found.sealed);
    } catch {
      throw new DataKeyError(WRONG_KEY_MESSAGE);
    }
  }
  if (found.plain) throw new DataKeyError(PG_PLAIN_DATA_MESSAGE);
  await db.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [KEY_CHECK_KEY, keyCheckValue(sealer)]);
  await db.query('DELETE FROM meta WHERE key = $1', [PLAIN_MARK_KEY]);
}
