/**
 * The daily log's store port: check-in settings and one entry per child per day. Domain types
 * only; src/store/sqlite/daily-log-store.ts implements it. Added to core's `Store` as `logs`.
 */
import type { Attendance, CheckinSettings, LogEntry, LogSupport, LogTrigger, NewLogEntry, SupportId } from './model.js';

/** Fields of the check-in settings a caller may change; absent fields are left as they are. */
export type CheckinPatch = Partial<Omit<CheckinSettings, 'userId' | 'updatedAt'>>;

export interface EntryRange {
  caseId?: number | undefined;
  /** Inclusive local dates. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface DailyLogStore {
  getCheckin(userId: string): CheckinSettings | undefined;
  /** Creates the parent's settings row if needed (off by default) and applies the patch. */
  updateCheckin(userId: string, patch: CheckinPatch, at: string): CheckinSettings;
  /** Every parent whose daily check-in is on. */
  enabledCheckins(): CheckinSettings[];
  /** The parent's school-day length in hours (default 6.5). */
  schoolDayHours(userId: string): number;

  getEntry(userId: string, caseId: number, date: string): LogEntry | undefined;
  /** Writes a whole entry, replacing any entry for that child and day (triggers and supports too). */
  putEntry(userId: string, entry: NewLogEntry, at: string): { entry: LogEntry; replaced: boolean };
  /** Starts the day's entry with its attendance, replacing any earlier entry for that child and day. */
  startEntry(userId: string, caseId: number, date: string, attendance: Attendance, at: string): { replaced: boolean };
  setHours(userId: string, caseId: number, date: string, hours: { hours: number | null; arrived?: string | null; left?: string | null }, at: string): boolean;
  /** Changes the day's attendance, keeping the rest (a part day's time only while it stays one). */
  setAttendance(userId: string, caseId: number, date: string, attendance: Attendance, at: string): boolean;
  setDifficulty(userId: string, caseId: number, date: string, value: number, at: string): boolean;
  /** Adds a reason the day was harder; a listed one already there is kept once. */
  addTrigger(userId: string, caseId: number, date: string, trigger: LogTrigger, at: string): boolean;
  /** Adds a support tried; tapping a listed one again keeps one row (its "helped" is reset). */
  addSupport(userId: string, caseId: number, date: string, support: Omit<LogSupport, 'helped'> & { helped?: boolean | null }, at: string): boolean;
  /** Records whether the most recently added support with this id helped. */
  setHelped(userId: string, caseId: number, date: string, id: SupportId, helped: boolean | null, at: string): boolean;
  setNote(userId: string, caseId: number, date: string, note: string | null, at: string): boolean;
  /** Marks an absent day as off ill or another authorised absence (or not): out of the refusal figures. */
  setExcused(userId: string, caseId: number, date: string, excused: boolean, at: string): boolean;

  /** Entries oldest first. */
  listEntries(userId: string, range?: EntryRange): LogEntry[];
  /** Case ids with an entry on that date. */
  casesLoggedOn(userId: string, date: string): number[];
  /** Dates logged for one child, oldest first. */
  loggedDates(userId: string, caseId: number): string[];
}

declare module '../../core/ports.js' {
  interface Store {
    /** Daily check-ins and daily logs. */
    readonly logs: DailyLogStore;
  }
}
