/**
 * Forget a parent: every row about them in every table (found by `user-tables.ts`, so new tables
 * are never missed), their files under `<data dir>/files/<safe user id>/`, and no copy of their
 * words left behind in the database files.
 *
 * How the words stop being recoverable: `secure_delete` is on for every connection
 * (`openDatabase`), so SQLite zeroes deleted cells and freed pages; the WAL still holds the
 * pages as they were before the delete, so it is checkpointed into the main file and truncated
 * to zero bytes; VACUUM then rebuilds the file so nothing of the parent remains even in page
 * slack, and a last TRUNCATE checkpoint empties the WAL VACUUM wrote through.
 *
 * Must run outside any transaction (VACUUM and a full checkpoint cannot run inside one): the CLI
 * calls it directly; the engine runs it after the turn that confirmed it has committed.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ForgetReport } from '../../features/case-file/requests-port.js';
import type Database from 'better-sqlite3';
import { childDirName, isChildDirName, userFilesDir } from '../../core/user-files.js';
import { bindUser, quoteId, userTables, type UserTable } from './user-tables.js';

export interface ForgetOptions {
  /** `<data dir>/files`; null when the database has no data directory (in memory). */
  filesRoot: string | null;
  /** Rebuild the file with VACUUM (default true). */
  compact?: boolean;
  /** Deletes the parent's data key (keys-file.ts) once their rows are gone; returns how many. */
  shred?: (userId: string) => number;
  /** Called first: e.g. commit a group-commit batch that is still open on this connection. */
  beforeErase?: () => void;
  /**
   * Never wait on another connection for long (the bot: its event loop serves every parent).
   * Deleting and VACUUM wait at most `WAIT_MS`; the checkpoints do not wait at all, and report
   * `walTruncated: false` while a reader holds the WAL (finish later with `finishErasing`).
   * Default false: the connection's own busy timeout (the CLI can wait).
   */
  nonBlocking?: boolean;
}

/** How long a non-blocking erase may wait for another connection's write to end. */
export const WAIT_MS = 200;

export class ForgetInTransactionError extends Error {}

/** Children first, `users` last, so a foreign key without ON DELETE CASCADE never blocks us. */
function deleteOrder(plan: UserTable[]): UserTable[] {
  const rank = (t: UserTable) => (t.table === 'users' ? 2 : t.where === 'user_id = ?' ? 1 : 0);
  return [...plan].sort((a, b) => rank(a) - rank(b));
}

/** Runs `fn` with the connection's busy timeout set to `ms` (null: leave it), then restores it. */
export function waitingAtMost<T>(db: Database.Database, ms: number | null, fn: () => T): T {
  if (ms === null) return fn();
  const before = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${ms}`);
  try {
    return fn();
  } finally {
    db.pragma(`busy_timeout = ${before}`);
  }
}

function checkpoint(db: Database.Database): boolean {
  if (db.inTransaction) return false;
  try {
    const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return r !== undefined && r.busy === 0;
  } catch {
    return false;
  }
}

/**
 * The part of erasing that another connection's read transaction can hold up: rebuild the file
 * (when not yet done) and empty the WAL. Returns what it managed; call again later if
 * `walTruncated` is false.
 */
export function finishErasing(db: Database.Database, opts: { compact: boolean; nonBlocking?: boolean }): { compacted: boolean; walTruncated: boolean } {
  const nb = opts.nonBlocking === true;
  let compacted = false;
  let walTruncated = waitingAtMost(db, nb ? 0 : null, () => checkpoint(db));
  if (opts.compact) {
    try {
      waitingAtMost(db, nb ? WAIT_MS : null, () => db.exec('VACUUM'));
      compacted = true;
    } catch {
      compacted = false; // e.g. another statement is active on this connection; rows are still zeroed
    }
    walTruncated = waitingAtMost(db, nb ? 0 : null, () => checkpoint(db));
  }
  return { compacted, walTruncated };
}

export function forgetUser(db: Database.Database, userId: string, opts: ForgetOptions): ForgetReport {
  opts.beforeErase?.();
  if (db.inTransaction) throw new ForgetInTransactionError('forget must run outside a transaction');
  const plan = deleteOrder(userTables(db));
  const removed: Record<string, number> = {};
  let total = 0;
  const erase = db.transaction(() => {
    // Checked at COMMIT, when every row of the parent is gone.
    db.pragma('defer_foreign_keys = ON');
    total += deleteCounted(db, plan, (t) => bindUser(t, userId), removed);
  });
  waitingAtMost(db, opts.nonBlocking ? WAIT_MS : null, () => erase());
  // The parent's data key: what copies of the database still hold of their words (a backup, a
  // WAL copied before this) cannot be opened from now on.
  const shredded = opts.shred?.(userId) ?? 0;
  if (shredded > 0) {
    removed['user_keys'] = shredded;
    total += shredded;
  }
  const { compacted, walTruncated } = finishErasing(db, { compact: opts.compact !== false, nonBlocking: opts.nonBlocking === true });

  return { userId, removed, total, filesRemoved: removeUserFiles(opts.filesRoot, userId), compacted, walTruncated };
}

/**
 * Deletes each table's rows of `plan`, counting them first into `removed` (a DELETE can cascade
 * into a table not yet reached, a case's rows, which would then count as none); the total.
 * Inside the caller's transaction, with foreign keys deferred to its commit.
 */
export function deleteCounted<T extends { table: string; where: string }>(db: Database.Database, plan: readonly T[], bind: (t: T) => unknown[], removed: Record<string, number>): number {
  const counts = plan.map((t) => (db.prepare(`SELECT count(*) AS n FROM ${quoteId(t.table)} WHERE ${t.where}`).get(...bind(t)) as { n: number }).n);
  let total = 0;
  plan.forEach((t, i) => {
    const n = counts[i] ?? 0;
    if (n === 0) return;
    db.prepare(`DELETE FROM ${quoteId(t.table)} WHERE ${t.where}`).run(...bind(t));
    removed[t.table] = n;
    total += n;
  });
  return total;
}

/** Removes the bot's own files of this parent (never their exports); whether there were any. */
export function removeUserFiles(filesRoot: string | null, userId: string): boolean {
  if (!filesRoot) return false;
  const dir = userFilesDir(filesRoot, userId);
  const had = existsSync(dir);
  rmSync(dir, { recursive: true, force: true });
  return had;
}

/**
 * Removes the bot's own files about one child: that child's folder (`child-<case id>`), and every
 * file tied to no child (saved before files had a child's folder, or about the whole family: the
 * notes of every child), since any of them may hold the child's words and each can be made
 * again from the notes. Other children's folders stay, and the parent's exports are elsewhere.
 * Whether anything was removed.
 */
export function removeChildFiles(filesRoot: string | null, userId: string, caseId: number): boolean {
  if (!filesRoot) return false;
  const dir = userFilesDir(filesRoot, userId);
  if (!existsSync(dir)) return false;
  const gone = readdirSync(dir).filter((name) => name === childDirName(caseId) || !isChildDirName(name));
  for (const name of gone) rmSync(join(dir, name), { recursive: true, force: true });
  return gone.length > 0;
}
