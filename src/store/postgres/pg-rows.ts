/**
 * Moving a parent's rows between PostgreSQL and the working copy: one query per table for a
 * whole set of parents, and one statement per table for a whole batch's writes (deletes first,
 * then inserts-or-updates from one JSON array), never one round trip per row.
 */
import type pg from 'pg';
import { quoteId } from '../sqlite/user-tables.js';
import type { Changes, Row, TableShape } from './working-copy.js';

/** The copy's clause for one parent, made to select every parent in `$1` (a text array). */
const forAll = (where: string): string => where.replaceAll('= ?', '= ANY($1::text[])');

/** Every row of these parents, by table. */
export async function loadRows(db: pg.ClientBase, tables: readonly TableShape[], userIds: readonly string[]): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>();
  for (const t of tables) {
    const r = await db.query<Row>(`SELECT ${t.columns.map(quoteId).join(', ')} FROM ${quoteId(t.table)} WHERE ${forAll(t.where)}`, [userIds]);
    if (r.rows.length) out.set(t.table, r.rows);
  }
  return out;
}

/**
 * Writes a batch's changes. The outbox (`turns`) is only ever inserted: a second row for an
 * event id is refused by its primary key, and the whole batch with it.
 */
export async function writeChanges(db: pg.ClientBase, tables: readonly TableShape[], changes: Changes): Promise<void> {
  for (const t of tables) {
    const keys = changes.deletes.get(t.table);
    if (!keys?.length) continue;
    const match = t.pk.map((c) => `t.${quoteId(c)} = d.${quoteId(c)}`).join(' AND ');
    await db.query(`DELETE FROM ${quoteId(t.table)} AS t USING json_populate_recordset(NULL::${quoteId(t.table)}, $1::json) AS d WHERE ${match}`, [JSON.stringify(keys)]);
  }
  for (const t of tables) {
    const rows = changes.upserts.get(t.table);
    if (!rows?.length) continue;
    const cols = t.columns.map(quoteId).join(', ');
    const update = t.columns.filter((c) => !t.pk.includes(c)).map((c) => `${quoteId(c)} = EXCLUDED.${quoteId(c)}`).join(', ');
    const onConflict = t.table === 'turns' ? '' : `ON CONFLICT (${t.pk.map(quoteId).join(', ')}) DO UPDATE SET ${update}`;
    await db.query(
      `INSERT INTO ${quoteId(t.table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${quoteId(t.table)}, $1::json) ${onConflict}`,
      [JSON.stringify(rows)],
    );
  }
}

/**
 * Serialises a set of parents' turns across every instance: one transaction-scoped advisory lock
 * per parent, taken in one order (by key) so two instances' batches never deadlock.
 */
export async function lockUsers(db: pg.ClientBase, userIds: readonly string[]): Promise<void> {
  await db.query(
    `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(u, 7318) AS k FROM unnest($1::text[]) AS u ORDER BY k) AS keys`,
    [userIds],
  );
}

/** Their versions now (0: never written). */
export async function readVersions(db: pg.ClientBase, userIds: readonly string[]): Promise<Map<string, number>> {
  const r = await db.query<{ user_id: string; version: number }>('SELECT user_id, version FROM user_versions WHERE user_id = ANY($1::text[])', [userIds]);
  return new Map(r.rows.map((v) => [v.user_id, Number(v.version)]));
}

/** Gives these parents new versions (they changed); returns them. */
export async function bumpVersions(db: pg.ClientBase, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const r = await db.query<{ user_id: string; version: number }>(
    `INSERT INTO user_versions (user_id, version) SELECT u, nextval('user_version_seq') FROM unnest($1::text[]) AS u
     ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version RETURNING user_id, version`,
    [userIds],
  );
  return new Map(r.rows.map((v) => [v.user_id, Number(v.version)]));
}
