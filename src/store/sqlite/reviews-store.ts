/**
 * The review day's reminders on SQLite (src/features/case-file/reviews-port.ts). Nothing here is
 * sealed: ids, dates, an IANA zone and a status; the trial's words stay in their note.
 */
import type Database from 'better-sqlite3';
import * as z from 'zod';
import { prepared } from './prepared.js';
import { dueReminders, markReminderSent } from './reminder-rows.js';
import { REVIEW_STATUSES, type DueReview, type NewReviewReminder, type ReviewReminderRow, type ReviewsStore } from '../../features/case-file/reviews-port.js';

const rowSchema = z.object({
  id: z.number(),
  user_id: z.string(),
  case_id: z.number().nullable(),
  note_id: z.number().nullable(),
  review_on: z.string(),
  due_on: z.string(),
  due_at: z.string(),
  time_zone: z.string(),
  status: z.enum(REVIEW_STATUSES),
  created_at: z.string(),
  reminded_at: z.string().nullable(),
  closed_at: z.string().nullable(),
});

function toRow(raw: unknown): ReviewReminderRow {
  const r = rowSchema.parse(raw);
  return {
    id: r.id,
    userId: r.user_id,
    caseId: r.case_id,
    noteId: r.note_id,
    reviewOn: r.review_on,
    dueOn: r.due_on,
    dueAt: r.due_at,
    timeZone: r.time_zone,
    status: r.status,
    createdAt: r.created_at,
    remindedAt: r.reminded_at,
    closedAt: r.closed_at,
  };
}

export class SqliteReviewsStore implements ReviewsStore {
  private readonly prepare: (sql: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.prepare = prepared(db);
  }

  watch(r: NewReviewReminder): ReviewReminderRow {
    // One review day watched per child: a date kept again (corrected, or a new review) replaces it.
    this.prepare(`UPDATE review_reminders SET status = 'replaced', closed_at = ? WHERE user_id = ? AND status = 'open' AND case_id IS ?`).run(r.createdAt, r.userId, r.caseId);
    const info = this.prepare(
      `INSERT INTO review_reminders (user_id, case_id, note_id, review_on, due_on, due_at, time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(r.userId, r.caseId, r.noteId, r.reviewOn, r.dueOn, r.dueAt, r.timeZone, r.createdAt);
    return { ...r, id: Number(info.lastInsertRowid), status: 'open', remindedAt: null, closedAt: null };
  }

  get(userId: string, id: number): ReviewReminderRow | undefined {
    const raw = this.prepare('SELECT * FROM review_reminders WHERE user_id = ? AND id = ?').get(userId, id);
    return raw === undefined ? undefined : toRow(raw);
  }

  list(userId: string): ReviewReminderRow[] {
    return this.prepare('SELECT * FROM review_reminders WHERE user_id = ? ORDER BY created_at, id').all(userId).map(toRow);
  }

  due(nowIso: string): DueReview[] {
    return dueReminders(this.prepare, 'review_reminders', nowIso);
  }

  markReminded(id: number, at: string): void {
    markReminderSent(this.prepare, 'review_reminders', id, at);
  }

  snooze(userId: string, id: number, dueOn: string, dueAt: string): boolean {
    return this.prepare(`UPDATE review_reminders SET due_on = ?, due_at = ?, reminded_at = NULL WHERE user_id = ? AND id = ? AND status = 'open'`).run(dueOn, dueAt, userId, id).changes > 0;
  }

  close(userId: string, id: number, at: string): boolean {
    return this.prepare(`UPDATE review_reminders SET status = 'done', closed_at = ? WHERE user_id = ? AND id = ? AND status = 'open'`).run(at, userId, id).changes > 0;
  }
}
