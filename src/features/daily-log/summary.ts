/**
 * Patterns from the daily log, for a date range: days logged, how many full / partial / absent,
 * an attendance rate, a weekday view, the most frequent reasons days were hard, which supports
 * were tried and how often they helped, and a trend (first half of the range against the second).
 *
 * Attendance rate: a full day counts 1, a partial day its hours ÷ the school-day length (capped
 * at 1; a partial day with no hours given counts ½, and `partial_hours_unknown` says how many
 * did, so the words can say so), an absent day 0; the rate is the sum ÷ days logged. Only logged
 * days count: a day nobody logged is unknown, not absent.
 *
 * `summarize` is pure (entries in, numbers out) so the letters and evidence packet can use it on
 * any set of entries; `summarizeFor` loads a parent's entries from the store first.
 */
import { daysBetween, addDays, weekdayOf } from './dates.js';
import type { DailyLogStore } from './daily-log-port.js';
import { DEFAULT_SCHOOL_DAY_HOURS, isExcused, supportName, triggerName, type LogEntry, type SupportId, type TriggerId, type Weekday } from './model.js';

export interface DayCounts {
  logged: number;
  full: number;
  partial: number;
  absent: number;
}

export interface WeekdayStats extends DayCounts {
  /** 0..1, null when nothing was logged that weekday. */
  attendance_rate: number | null;
  avg_difficulty: number | null;
}

export interface PeriodStats extends DayCounts {
  from: string;
  to: string;
  attendance_rate: number | null;
  avg_difficulty: number | null;
}

/** `mixed`: more time in school but harder mornings, or less time but easier mornings (W13-10): neither "better" nor "worse". */
export type TrendDirection = 'improving' | 'worsening' | 'mixed' | 'steady' | 'not_enough_data';

export interface TriggerCount {
  /** Plain English for a listed reason ("morning transition"), or the parent's own words for "other". */
  name: string;
  id: TriggerId;
  /** Days it was mentioned. */
  count: number;
}

export interface SupportCount {
  name: string;
  id: SupportId;
  /** Days it was tried. */
  tried: number;
  /** Days it helped / did not / the parent was not sure. */
  helped: number;
  not_helped: number;
  unsure: number;
}

export interface LogSummary {
  /** The range summarised (inclusive local dates); null only when there is nothing to summarise and no range was given. */
  from: string | null;
  to: string | null;
  days_logged: number;
  full: number;
  partial: number;
  absent: number;
  /**
   * Days logged as off ill or another authorised absence (W13-6): counted here only, left out of
   * every other figure (days_logged, absent, the rate, difficulty, reasons, weekdays, trend).
   */
  off_ill: number;
  /** Part days whose hours were not given ("Not sure yet"): each counts as half a day in the rate, and the words say so. */
  partial_hours_unknown: number;
  /** 0..1 (0 when no days are logged). */
  attendance_rate: number;
  /** Total hours in school over the logged days (full days at the school-day length). */
  hours_in_school: number;
  school_day_hours: number;
  avg_difficulty: number | null;
  /** `mon`…`fri` always; `sat`/`sun` only when something was logged on them. */
  by_weekday: Partial<Record<Weekday, WeekdayStats>> & Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri', WeekdayStats>;
  /** Most frequent first. */
  triggers: TriggerCount[];
  /** Most often tried first. */
  supports: SupportCount[];
  trend: {
    first: PeriodStats | null;
    second: PeriodStats | null;
    direction: TrendDirection;
    /** Second half minus first half (attendance rate, 0..1 scale; difficulty, 0–10 scale). */
    attendance_change: number | null;
    difficulty_change: number | null;
  };
}

export interface SummaryOptions {
  /** Inclusive local dates; default: the first and last logged day. */
  from?: string | undefined;
  to?: string | undefined;
  /** The parent's school-day length (default 6.5 h). */
  schoolDayHours?: number | undefined;
}

/** How much of a school day one entry counts for (0..1). */
export function dayShare(e: Pick<LogEntry, 'attendance' | 'hours'>, schoolDayHours = DEFAULT_SCHOOL_DAY_HOURS): number {
  if (e.attendance === 'full') return 1;
  if (e.attendance === 'absent') return 0;
  if (e.hours === null || !(schoolDayHours > 0)) return 0.5;
  return Math.min(1, Math.max(0, e.hours / schoolDayHours));
}

/** A part day whose hours were not given: drawn and described as such, counted as half a day. */
export const hoursUnknown = (e: Pick<LogEntry, 'attendance' | 'hours'>): boolean => e.attendance === 'partial' && e.hours === null;

/** Hours in school for one entry (full days at the school-day length; unknown partial hours at half). */
export function dayHours(e: Pick<LogEntry, 'attendance' | 'hours'>, schoolDayHours = DEFAULT_SCHOOL_DAY_HOURS): number {
  if (e.attendance === 'full') return schoolDayHours;
  if (e.attendance === 'absent') return 0;
  return e.hours ?? schoolDayHours / 2;
}

function counts(entries: readonly LogEntry[]): DayCounts {
  return {
    logged: entries.length,
    full: entries.filter((e) => e.attendance === 'full').length,
    partial: entries.filter((e) => e.attendance === 'partial').length,
    absent: entries.filter((e) => e.attendance === 'absent').length,
  };
}

function rate(entries: readonly LogEntry[], hours: number): number | null {
  if (entries.length === 0) return null;
  return entries.reduce((sum, e) => sum + dayShare(e, hours), 0) / entries.length;
}

function avgDifficulty(entries: readonly LogEntry[]): number | null {
  const scores = entries.map((e) => e.difficulty).filter((d): d is number => d !== null);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}

function period(entries: readonly LogEntry[], from: string, to: string, hours: number): PeriodStats {
  const inside = entries.filter((e) => e.date >= from && e.date <= to);
  return { from, to, ...counts(inside), attendance_rate: rate(inside, hours), avg_difficulty: avgDifficulty(inside) };
}

/** Changes smaller than these read as "steady": a tenth of a school day on average, or one point of difficulty. */
const RATE_STEP = 0.1;
const DIFFICULTY_STEP = 1;

function direction(first: PeriodStats, second: PeriodStats): { direction: TrendDirection; attendance_change: number | null; difficulty_change: number | null } {
  const attendance_change = first.attendance_rate !== null && second.attendance_rate !== null ? second.attendance_rate - first.attendance_rate : null;
  const difficulty_change = first.avg_difficulty !== null && second.avg_difficulty !== null ? Math.round((second.avg_difficulty - first.avg_difficulty) * 10) / 10 : null;
  if (first.logged < 2 || second.logged < 2 || attendance_change === null) return { direction: 'not_enough_data', attendance_change, difficulty_change };
  let dir: TrendDirection = 'steady';
  // More time in school while the mornings got harder is no plain "better" (W13-10), nor the reverse "worse".
  if (attendance_change >= RATE_STEP) dir = difficulty_change !== null && difficulty_change > 0 ? 'mixed' : 'improving';
  else if (attendance_change <= -RATE_STEP) dir = difficulty_change !== null && difficulty_change < 0 ? 'mixed' : 'worsening';
  else if (difficulty_change !== null && difficulty_change <= -DIFFICULTY_STEP) dir = 'improving';
  else if (difficulty_change !== null && difficulty_change >= DIFFICULTY_STEP) dir = 'worsening';
  return { direction: dir, attendance_change, difficulty_change };
}

/** Words for comparing two sayings of a reason: lower case, no "the"/"his"/…, no "again", no punctuation. */
const plainWords = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\b(?:the|a|an|his|her|their|my|again|as usual)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The parent's words for "something else", grouped: each saying goes with the shortest one it
 * begins with ("the corridors between lessons" with "the corridors"), shown in the words first
 * typed for that shortest one.
 */
function sameWords(all: readonly string[]): (words: string) => { key: string; name: string } {
  const firstSaid = new Map<string, string>();
  for (const w of all) if (plainWords(w) && !firstSaid.has(plainWords(w))) firstSaid.set(plainWords(w), w.trim());
  const shortest = [...firstSaid.keys()].sort((a, b) => a.length - b.length);
  return (words) => {
    const plain = plainWords(words);
    const key = shortest.find((k) => plain === k || plain.startsWith(`${k} `)) ?? (plain || words.trim().toLowerCase());
    return { key, name: firstSaid.get(key) ?? words.trim() };
  };
}

/** The summary of `entries` (one child's, or several) over a range. Pure. */
export function summarize(entries: readonly LogEntry[], opts: SummaryOptions = {}): LogSummary {
  const hours = opts.schoolDayHours && opts.schoolDayHours > 0 ? opts.schoolDayHours : DEFAULT_SCHOOL_DAY_HOURS;
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.caseId - b.caseId));
  const from = opts.from ?? sorted[0]?.date ?? opts.to ?? null;
  const to = opts.to ?? sorted[sorted.length - 1]?.date ?? opts.from ?? null;
  const all = sorted.filter((e) => (from === null || e.date >= from) && (to === null || e.date <= to));
  // A day off ill is no refusal day: out of the figures, counted on its own.
  const inRange = all.filter((e) => !isExcused(e));

  const groups = new Map<Weekday, LogEntry[]>();
  for (const e of inRange) {
    const d = weekdayOf(e.date);
    groups.set(d, [...(groups.get(d) ?? []), e]);
  }
  const stats = (day: Weekday): WeekdayStats => {
    const list = groups.get(day) ?? [];
    return { ...counts(list), attendance_rate: rate(list, hours), avg_difficulty: avgDifficulty(list) };
  };
  const byWeekday: LogSummary['by_weekday'] = {
    mon: stats('mon'),
    tue: stats('tue'),
    wed: stats('wed'),
    thu: stats('thu'),
    fri: stats('fri'),
    ...(groups.has('sat') ? { sat: stats('sat') } : {}),
    ...(groups.has('sun') ? { sun: stats('sun') } : {}),
  };

  // Reasons: counted once per day; "other" grouped by the parent's words, ignoring case, "the",
  // and a longer saying of the same thing ("the corridors between lessons" with "the corridors", W13-10).
  const sameAs = sameWords(inRange.flatMap((e) => e.triggers.flatMap((t) => (t.id === 'other' && t.detail ? [t.detail] : []))));
  const triggerMap = new Map<string, TriggerCount>();
  for (const e of inRange) {
    const seen = new Set<string>();
    for (const t of e.triggers) {
      const words = t.id === 'other' && t.detail ? t.detail.trim() : null;
      const group = words ? sameAs(words) : null;
      const key = group ? `other:${group.key}` : t.id;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = triggerMap.get(key) ?? { name: group?.name ?? triggerName(t.id), id: t.id, count: 0 };
      row.count += 1;
      triggerMap.set(key, row);
    }
  }
  const supportMap = new Map<string, SupportCount>();
  for (const e of inRange) {
    const seen = new Set<string>();
    for (const s of e.supports) {
      const words = s.id === 'other' && s.detail ? s.detail.trim() : null;
      const key = words ? `other:${words.toLowerCase()}` : s.id;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = supportMap.get(key) ?? { name: words ?? supportName(s.id), id: s.id, tried: 0, helped: 0, not_helped: 0, unsure: 0 };
      row.tried += 1;
      if (s.helped === true) row.helped += 1;
      else if (s.helped === false) row.not_helped += 1;
      else row.unsure += 1;
      supportMap.set(key, row);
    }
  }
  const byCount = <T extends { name: string }>(n: (x: T) => number) => (a: T, b: T) => n(b) - n(a) || a.name.localeCompare(b.name);

  let trend: LogSummary['trend'] = { first: null, second: null, direction: 'not_enough_data', attendance_change: null, difficulty_change: null };
  if (from !== null && to !== null && to >= from) {
    const n = daysBetween(from, to);
    if (n >= 2) {
      const mid = addDays(from, Math.ceil(n / 2) - 1);
      const first = period(inRange, from, mid, hours);
      const second = period(inRange, addDays(mid, 1), to, hours);
      trend = { first, second, ...direction(first, second) };
    }
  }

  const c = counts(inRange);
  return {
    from,
    to,
    days_logged: c.logged,
    full: c.full,
    partial: c.partial,
    absent: c.absent,
    off_ill: all.length - inRange.length,
    partial_hours_unknown: inRange.filter(hoursUnknown).length,
    attendance_rate: rate(inRange, hours) ?? 0,
    hours_in_school: Math.round(inRange.reduce((sum, e) => sum + dayHours(e, hours), 0) * 100) / 100,
    school_day_hours: hours,
    avg_difficulty: avgDifficulty(inRange),
    by_weekday: byWeekday,
    triggers: [...triggerMap.values()].sort(byCount((t) => t.count)),
    supports: [...supportMap.values()].sort(byCount((s) => s.tried)),
    trend,
  };
}

/** Loads one parent's entries (optionally one child's) and summarises them with their school-day length. */
export function summarizeFor(logs: DailyLogStore, userId: string, opts: { caseId?: number | undefined; from?: string | undefined; to?: string | undefined } = {}): LogSummary {
  const entries = logs.listEntries(userId, { caseId: opts.caseId, from: opts.from, to: opts.to });
  return summarize(entries, { from: opts.from, to: opts.to, schoolDayHours: logs.schoolDayHours(userId) });
}
