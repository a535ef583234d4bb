/**
 * Erase one child (the fifteenth walk, W15-5: "delete Noah's data"): the child's case and every
 * row hanging from it (`case-tables.ts`: notes, statements, letters, requests, the daily log,
 * follow-ups, review reminders), and what of the parent's own rows may name the child: the
 * conversation's state (the flow, the question waiting, the open case) is cleared, and the
 * parent's recorded replies (the outbox: delivered or not, they may name the child; a reply not
 * yet shown would only repeat a question about them) and the records of where questions were
 * posted are deleted. The bot's own files about the child (letters and charts saved as files,
 * in the child's folder) go, with those tied to no child (`removeChildFiles`); other children's
 * stay, and so do the copies the parent exported, which are theirs (`<data dir>/exports`). Then, as forget does, no copy of the words is left in the database
 * files (`finishErasing`).
 *
 * One data key per parent: what copies of the database made before (a backup) hold of the
 * child stays sealed with the parent's key, so it is shredded when the parent forgets everything.
 * Must run outside any transaction: the engine runs it after the confirming turn has committed.
 */
import type Database from 'better-sqlite3';
import type { ForgetReport } from '../../features/case-file/requests-port.js';
import { bindCase, caseTables } from './case-tables.js';
import { deleteCounted, finishErasing, ForgetInTransactionError, removeChildFiles, WAIT_MS, waitingAtMost } from './forget-user.js';

export interface ForgetChildOptions {
  filesRoot: string | null;
  beforeErase?: () => void;
  /** As `forgetUser`'s: never wait long on another connection (the bot). */
  nonBlocking?: boolean;
}

/** The parent's own rows that may name the child: cleared (the session) or deleted (the rest). */
export const PARENT_ROWS_NAMING = {
  session: 'UPDATE sessions SET case_id = NULL, flow_id = NULL, flow_version = NULL, snapshot = NULL, pending = NULL WHERE user_id = ?',
  turns: 'DELETE FROM turns WHERE user_id = ?',
  questionPosts: 'DELETE FROM question_posts WHERE user_id = ?',
} as const;

export function forgetChild(db: Database.Database, userId: string, caseId: number, opts: ForgetChildOptions): ForgetReport {
  opts.beforeErase?.();
  if (db.inTransaction) throw new ForgetInTransactionError('erasing a child must run outside a transaction');
  const removed: Record<string, number> = {};
  let total = 0;
  const theirs = db.prepare('SELECT 1 FROM cases WHERE id = ? AND user_id = ?').get(caseId, userId) !== undefined;
  if (!theirs) return { userId, removed, total, filesRemoved: false, compacted: false, walTruncated: true };
  const plan = caseTables(db);
  const erase = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    total += deleteCounted(db, plan, (t) => bindCase(t, caseId), removed);
    db.prepare(PARENT_ROWS_NAMING.session).run(userId);
    for (const [table, sql] of [['turns', PARENT_ROWS_NAMING.turns], ['question_posts', PARENT_ROWS_NAMING.questionPosts]] as const) {
      const n = db.prepare(sql).run(userId).changes;
      if (n > 0) {
        removed[table] = n;
        total += n;
      }
    }
  });
  waitingAtMost(db, opts.nonBlocking ? WAIT_MS : null, () => erase());
  const { compacted, walTruncated } = finishErasing(db, { compact: true, nonBlocking: opts.nonBlocking === true });
  return { userId, removed, total, filesRemoved: removeChildFiles(opts.filesRoot, userId, caseId), compacted, walTruncated };
}
