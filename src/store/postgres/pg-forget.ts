/**
 * Forget a parent, on PostgreSQL: under the parent's lock (no instance runs a turn of theirs
 * meanwhile), every row about them in every table the working copy's schema lists (the same
 * plan as SQLite's forget, so a new table is never missed), their version, and their files.
 * Other instances notice at the parent's next turn (the version moved) and drop their copy.
 *
 * What stays behind, and why it is unreadable: PostgreSQL removes deleted rows from its files
 * lazily (VACUUM marks the space reusable, it does not overwrite it), and the WAL, replicas and
 * backups keep what was written. Every parent-written column there is sealed with the parent's
 * own data key (parent-keys.ts), and deleting that key here shreds them all; see
 * docs/postgres.md for what a backup that also holds the key row means.
 */
import { existsSync, rmSync } from 'node:fs';
import type pg from 'pg';
import type { ForgetReport } from '../../features/case-file/requests-port.js';
import { userFilesDir } from '../../core/user-files.js';
import { quoteId } from '../sqlite/user-tables.js';
import { inTransaction, lockUsers } from './pg-rows.js';
import { rank, type TableShape } from './working-copy.js';

export async function forgetOnPg(pool: pg.Pool, tables: readonly TableShape[], userId: string, filesRoot: string | null): Promise<ForgetReport> {
  const removed: Record<string, number> = {};
  let total = 0;
  await inTransaction(pool, 'BEGIN', async (client) => {
    await lockUsers(client, [userId]);
    for (const t of [...tables].sort((a, b) => rank(a) - rank(b))) {
      const r = await client.query(`DELETE FROM ${quoteId(t.table)} WHERE ${t.where.replaceAll('= ?', '= $1')}`, [userId]);
      const n = r.rowCount ?? 0;
      if (n === 0) continue;
      removed[t.table] = n;
      total += n;
    }
    await client.query('DELETE FROM user_versions WHERE user_id = $1', [userId]);
    // The parent's data key: what PostgreSQL still keeps of their words is unreadable from now on.
    const shredded = await client.query('DELETE FROM user_keys WHERE user_id = $1', [userId]);
    if (shredded.rowCount) {
      removed['user_keys'] = shredded.rowCount;
      total += shredded.rowCount;
    }
  });
  let filesRemoved = false;
  if (filesRoot) {
    const dir = userFilesDir(filesRoot, userId);
    filesRemoved = existsSync(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  // No WAL of ours to truncate, and nothing further to wait for: reported as done, so the parent
  // is told it is (what PostgreSQL itself keeps for a while is described in docs/postgres.md).
  return { userId, removed, total, filesRemoved, compacted: false, walTruncated: true };
}
