/**
 * `rotate-key` on PostgreSQL: every sealed column (src/store/sqlite/sealed-columns.ts) re-sealed
 * from one data key to another, in one transaction, with the tables locked against writers.
 * Values sealed with a parent's own key (parent-keys.ts) are left as they are: their keys, in
 * `user_keys`, are re-wrapped instead. Refused while another client is connected to the
 * database (a running instance would go on writing with the old key). Old row versions stay in the table files until VACUUM reuses them,
 * and in the WAL and backups: see docs/postgres.md.
 */
import pg from 'pg';
import type { Sealer } from '../../core/ports.js';
import { KEY_CHECK_KEY, keyCheckValue, PLAIN_MARK_KEY } from '../sqlite/key-check.js';
import { sealedColumnList } from '../sqlite/sealed-columns.js';
import { quoteId } from '../sqlite/user-tables.js';
import { verifyPgDataKey } from './pg-key-check.js';
import { transactionOn } from './pg-rows.js';

export interface PgRotateResult {
  columns: Record<string, number>;
  total: number;
  encryptedBefore: boolean;
  skipped: number;
}

export class PgInUseError extends Error {}
export class PgDamagedError extends Error {
  constructor(readonly count: number) {
    super(`${count} damaged value${count === 1 ? '' : 's'}`);
  }
}

const inUse = (why: string) => new PgInUseError(`The database is in use (${why}: is an instance of the bot running?). Stop every instance, then run rotate-key again.`);

/**
 * How long to wait for the tables' lock. With no other client connected, the one holder it can
 * meet is autovacuum working on a table, and that gives way to a lock request once the request
 * has waited deadlock_timeout (1 s by default); NOWAIT failed at once instead.
 */
const LOCK_WAIT_MS = 10_000;

/** Re-seals every sealed column from `from` to `to`; `from` must be the database's current key. */
export async function rotatePg(url: string, from: Sealer, to: Sealer, opts: { skipDamaged?: boolean; onProgress?: (message: string) => void; lockWaitMs?: number } = {}): Promise<PgRotateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result: PgRotateResult = { columns: {}, total: 0, encryptedBefore: from.encrypted, skipped: 0 };
  try {
    await verifyPgDataKey(client, from);
    return await transactionOn(client, 'BEGIN', async () => {
      // Other clients' sessions only: the server's own workers (autovacuum visits every database
      // now and then) write no sealed value, and counting them refused a rotation nobody blocked.
      const others = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
      );
      const n = Number(others.rows[0]?.n);
      if (n > 0) throw inUse(`${n} other connection${n === 1 ? '' : 's'}`);
      const tables = [...new Set([...sealedColumnList().map((c) => c.table), 'user_keys'])];
      const present = new Set((await client.query<{ t: string }>('SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema()')).rows.map((r) => r.t));
      const locked = tables.filter((t) => present.has(t));
      if (locked.length) {
        await client.query(`SET LOCAL lock_timeout = ${Math.round(opts.lockWaitMs ?? LOCK_WAIT_MS)}`);
        try {
          await client.query(`LOCK TABLE ${locked.map(quoteId).join(', ')} IN EXCLUSIVE MODE`);
        } catch (e) {
          // lock_not_available: still held when the wait ran out.
          throw (e as { code?: string }).code === '55P03' ? inUse('a table stayed locked') : e;
        }
      }
      for (const { table, column } of [...sealedColumnList(), { table: 'user_keys', column: 'wrapped' }]) {
        if (!present.has(table)) continue;
        const rows = (await client.query<{ tid: string; v: string }>(
          `SELECT ctid::text AS tid, ${quoteId(column)} AS v FROM ${quoteId(table)} WHERE ${quoteId(column)} IS NOT NULL AND ${quoteId(column)} NOT LIKE 'pk1:%'`,
        )).rows;
        const tids: string[] = [];
        const values: string[] = [];
        for (const r of rows) {
          try {
            values.push(to.seal(from.open(r.v)));
            tids.push(r.tid);
          } catch {
            result.skipped += 1;
          }
        }
        // One statement per column; each row is named by its place (ctid), read under the lock.
        if (tids.length) await client.query(`UPDATE ${quoteId(table)} AS t SET ${quoteId(column)} = v.val FROM unnest($1::tid[], $2::text[]) AS v(tid, val) WHERE t.ctid = v.tid`, [tids, values]);
        result.columns[`${table}.${column}`] = tids.length;
        result.total += tids.length;
        opts.onProgress?.(`${table}.${column}: ${tids.length} value${tids.length === 1 ? '' : 's'}`);
      }
      if (result.skipped > 0 && !opts.skipDamaged) throw new PgDamagedError(result.skipped);
      await client.query('DELETE FROM meta WHERE key = ANY($1::text[])', [[KEY_CHECK_KEY, PLAIN_MARK_KEY]]);
      await client.query('INSERT INTO meta (key, value) VALUES ($1, $2)', to.encrypted ? [KEY_CHECK_KEY, keyCheckValue(to)] : [PLAIN_MARK_KEY, new Date().toISOString()]);
      return result;
    });
  } finally {
    await client.end();
  }
}
