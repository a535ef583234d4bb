/** Store.pruneKept on SQLite: the oldest delivered turns and question posts, by their indexes (migration 010). */
import type Database from 'better-sqlite3';

export function pruneKept(db: Database.Database, before: string, max: number): number {
  const turns = db.prepare('DELETE FROM turns WHERE rowid IN (SELECT rowid FROM turns WHERE delivered_at IS NOT NULL AND at < ? ORDER BY at LIMIT ?)').run(before, max);
  const posts = db.prepare('DELETE FROM question_posts WHERE rowid IN (SELECT rowid FROM question_posts WHERE posted_at < ? ORDER BY posted_at LIMIT ?)').run(before, max);
  return turns.changes + posts.changes;
}
