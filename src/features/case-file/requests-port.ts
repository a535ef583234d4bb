/**
 * The case file's store port: requests sent and their follow-ups, and the two whole-parent
 * operations (export everything, forget everything), and erasing one child. Domain types only;
 * src/store/sqlite/requests-store.ts implements it. Added to core's `Store` as `requests`.
 */

import type { MaybePromise } from '../../core/ports.js';

/** Every row about a parent, by table, unsealed (the JSON export). */
export type TableRows = Record<string, Record<string, unknown>[]>;

/** What erasing a parent removed. */
export interface ForgetReport {
  userId: string;
  /** Rows removed, per table (tables with none are left out). */
  removed: Record<string, number>;
  total: number;
  /** The parent's files folder existed and was removed. */
  filesRemoved: boolean;
  /** VACUUM ran: the file was rebuilt. */
  compacted: boolean;
  /** The WAL was checkpointed in full and truncated to zero bytes. */
  walTruncated: boolean;
}

export const FOLLOWUP_STATUSES = ['open', 'answered', 'followed_up'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

export interface NewFollowup {
  userId: string;
  caseId: number | null;
  requestNoteId: number | null;
  /** Letter template id, when a drafted letter was sent. */
  letter: string | null;
  /** What was sent, in words (sealed). */
  about: string;
  sentAt: string;
  sentOn: string;
  schoolDays: number;
  dueOn: string;
  dueAt: string;
  timeZone: string;
}

export interface FollowupRow extends NewFollowup {
  id: number;
  status: FollowupStatus;
  remindedAt: string | null;
  closedAt: string | null;
}

/** What the scheduler needs to know about a due follow-up (nothing sealed). */
export interface DueFollowup {
  id: number;
  userId: string;
  dueOn: string;
  dueAt: string;
}

/** Which open follow-ups `closeFollowups` closes: one child's (and those tied to none), or the one with `id`. */
export interface CloseFollowupsOpts {
  caseId?: number | null | undefined;
  id?: number | undefined;
}

export interface RequestsStore {
  /** School days the parent waits before a follow-up reminder (default 10). */
  followupDays(userId: string): number;
  setFollowupDays(userId: string, days: number, at: string): void;

  openFollowup(f: NewFollowup): FollowupRow;
  getFollowup(userId: string, id: number): FollowupRow | undefined;
  /** Oldest first. */
  listFollowups(userId: string, opts?: { status?: FollowupStatus | undefined; caseId?: number | undefined }): FollowupRow[];
  /** Open follow-ups not yet reminded whose reminder time has come, for every parent. */
  dueFollowups(nowIso: string): DueFollowup[];
  markReminded(id: number, at: string): void;
  /** Closes a parent's open follow-ups (optionally one child's, or one follow-up: `id`); returns how many. */
  closeFollowups(userId: string, status: Exclude<FollowupStatus, 'open'>, at: string, opts?: CloseFollowupsOpts): number;

  /** Every row about the parent, in every table, unsealed. */
  exportAll(userId: string): TableRows;
  /**
   * Erases every row about the parent, their files, and the traces in the database files.
   * Never inside a transaction: the engine calls it after the confirming turn has committed.
   * Never waits long on another connection: when one holds the WAL, `walTruncated` is false
   * and `settleErase` finishes the job.
   */
  erase(userId: string): MaybePromise<ForgetReport>;
  /**
   * Erases one child of the parent's (a case id of theirs; any other erases nothing): the case
   * and every row about it, the conversation's state and the recorded replies (they may name the
   * child), the bot's files (never the parent's exported copies), and the traces in the
   * database files, as `erase` does. Outside any transaction, after the confirming turn.
   */
  eraseChild(userId: string, caseId: number): MaybePromise<ForgetReport>;
  /** Resolves once the database files hold nothing of the erased parents (retried in the background). */
  settleErase(): Promise<void>;
}

declare module '../../core/ports.js' {
  interface Store {
    /** The case file: requests sent, follow-ups due, export and forget. */
    readonly requests: RequestsStore;
  }
}
