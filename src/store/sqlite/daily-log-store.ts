/**
 * The daily log's repository: check-in settings and one entry per child per day, with what made
 * the day harder and the supports tried. Parents' own words (the note, "other" details) go
 * through the Sealer; everything countable stays plain. Synchronous, like the rest of the store:
 * the engine calls it inside a turn's transaction.
 */
import type Database from 'better-sqlite3';
import { prepared } from './prepared.js';
import * as z from 'zod';
import type { SealerFor } from './parent-sealers.js';
import { UnreadableRows } from './unreadable-rows.js';
import type { HotCache } from './hot-cache.js';
import {
  DEFAULT_SCHOOL_DAY_HOURS,
  SCHOOL_DAYS,
  isSupportId,
  isTriggerId,
  isWeekday,
  type Attendance,
  type CheckinSettings,
  type LogEntry,
  type LogSupport,
  type LogTrigger,
  type NewLogEntry,
  type SupportId,
} from '../../features/daily-log/model.js';
import type { CheckinPatch, DailyLogStore, EntryRange } from '../../features/daily-log/daily-log-port.js';

const entryRowSchema = z.object({
  id: z.number(),
  user_id: z.string(),
  case_id: z.number(),
  log_date: z.string(),
  attendance: z.enum(['full', 'partial', 'absent']),
  hours: z.number().nullable(),
  arrived: z.string().nullable(),
  left_at: z.string().nullable(),
  difficulty: z.number().nullable(),
  note: z.string().nullable(),
  // Migration 015: absent from rows read through an older schema.
  excused: z.number().optional(),
  source: z.enum(['chat', 'import']),
  created_at: z.string(),
  updated_at: z.string(),
});
const triggerRowSchema = z.object({ entry_id: z.number(), trigger: z.string(), detail: z.string().nullable() });
const supportRowSchema = z.object({ entry_id: z.number(), support: z.string(), detail: z.string().nullable(), helped: z.number().nullable() });
const settingsRowSchema = z.object({
  user_id: z.string(),
  enabled: z.number(),
  local_time: z.string().nullable(),
  time_zone: z.string().nullable(),
  days: z.string(),
  pause_until: z.string().nullable(),
  skip_date: z.string().nullable(),
  snooze_date: z.string().nullable(),
  snooze_until: z.string().nullable(),
  school_day_hours: z.number(),
  active_from: z.string().nullable(),
  updated_at: z.string(),
});

export class SqliteDailyLogStore implements DailyLogStore {
  constructor(
    private readonly db: Database.Database,
    private readonly sealerFor: SealerFor,
    private readonly unreadable: UnreadableRows = new UnreadableRows(),
    /** The store's hot cache (each parent's check-in settings read once, until written) and its freshness check. */
    private readonly cached?: { cache: HotCache; fresh: () => void },
  ) {
    this.prepare = prepared(db);
  }

  /** Prepared once per connection (src/store/sqlite/prepared.ts). */
  private readonly prepare: (sql: string) => Database.Statement;

  private seal(userId: string, text: string | null | undefined): string | null {
    return text === null || text === undefined || text === '' ? null : this.sealerFor(userId).seal(text);
  }
  private open(userId: string, stored: string | null): string | null {
    return stored === null ? null : this.sealerFor(userId).open(stored);
  }

  // --- check-in settings -------------------------------------------------------------------

  private toSettings(raw: unknown): CheckinSettings {
    const r = settingsRowSchema.parse(raw);
    const days = r.days.split(',').filter(isWeekday);
    return {
      userId: r.user_id,
      enabled: r.enabled === 1,
      time: r.local_time,
      zone: r.time_zone,
      days: days.length ? days : [...SCHOOL_DAYS],
      pauseUntil: r.pause_until,
      skipDate: r.skip_date,
      snoozeDate: r.snooze_date,
      snoozeUntil: r.snooze_until,
      schoolDayHours: r.school_day_hours,
      activeFrom: r.active_from,
      updatedAt: r.updated_at,
    };
  }

  /** Read every turn (the parent's zone: src/core/parent-day.ts), so kept in the hot cache; a copy each time. */
  getCheckin(userId: string): CheckinSettings | undefined {
    this.cached?.fresh();
    const s = this.cached ? this.cached.cache.fact(userId, 'checkin', () => this.readCheckin(userId)) : this.readCheckin(userId);
    return s && { ...s, days: [...s.days] };
  }

  private readCheckin(userId: string): CheckinSettings | undefined {
    const raw = this.prepare('SELECT * FROM checkin_settings WHERE user_id = ?').get(userId);
    return raw === undefined ? undefined : this.toSettings(raw);
  }

  updateCheckin(userId: string, patch: CheckinPatch, at: string): CheckinSettings {
    this.cached?.cache.dropFacts(userId);
    this.prepare('INSERT OR IGNORE INTO checkin_settings (user_id, updated_at) VALUES (?, ?)').run(userId, at);
    const cols: Record<keyof CheckinPatch, string> = {
      enabled: 'enabled',
      time: 'local_time',
      zone: 'time_zone',
      days: 'days',
      pauseUntil: 'pause_until',
      skipDate: 'skip_date',
      snoozeDate: 'snooze_date',
      snoozeUntil: 'snooze_until',
      schoolDayHours: 'school_day_hours',
      activeFrom: 'active_from',
    };
    const sets: string[] = [];
    const values: (string | number | null)[] = [];
    for (const [key, col] of Object.entries(cols) as [keyof CheckinPatch, string][]) {
      if (!(key in patch)) continue;
      const v = patch[key];
      sets.push(`${col} = ?`);
      if (key === 'enabled') values.push(v ? 1 : 0);
      else if (key === 'days') values.push(Array.isArray(v) ? v.join(',') : SCHOOL_DAYS.join(','));
      else values.push(typeof v === 'string' || typeof v === 'number' ? v : null);
    }
    sets.push('updated_at = ?');
    values.push(at);
    this.prepare(`UPDATE checkin_settings SET ${sets.join(', ')} WHERE user_id = ?`).run(...values, userId);
    const row = this.getCheckin(userId);
    if (!row) throw new Error('check-in settings vanished');
    return row;
  }

  enabledCheckins(): CheckinSettings[] {
    return this.prepare('SELECT * FROM checkin_settings WHERE enabled = 1 ORDER BY user_id').all().map((r) => this.toSettings(r));
  }

  schoolDayHours(userId: string): number {
    return this.getCheckin(userId)?.schoolDayHours ?? DEFAULT_SCHOOL_DAY_HOURS;
  }

  // --- entries -------------------------------------------------------------------------------

  private entryId(userId: string, caseId: number, date: string): number | undefined {
    const r = this.prepare('SELECT id FROM daily_log_entries WHERE user_id = ? AND case_id = ? AND log_date = ?').get(userId, caseId, date) as
      | { id: number }
      | undefined;
    return r?.id;
  }

  private touch(id: number, at: string): void {
    this.prepare('UPDATE daily_log_entries SET updated_at = ? WHERE id = ?').run(at, id);
  }

  private assemble(rows: unknown[]): LogEntry[] {
    // A row that does not parse is skipped and counted for its parent (unreadable-rows.ts).
    const entries = rows.flatMap((raw) => {
      const e = entryRowSchema.safeParse(raw);
      if (e.success) return [e.data];
      const user = typeof raw === 'object' && raw !== null && 'user_id' in raw ? String((raw as { user_id: unknown }).user_id) : 'unknown';
      this.unreadable.mark(user, 'daily_log_entries', typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : 'unknown');
      return [];
    });
    if (entries.length === 0) return [];
    const userOf = new Map(entries.map((e) => [e.id, e.user_id]));
    const detail = (table: string, entryId: number, stored: string | null) =>
      this.unreadable.orNull(userOf.get(entryId) ?? 'unknown', table, entryId, () => this.open(userOf.get(entryId) ?? 'unknown', stored));
    const ids = entries.map((e) => e.id);
    const triggers = new Map<number, LogTrigger[]>();
    const supports = new Map<number, LogSupport[]>();
    // Chunked IN lists keep well under SQLite's variable limit for long ranges.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const marks = chunk.map(() => '?').join(',');
      for (const raw of this.prepare(`SELECT entry_id, trigger, detail FROM daily_log_triggers WHERE entry_id IN (${marks}) ORDER BY id`).all(...chunk)) {
        const t = triggerRowSchema.parse(raw);
        if (!isTriggerId(t.trigger)) continue;
        triggers.set(t.entry_id, [...(triggers.get(t.entry_id) ?? []), { id: t.trigger, detail: detail('daily_log_triggers', t.entry_id, t.detail) }]);
      }
      for (const raw of this.prepare(`SELECT entry_id, support, detail, helped FROM daily_log_supports WHERE entry_id IN (${marks}) ORDER BY id`).all(...chunk)) {
        const s = supportRowSchema.parse(raw);
        if (!isSupportId(s.support)) continue;
        supports.set(s.entry_id, [
          ...(supports.get(s.entry_id) ?? []),
          { id: s.support, detail: detail('daily_log_supports', s.entry_id, s.detail), helped: s.helped === null ? null : s.helped === 1 },
        ]);
      }
    }
    return entries.flatMap((e) => {
      // A day whose note will not open is skipped whole (and counted), not shown without it.
      let note: string | null;
      try {
        note = this.open(e.user_id, e.note);
      } catch {
        this.unreadable.mark(e.user_id, 'daily_log_entries', e.id);
        return [];
      }
      return [{
      id: e.id,
      userId: e.user_id,
      caseId: e.case_id,
      date: e.log_date,
      attendance: e.attendance,
      hours: e.hours,
      arrived: e.arrived,
      left: e.left_at,
      difficulty: e.difficulty,
      triggers: triggers.get(e.id) ?? [],
      supports: supports.get(e.id) ?? [],
      note,
      excused: e.attendance === 'absent' && e.excused === 1,
      source: e.source,
      createdAt: e.created_at,
      updatedAt: e.updated_at,
      }];
    });
  }

  getEntry(userId: string, caseId: number, date: string): LogEntry | undefined {
    const raw = this.prepare('SELECT * FROM daily_log_entries WHERE user_id = ? AND case_id = ? AND log_date = ?').get(userId, caseId, date);
    return raw === undefined ? undefined : this.assemble([raw])[0];
  }

  private insertEntry(userId: string, e: NewLogEntry, at: string): { id: number; replaced: boolean } {
    const old = this.entryId(userId, e.caseId, e.date);
    // Replace, not merge: the earlier entry's reasons and supports go with it (cascade).
    if (old !== undefined) this.prepare('DELETE FROM daily_log_entries WHERE id = ?').run(old);
    const info = this.prepare(
      `INSERT INTO daily_log_entries (user_id, case_id, log_date, attendance, hours, arrived, left_at, difficulty, note, excused, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      userId,
      e.caseId,
      e.date,
      e.attendance,
      e.hours ?? null,
      e.arrived ?? null,
      e.left ?? null,
      e.difficulty ?? null,
      this.seal(userId, e.note),
      e.attendance === 'absent' && e.excused ? 1 : 0,
      e.source ?? 'chat',
      at,
      at,
    );
    return { id: Number(info.lastInsertRowid), replaced: old !== undefined };
  }

  putEntry(userId: string, entry: NewLogEntry, at: string): { entry: LogEntry; replaced: boolean } {
    return this.db.transaction(() => {
      const { id, replaced } = this.insertEntry(userId, entry, at);
      for (const t of entry.triggers ?? []) this.insertTrigger(userId, id, t);
      for (const s of entry.supports ?? []) this.insertSupport(userId, id, s);
      const saved = this.getEntry(userId, entry.caseId, entry.date);
      if (!saved) throw new Error('entry not saved');
      return { entry: saved, replaced };
    })();
  }

  startEntry(userId: string, caseId: number, date: string, attendance: Attendance, at: string): { replaced: boolean } {
    return { replaced: this.insertEntry(userId, { caseId, date, attendance, source: 'chat' }, at).replaced };
  }

  private update(userId: string, caseId: number, date: string, at: string, sql: string, values: (string | number | null)[]): boolean {
    const id = this.entryId(userId, caseId, date);
    if (id === undefined) return false;
    this.prepare(`UPDATE daily_log_entries SET ${sql}, updated_at = ? WHERE id = ?`).run(...values, at, id);
    return true;
  }

  setHours(userId: string, caseId: number, date: string, h: { hours: number | null; arrived?: string | null; left?: string | null }, at: string): boolean {
    return this.update(userId, caseId, date, at, 'hours = ?, arrived = ?, left_at = ?', [h.hours, h.arrived ?? null, h.left ?? null]);
  }

  /** Changes the day's attendance, keeping the rest; the time in school goes with a day no longer a part day. */
  setAttendance(userId: string, caseId: number, date: string, attendance: Attendance, at: string): boolean {
    const partial = attendance === 'partial' ? 1 : 0;
    return this.update(userId, caseId, date, at, 'attendance = ?, hours = CASE WHEN ? THEN hours END, arrived = CASE WHEN ? THEN arrived END, left_at = CASE WHEN ? THEN left_at END, excused = 0', [attendance, partial, partial, partial]);
  }

  setDifficulty(userId: string, caseId: number, date: string, value: number, at: string): boolean {
    return this.update(userId, caseId, date, at, 'difficulty = ?', [value]);
  }

  setNote(userId: string, caseId: number, date: string, note: string | null, at: string): boolean {
    return this.update(userId, caseId, date, at, 'note = ?', [this.seal(userId, note)]);
  }

  setExcused(userId: string, caseId: number, date: string, excused: boolean, at: string): boolean {
    return this.update(userId, caseId, date, at, "excused = CASE WHEN attendance = 'absent' THEN ? ELSE 0 END", [excused ? 1 : 0]);
  }

  private insertTrigger(userId: string, entryId: number, t: LogTrigger): void {
    if (t.id !== 'other' || !t.detail) {
      const dup = this.prepare('SELECT 1 FROM daily_log_triggers WHERE entry_id = ? AND trigger = ? AND detail IS NULL').get(entryId, t.id);
      if (dup) return;
    }
    this.prepare('INSERT INTO daily_log_triggers (user_id, entry_id, trigger, detail) VALUES (?, ?, ?, ?)').run(userId, entryId, t.id, this.seal(userId, t.detail));
  }

  private insertSupport(userId: string, entryId: number, s: Omit<LogSupport, 'helped'> & { helped?: boolean | null }): void {
    if (s.id !== 'other' || !s.detail) this.prepare('DELETE FROM daily_log_supports WHERE entry_id = ? AND support = ? AND detail IS NULL').run(entryId, s.id);
    const helped = s.helped === undefined || s.helped === null ? null : s.helped ? 1 : 0;
    this.prepare('INSERT INTO daily_log_supports (user_id, entry_id, support, detail, helped) VALUES (?, ?, ?, ?, ?)').run(userId, entryId, s.id, this.seal(userId, s.detail), helped);
  }

  addTrigger(userId: string, caseId: number, date: string, trigger: LogTrigger, at: string): boolean {
    const id = this.entryId(userId, caseId, date);
    if (id === undefined) return false;
    this.insertTrigger(userId, id, trigger);
    this.touch(id, at);
    return true;
  }

  addSupport(userId: string, caseId: number, date: string, support: Omit<LogSupport, 'helped'> & { helped?: boolean | null }, at: string): boolean {
    const id = this.entryId(userId, caseId, date);
    if (id === undefined) return false;
    this.insertSupport(userId, id, support);
    this.touch(id, at);
    return true;
  }

  setHelped(userId: string, caseId: number, date: string, support: SupportId, helped: boolean | null, at: string): boolean {
    const id = this.entryId(userId, caseId, date);
    if (id === undefined) return false;
    const row = this.prepare('SELECT id FROM daily_log_supports WHERE entry_id = ? AND support = ? ORDER BY id DESC LIMIT 1').get(id, support) as
      | { id: number }
      | undefined;
    if (!row) return false;
    this.prepare('UPDATE daily_log_supports SET helped = ? WHERE id = ?').run(helped === null ? null : helped ? 1 : 0, row.id);
    this.touch(id, at);
    return true;
  }

  listEntries(userId: string, range: EntryRange = {}): LogEntry[] {
    const where = ['user_id = ?'];
    const args: (string | number)[] = [userId];
    if (range.caseId !== undefined) {
      where.push('case_id = ?');
      args.push(range.caseId);
    }
    if (range.from) {
      where.push('log_date >= ?');
      args.push(range.from);
    }
    if (range.to) {
      where.push('log_date <= ?');
      args.push(range.to);
    }
    const rows = this.prepare(`SELECT * FROM daily_log_entries WHERE ${where.join(' AND ')} ORDER BY log_date, case_id`).all(...args);
    return this.assemble(rows);
  }

  casesLoggedOn(userId: string, date: string): number[] {
    return (this.prepare('SELECT case_id FROM daily_log_entries WHERE user_id = ? AND log_date = ? ORDER BY case_id').all(userId, date) as { case_id: number }[]).map(
      (r) => r.case_id,
    );
  }

  loggedDates(userId: string, caseId: number): string[] {
    return (this.prepare('SELECT log_date FROM daily_log_entries WHERE user_id = ? AND case_id = ? ORDER BY log_date').all(userId, caseId) as { log_date: string }[]).map(
      (r) => r.log_date,
    );
  }
}

