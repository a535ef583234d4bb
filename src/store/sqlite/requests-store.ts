/**
 * The case file's repository: requests the parent sent and the follow-up due on each, the
 * parent's follow-up setting, and the two whole-parent operations (export everything, forget
 * everything). Synchronous, like the rest of the store. What was sent is sealed; dates, ids and
 * statuses stay plain so the scheduler finds what is due without opening anything.
 */
import type Database from 'better-sqlite3';
import { prepared } from './prepared.js';
import { dueReminders, markReminderSent } from './reminder-rows.js';
import * as z from 'zod';
import type { SealerFor } from './parent-sealers.js';
import { exportUserTables } from './export-json.js';
import { PendingErasure } from './pending-erasure.js';
import { UnreadableRows } from './unreadable-rows.js';
import { forgetUser } from './forget-user.js';
import { forgetChild } from './forget-child.js';
import { FOLLOWUP_STATUSES, type CloseFollowupsOpts, type DueFollowup, type FollowupRow, type FollowupStatus, type ForgetReport, type NewFollowup, type RequestsStore, type TableRows } from '../../features/case-file/requests-port.js';
import { DEFAULT_FOLLOWUP_DAYS, MAX_FOLLOWUP_DAYS, MIN_FOLLOWUP_DAYS } from '../../features/case-file/school-days.js';

const rowSchema = z.object({
  id: z.number(),
  user_id: z.string(),
  case_id: z.number().nullable(),
  request_note_id: z.number().nullable(),
  letter: z.string().nullable(),
  about: z.string(),
  sent_at: z.string(),
  sent_on: z.string(),
  school_days: z.number(),
  due_on: z.string(),
  due_at: z.string(),
  time_zone: z.string(),
  status: z.enum(FOLLOWUP_STATUSES),
  reminded_at: z.string().nullable(),
  closed_at: z.string().nullable(),
});

export interface SqliteRequestsStoreOptions {
  /** `<data dir>/files`, where the console keeps each parent's documents (null in memory). */
  filesRoot: string | null;
  /** Where rows skipped as unreadable are counted (the store's own). */
  unreadable?: UnreadableRows;
  /** Commits anything still open on the connection (group commit) before an erase. */
  flush?: () => void;
  /** Deletes the parent's data key once their rows are gone (crypto-shredding; keys-file.ts). */
  shred?: (userId: string) => number;
  /** Called after a parent's rows are erased (the store drops what it keeps in memory). */
  onErase?: () => void;
}

export class SqliteRequestsStore implements RequestsStore {
  constructor(
    private readonly db: Database.Database,
    private readonly sealerFor: SealerFor,
    private readonly opts: SqliteRequestsStoreOptions,
  ) {
    this.prepare = prepared(db);
    this.pendingErasure = new PendingErasure(db);
  }

  /** Prepared once per connection (src/store/sqlite/prepared.ts). */
  private readonly prepare: (sql: string) => Database.Statement;

  /** One damaged row (its `about` will not open) is skipped and counted, not fatal for the rest. */
  private readRows(userId: string, raws: unknown[]): FollowupRow[] {
    return (this.opts.unreadable ?? new UnreadableRows()).readEach(userId, 'followups', raws, (r) => this.toRow(r));
  }

  private toRow(raw: unknown): FollowupRow {
    const r = rowSchema.parse(raw);
    return {
      id: r.id,
      userId: r.user_id,
      caseId: r.case_id,
      requestNoteId: r.request_note_id,
      letter: r.letter,
      about: this.sealerFor(r.user_id).open(r.about),
      sentAt: r.sent_at,
      sentOn: r.sent_on,
      schoolDays: r.school_days,
      dueOn: r.due_on,
      dueAt: r.due_at,
      timeZone: r.time_zone,
      status: r.status,
      remindedAt: r.reminded_at,
      closedAt: r.closed_at,
    };
  }

  followupDays(userId: string): number {
    const r = this.prepare('SELECT followup_days AS d FROM case_file_settings WHERE user_id = ?').get(userId) as { d: number } | undefined;
    return r?.d ?? DEFAULT_FOLLOWUP_DAYS;
  }

  setFollowupDays(userId: string, days: number, at: string): void {
    if (!Number.isInteger(days) || days < MIN_FOLLOWUP_DAYS || days > MAX_FOLLOWUP_DAYS) {
      throw new RangeError(`follow-up days must be a whole number from ${MIN_FOLLOWUP_DAYS} to ${MAX_FOLLOWUP_DAYS}`);
    }
    this.prepare(
      `INSERT INTO case_file_settings (user_id, followup_days, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET followup_days = excluded.followup_days, updated_at = excluded.updated_at`,
    ).run(userId, days, at);
  }

  openFollowup(f: NewFollowup): FollowupRow {
    const info = this.prepare(
      `INSERT INTO followups (user_id, case_id, request_note_id, letter, about, sent_at, sent_on, school_days, due_on, due_at, time_zone)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(f.userId, f.caseId, f.requestNoteId, f.letter, this.sealerFor(f.userId).seal(f.about), f.sentAt, f.sentOn, f.schoolDays, f.dueOn, f.dueAt, f.timeZone);
    return { ...f, id: Number(info.lastInsertRowid), status: 'open', remindedAt: null, closedAt: null };
  }

  getFollowup(userId: string, id: number): FollowupRow | undefined {
    const raw = this.prepare('SELECT * FROM followups WHERE user_id = ? AND id = ?').get(userId, id);
    return raw === undefined ? undefined : this.readRows(userId, [raw])[0];
  }

  listFollowups(userId: string, opts: { status?: FollowupStatus | undefined; caseId?: number | undefined } = {}): FollowupRow[] {
    // CAST(? AS …): with a bare `?`, SQLite re-plans this query on every run (a partial index
    // on this table depends on the value of status), which made it 2-3x slower; the CAST keeps
    // the same index and the same plan. Measured in docs/performance.md.
    const where = ['user_id = CAST(? AS TEXT)'];
    const args: (string | number)[] = [userId];
    if (opts.status) {
      where.push('status = CAST(? AS TEXT)');
      args.push(opts.status);
    }
    if (opts.caseId !== undefined) {
      where.push('case_id = CAST(? AS INTEGER)');
      args.push(opts.caseId);
    }
    return this.readRows(userId, this.prepare(`SELECT * FROM followups WHERE ${where.join(' AND ')} ORDER BY sent_at, id`).all(...args));
  }

  dueFollowups(nowIso: string): DueFollowup[] {
    return dueReminders(this.prepare, 'followups', nowIso);
  }

  markReminded(id: number, at: string): void {
    markReminderSent(this.prepare, 'followups', id, at);
  }

  closeFollowups(
    userId: string,
    status: Exclude<FollowupStatus, 'open'>,
    at: string,
    opts: CloseFollowupsOpts = {},
  ): number {
    // A reminder answered closes its own follow-up; a reply about one child closes that child's
    // follow-ups (and ones not tied to a child).
    const byId = typeof opts.id === 'number';
    const byCase = !byId && typeof opts.caseId === 'number';
    const sql = `UPDATE followups SET status = ?, closed_at = ?
                 WHERE user_id = ? AND status = 'open' ${byId ? 'AND id = ?' : byCase ? 'AND (case_id = ? OR case_id IS NULL)' : ''}`;
    const args: (string | number)[] = [status, at, userId];
    if (byId) args.push(opts.id as number);
    else if (byCase) args.push(opts.caseId as number);
    return this.prepare(sql).run(...args).changes;
  }

  exportAll(userId: string): TableRows {
    return exportUserTables(this.db, this.sealerFor(userId), userId, (table, id) => this.opts.unreadable?.mark(userId, table, id));
  }

  private readonly pendingErasure: PendingErasure;
  private lastCompacted = true;

  erase(userId: string): ForgetReport {
    // Prepared statements are tied to the connection, not the schema state; VACUUM keeps them valid.
    try {
      const r = forgetUser(this.db, userId, { filesRoot: this.opts.filesRoot, nonBlocking: true, ...(this.opts.shred ? { shred: this.opts.shred } : {}), ...(this.opts.flush ? { beforeErase: this.opts.flush } : {}) });
      this.lastCompacted = r.compacted;
      return r;
    } finally {
      this.opts.onErase?.();
    }
  }

  eraseChild(userId: string, caseId: number): ForgetReport {
    try {
      const r = forgetChild(this.db, userId, caseId, { filesRoot: this.opts.filesRoot, open: (sealed) => this.sealerFor(userId).open(sealed), nonBlocking: true, ...(this.opts.flush ? { beforeErase: this.opts.flush } : {}) });
      this.lastCompacted = r.compacted;
      return r;
    } finally {
      this.opts.onErase?.();
    }
  }

  settleErase(): Promise<void> {
    return this.pendingErasure.settle(this.lastCompacted);
  }

  /** The store is closing: stop retrying (an erase still pending is reported unfinished). */
  close(): void {
    this.pendingErasure.close();
  }
}
