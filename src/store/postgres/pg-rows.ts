/**
 * Moving a parent's rows between PostgreSQL and the working copy: one query for a whole set of
 * parents and every table, and one statement for a whole batch's inserts-or-updates (deletes
 * first, a statement per table that has any), never one round trip per row or per table.
 */
import type pg from 'pg';
import * as z from 'zod';
import { quoteId } from '../sqlite/user-tables.js';
import type { KeyRow } from './parent-keys.js';
import type { Changes, Row, TableShape } from './working-copy.js';

/** The copy's clause for one parent, made to select every parent in `$1` (a text array). */
const forAll = (where: string): string => where.replaceAll('= ?', '= ANY($1::text[])');

/** Every row of these parents, by table, in one query (none asked for: no query). */
export async function loadRows(db: pg.ClientBase, tables: readonly TableShape[], userIds: readonly string[]): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>();
  if (userIds.length === 0) return out;
  const parts = tables.map(
    (t) => `${db.escapeLiteral(t.table)}, (SELECT coalesce(json_agg(x), '[]'::json) FROM (SELECT ${t.columns.map(quoteId).join(', ')} FROM ${quoteId(t.table)} WHERE ${forAll(t.where)}) x)`,
  );
  const r = await db.query<{ r: Record<string, Row[]> }>(`SELECT json_build_object(${parts.join(', ')}) AS r`, [userIds]);
  for (const [table, rows] of Object.entries(r.rows[0]?.r ?? {})) if (rows.length) out.set(table, rows);
  return out;
}

/**
 * Writes a batch's changes and gives its parents new versions: the deletes first (a statement per
 * table that has any), then every insert-or-update and the versions in one statement (one
 * round trip whatever the batch wrote; foreign keys are checked at the statement's end). The
 * outbox (`turns`) is only ever inserted: a second row for an event id is refused by its
 * primary key, and the whole batch with it. Returns the new versions.
 */
export async function writeChanges(db: pg.ClientBase, tables: readonly TableShape[], changes: Changes, userIds: readonly string[], newKeys: readonly KeyRow[] = []): Promise<Map<string, number>> {
  for (const t of tables) {
    const keys = changes.deletes.get(t.table);
    if (!keys?.length) continue;
    const match = t.pk.map((c) => `t.${quoteId(c)} = d.${quoteId(c)}`).join(' AND ');
    await db.query(`DELETE FROM ${quoteId(t.table)} AS t USING json_populate_recordset(NULL::${quoteId(t.table)}, $1::json) AS d WHERE ${match}`, [JSON.stringify(keys)]);
  }
  const params: unknown[] = [userIds];
  const ctes: string[] = [];
  for (const t of tables) {
    const rows = changes.upserts.get(t.table);
    if (!rows?.length) continue;
    params.push(JSON.stringify(rows));
    const cols = t.columns.map(quoteId).join(', ');
    const update = t.columns.filter((c) => !t.pk.includes(c)).map((c) => `${quoteId(c)} = EXCLUDED.${quoteId(c)}`).join(', ');
    const onConflict = t.table === 'turns' ? '' : `ON CONFLICT (${t.pk.map(quoteId).join(', ')}) DO UPDATE SET ${update}`;
    ctes.push(`w${ctes.length} AS (INSERT INTO ${quoteId(t.table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${quoteId(t.table)}, $${params.length}::json) ${onConflict})`);
  }
  if (newKeys.length) {
    params.push(JSON.stringify(newKeys));
    ctes.push(`k AS (INSERT INTO user_keys (user_id, wrapped, created_at) SELECT user_id, wrapped, created_at FROM json_populate_recordset(NULL::user_keys, $${params.length}::json))`);
  }
  ctes.push(`v AS (INSERT INTO user_versions (user_id, version) SELECT u, nextval('user_version_seq') FROM unnest($1::text[]) AS u
     ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version RETURNING user_id, version)`);
  const r = await db.query<{ user_id: string; version: number }>(`WITH ${ctes.join(',\n')} SELECT user_id, version FROM v`, params);
  return new Map(r.rows.map((v) => [v.user_id, Number(v.version)]));
}

/** One transaction-scoped advisory lock per parent in `list` (a text-array expression), taken in key order. */
const lockSql = (list: string): string =>
  `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(u, 7318) AS k FROM unnest(${list}) AS u ORDER BY k) AS keys`;

/** The last statement's answer in `beginLocked`: each parent's version (a bigint, sent as text). */
const versionsResult = z.object({ rows: z.array(z.object({ user_id: z.string(), version: z.coerce.number() })) });

/**
 * BEGIN, the parents' locks (as `lockUsers`) and then their versions, in one round trip: three
 * statements sent as one simple query, each READ COMMITTED statement with its own snapshot, so
 * the versions are read after every lock is held.
 */
export async function beginLocked(db: pg.ClientBase, userIds: readonly string[]): Promise<Map<string, number>> {
  const list = `ARRAY[${userIds.map((u) => db.escapeLiteral(u)).join(', ')}]::text[]`;
  // Several statements in one simple query: pg answers with one result per statement.
  const results: unknown = await db.query(`BEGIN; ${lockSql(list)};
     SELECT user_id, version FROM user_versions WHERE user_id = ANY(${list})`);
  const { rows } = versionsResult.parse(Array.isArray(results) ? results.at(-1) : results);
  return new Map(rows.map((v) => [v.user_id, v.version]));
}

/**
 * Serialises a set of parents' turns across every instance: one transaction-scoped advisory lock
 * per parent, taken in one order (by key) so two instances' batches never deadlock.
 */
export async function lockUsers(db: pg.ClientBase, userIds: readonly string[]): Promise<void> {
  await db.query(lockSql('$1::text[]'), [userIds]);
}

/** Their versions now (0: never written). */
export async function readVersions(db: pg.ClientBase, userIds: readonly string[]): Promise<Map<string, number>> {
  const r = await db.query<{ user_id: string; version: number }>('SELECT user_id, version FROM user_versions WHERE user_id = ANY($1::text[])', [userIds]);
  return new Map(r.rows.map((v) => [v.user_id, Number(v.version)]));
}

/**
 * `work` in one transaction on a pooled connection, opened with `begin` ("BEGIN", or a
 * read-only snapshot): COMMIT when it returns, ROLLBACK when it throws, released either way.
 */
export async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await transactionOn(client, begin, () => work(client));
  } finally {
    client.release();
  }
}

/** `work` in one transaction on a connection the caller holds: COMMIT when it returns, ROLLBACK when it throws. */
export async function transactionOn<T>(client: pg.ClientBase, begin: string, work: () => Promise<T>): Promise<T> {
  await client.query(begin);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
