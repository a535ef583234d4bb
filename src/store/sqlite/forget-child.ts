/**
 * Erase one child (the fifteenth walk, W15-5: "delete Noah's data"): the child's case and every
 * row hanging from it (`case-tables.ts`: notes, statements, letters, requests, the daily log,
 * follow-ups, review reminders), and what of the parent's own rows may name the child: the
 * conversation's state (the flow, the question waiting, the open case) is cleared; of the
 * parent's recorded replies (the outbox), those delivered go (kept only to refuse a re-sent
 * event) and those not yet shown go only when they are about the child (`child-replies.ts`: the
 * child's case recorded on the row, a file of theirs, or their name), so a reply about another
 * child or the parent's own is still shown; of the records of where questions were posted, only
 * those about the child go (the same reading), so a button on another child's question still
 * finds its record. The bot's own files about the
 * child (letters and charts saved as files, in the child's folder) go, with those tied to no
 * child (`removeChildFiles`); other children's stay, and so do the copies the parent exported,
 * which are theirs (`<data dir>/exports`). Then, as forget does, no copy of the words is left in
 * the database files (`finishErasing`).
 *
 * One data key per parent: what copies of the database made before (a backup) hold of the
 * child stays sealed with the parent's key, so it is shredded when the parent forgets everything.
 * Must run outside any transaction: the engine runs it after the confirming turn has committed.
 */
import type Database from 'better-sqlite3';
import type { ForgetReport } from '../../features/case-file/requests-port.js';
import { bindCase, caseTables } from './case-tables.js';
import { postsAboutChild, turnsAboutChild, type OutboxRow, type PostRow } from './child-replies.js';
import { repliesFromJson } from './replies-json.js';
import { deleteCounted, finishErasing, ForgetInTransactionError, removeChildFiles, WAIT_MS, waitingAtMost } from './forget-user.js';

export interface ForgetChildOptions {
  filesRoot: string | null;
  /** Opens a value sealed with the parent's key (their child's name, their replies not yet shown). */
  open: (sealed: string) => string;
  beforeErase?: () => void;
  /** As `forgetUser`'s: never wait long on another connection (the bot). */
  nonBlocking?: boolean;
}

/** The parent's own rows that may name the child: cleared (the session) or deleted (the rest). */
export const PARENT_ROWS_NAMING = {
  session: 'UPDATE sessions SET case_id = NULL, flow_id = NULL, flow_version = NULL, snapshot = NULL, pending = NULL WHERE user_id = ?',
  deliveredTurns: 'DELETE FROM turns WHERE user_id = ? AND delivered_at IS NOT NULL',
} as const;

/** What is read before erasing, to tell which replies not yet shown are about the child. */
export const CHILD_REPLIES = {
  nickname: 'SELECT nickname FROM cases WHERE id = ? AND user_id = ?',
  undelivered: 'SELECT event_id, replies, case_ids FROM turns WHERE user_id = ? AND delivered_at IS NULL',
  deleteTurn: 'DELETE FROM turns WHERE event_id = ? AND user_id = ?',
  posts: 'SELECT channel, prompt_id, view, case_ids FROM question_posts WHERE user_id = ?',
  deletePost: 'DELETE FROM question_posts WHERE user_id = ? AND channel = ? AND prompt_id = ?',
} as const;

/** Opens an outbox row's replies as the store keeps them (sealed JSON). */
export const repliesOpener = (open: (sealed: string) => string) => (sealed: string) => repliesFromJson(open(sealed));

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
    const nickname = opts.open((db.prepare(CHILD_REPLIES.nickname).get(caseId, userId) as { nickname: string }).nickname);
    const unshown = db.prepare(CHILD_REPLIES.undelivered).all(userId) as OutboxRow[];
    const aboutChild = turnsAboutChild(unshown, repliesOpener(opts.open), caseId, [nickname]);
    const postsOf = postsAboutChild(db.prepare(CHILD_REPLIES.posts).all(userId) as PostRow[], opts.open, caseId, [nickname]);
    total += deleteCounted(db, plan, (t) => bindCase(t, caseId), removed);
    db.prepare(PARENT_ROWS_NAMING.session).run(userId);
    let turns = db.prepare(PARENT_ROWS_NAMING.deliveredTurns).run(userId).changes;
    for (const id of aboutChild) turns += db.prepare(CHILD_REPLIES.deleteTurn).run(id, userId).changes;
    let posts = 0;
    for (const p of postsOf) posts += db.prepare(CHILD_REPLIES.deletePost).run(userId, p.channel, p.prompt_id).changes;
    for (const [table, n] of [['turns', turns], ['question_posts', posts]] as const) {
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
