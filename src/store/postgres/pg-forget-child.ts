/**
 * Erase one child, on PostgreSQL (the SQLite side: ../sqlite/forget-child.ts, which says what
 * goes and why): under the parent's lock, the child's rows by the same plan (`caseTables`, read
 * from the working copy's schema), the parent's rows that may name the child, and the bot's
 * files about the child (`removeChildFiles`). The parent's version moves, so every instance
 * drops its copy and reloads at the next turn. What PostgreSQL still keeps of the deleted rows (dead tuples, the WAL, backups) is
 * sealed with the parent's key, shredded when the parent forgets everything (docs/postgres.md).
 */
import type pg from 'pg';
import type { ForgetReport } from '../../features/case-file/requests-port.js';
import { removeChildFiles } from '../sqlite/forget-user.js';
import { postsAboutChild, turnsAboutChild, type OutboxRow, type PostRow } from '../sqlite/child-replies.js';
import { CHILD_REPLIES, PARENT_ROWS_NAMING, repliesOpener } from '../sqlite/forget-child.js';
import type { ParentKeys } from './parent-keys.js';
import { quoteId, type UserTable } from '../sqlite/user-tables.js';
import { inTransaction, lockUsers } from './pg-rows.js';

/** `?` placeholders (SQLite's) as PostgreSQL's `$1`: every one is bound to the same value. */
const numbered = (sql: string): string => sql.replaceAll('?', '$1');

export async function forgetChildOnPg(pool: pg.Pool, plan: readonly UserTable[], userId: string, caseId: number, filesRoot: string | null, keys: ParentKeys): Promise<ForgetReport> {
  const removed: Record<string, number> = {};
  let total = 0;
  let theirs = false;
  await inTransaction(pool, 'BEGIN', async (client) => {
    await lockUsers(client, [userId]);
    theirs = ((await client.query('SELECT 1 FROM cases WHERE id = $1 AND user_id = $2', [caseId, userId])).rowCount ?? 0) > 0;
    if (!theirs) return;
    // Replies not yet shown: only those about the child go (../sqlite/child-replies.ts).
    await keys.fetch(client, [userId]);
    const open = (stored: string) => keys.plain(userId, stored);
    const nickname = open((await client.query<{ nickname: string }>('SELECT nickname FROM cases WHERE id = $1 AND user_id = $2', [caseId, userId])).rows[0]?.nickname ?? '');
    const unshown = (await client.query<OutboxRow>(numbered(CHILD_REPLIES.undelivered), [userId])).rows;
    const aboutChild = turnsAboutChild(unshown, repliesOpener(open), caseId, [nickname]);
    const postsOf = postsAboutChild((await client.query<PostRow>(numbered(CHILD_REPLIES.posts), [userId])).rows, open, caseId, [nickname]);
    const counts: number[] = [];
    for (const t of plan) counts.push(Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteId(t.table)} WHERE ${numbered(t.where)}`, [caseId])).rows[0]?.n ?? 0));
    for (const [i, t] of plan.entries()) {
      const n = counts[i] ?? 0;
      if (n === 0) continue;
      await client.query(`DELETE FROM ${quoteId(t.table)} WHERE ${numbered(t.where)}`, [caseId]);
      removed[t.table] = n;
      total += n;
    }
    await client.query(numbered(PARENT_ROWS_NAMING.session), [userId]);
    let turns = (await client.query(numbered(PARENT_ROWS_NAMING.deliveredTurns), [userId])).rowCount ?? 0;
    for (const id of aboutChild) turns += (await client.query('DELETE FROM turns WHERE event_id = $1 AND user_id = $2', [id, userId])).rowCount ?? 0;
    let posts = 0;
    for (const p of postsOf) posts += (await client.query('DELETE FROM question_posts WHERE user_id = $1 AND channel = $2 AND prompt_id = $3', [userId, p.channel, p.prompt_id])).rowCount ?? 0;
    for (const [table, n] of [['turns', turns], ['question_posts', posts]] as const) {
      if (n > 0) {
        removed[table] = n;
        total += n;
      }
    }
    // Every instance's copy of the parent is now stale: the next turn reloads it.
    await client.query(`INSERT INTO user_versions (user_id, version) VALUES ($1, nextval('user_version_seq')) ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version`, [userId]);
  });
  const filesRemoved = theirs && removeChildFiles(filesRoot, userId, caseId);
  return { userId, removed, total, filesRemoved, compacted: false, walTruncated: true };
}
