/**
 * Store.pruneKept on SQLite. Delivered turns: the table is walked in the order rows were written
 * (rowid; a turn's row is only ever inserted, and its time is the time it was written), so the
 * oldest come first and the walk stops once it is among rows young enough to keep (a thousand
 * in a row); an undelivered one on the way is stepped over, never deleted. No index on their time: it cost every delivered
 * turn an extra write (migration 011). Question posts: by their index on posted_at (migration
 * 010), as a post that is asked again keeps its place in the table with a new time.
 */
import type Database from 'better-sqlite3';

/** How many rows one walk reads at a time. */
const CHUNK = 1000;

function oldDeliveredTurns(db: Database.Database, before: string, max: number): number[] {
  const page = db.prepare('SELECT rowid AS id, at, delivered_at IS NOT NULL AS delivered FROM turns WHERE rowid > ? ORDER BY rowid LIMIT ?');
  const ids: number[] = [];
  let after = 0;
  // A run of young rows means the rest are young too; a stray one (a clock that was once wrong)
  // is stepped over, so it never stops pruning for good.
  let young = 0;
  for (;;) {
    const rows = page.all(after, CHUNK) as { id: number; at: string; delivered: number }[];
    for (const r of rows) {
      if (r.at >= before) {
        if (++young >= CHUNK) return ids;
        continue;
      }
      young = 0;
      if (r.delivered) ids.push(r.id);
      if (ids.length >= max) return ids;
    }
    if (rows.length < CHUNK) return ids;
    after = (rows[rows.length - 1] as { id: number }).id;
  }
}

export function pruneKept(db: Database.Database, before: string, max: number): number {
  const ids = oldDeliveredTurns(db, before, max);
  const turns = ids.length ? db.prepare('DELETE FROM turns WHERE rowid IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids)).changes : 0;
  const posts = db.prepare('DELETE FROM question_posts WHERE rowid IN (SELECT rowid FROM question_posts WHERE posted_at < ? ORDER BY posted_at LIMIT ?)').run(before, max);
  return turns + posts.changes;
}
