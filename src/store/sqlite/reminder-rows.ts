/**
 * The reminders kept with a plain due time (follow-ups, review days): the same two questions of
 * each table - which are due and not yet sent, and marking one sent once.
 */
import type Database from 'better-sqlite3';

/** A table of reminders with `due_on`, `due_at`, `status` and `reminded_at` columns. */
export type ReminderTable = 'followups' | 'review_reminders';

export interface DueReminderRow {
  id: number;
  userId: string;
  dueOn: string;
  dueAt: string;
}

type Prepare = (sql: string) => Database.Statement;

/** Open reminders not yet sent whose time has come, oldest first. */
export function dueReminders(prepare: Prepare, table: ReminderTable, nowIso: string): DueReminderRow[] {
  const rows = prepare(
    `SELECT id, user_id, due_on, due_at FROM ${table} WHERE status = 'open' AND reminded_at IS NULL AND due_at <= ? ORDER BY due_at, id`,
  ).all(nowIso) as { id: number; user_id: string; due_on: string; due_at: string }[];
  return rows.map((r) => ({ id: r.id, userId: r.user_id, dueOn: r.due_on, dueAt: r.due_at }));
}

/** Marks a reminder sent, once (a second mark leaves the first time). */
export function markReminderSent(prepare: Prepare, table: ReminderTable, id: number, at: string): void {
  prepare(`UPDATE ${table} SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL`).run(at, id);
}
