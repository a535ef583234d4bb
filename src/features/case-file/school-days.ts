/**
 * School days for follow-ups, through luxon: the Nth school day after the day a request was sent,
 * in the parent's time zone, skipping the days that are not school days (weekends by default).
 * Term dates are not known (a parent who wants more time sets `followup-days`), with one
 * exception: 24 December to 1 January, when no school in any place we have rules for is open.
 */
import { DateTime } from 'luxon';
import { DEFAULT_SCHOOL_WEEK, inWinterBreak, MON_TO_FRI, WEEKDAY_IDS, type SchoolWeek, type WeekdayId } from '../daily-log/school-week.js';

/** How many school days to wait for a reply before a reminder, unless the parent says otherwise. */
export const DEFAULT_FOLLOWUP_DAYS = 10;
export const MIN_FOLLOWUP_DAYS = 1;
export const MAX_FOLLOWUP_DAYS = 60;
/** The reminder comes at the end of the Nth school day, local time: the school had the whole day. */
export const REMINDER_LOCAL_TIME = { hour: 16, minute: 0 } as const;

/** 24 December to 1 January (school-week.ts): never a reminder on Christmas Day. */
const inBreak = (d: DateTime): boolean => inWinterBreak(d.toISODate() ?? '');

/** The days of the break after `from` up to and including `to` that would be school days. */
function breakDaysIn(from: DateTime, to: DateTime, school: ReadonlySet<WeekdayId>): number {
  let n = 0;
  // Each break that starts in the year before `from` up to `to`'s year: nine days from 24 December.
  for (let year = from.year - 1; year <= to.year; year++) {
    const first = DateTime.fromObject({ year, month: 12, day: 24 }, { zone: 'UTC' });
    for (let i = 0; i < 9; i++) {
      const d = first.plus({ days: i });
      if (d > from && d <= to && school.has(WEEKDAY_IDS[d.weekday - 1] as WeekdayId)) n += 1;
    }
  }
  return n;
}

/**
 * Answers already worked out, by date, count and week: a flow works out the same next step's
 * day at each of its turns (each date through luxon, most of a turn's time). A pure function of
 * its arguments, so kept answers are exact; the oldest go past a few hundred.
 */
const known = new Map<string, string>();
const KNOWN_AT_MOST = 512;

/** The `n`th school day after `date` (YYYY-MM-DD; `date` itself is not counted). */
export function addSchoolDays(date: string, n: number, days: readonly WeekdayId[] = MON_TO_FRI): string {
  const key = `${date} ${n} ${days.join(',')}`;
  let answer = known.get(key);
  if (answer === undefined) {
    answer = schoolDayAfter(date, n, days);
    if (known.size >= KNOWN_AT_MOST) known.delete(known.keys().next().value as string);
    known.set(key, answer);
  }
  return answer;
}

function schoolDayAfter(date: string, n: number, days: readonly WeekdayId[]): string {
  const school = new Set(days.length ? days : MON_TO_FRI);
  const start = DateTime.fromISO(date, { zone: 'UTC' });
  if (!start.isValid) throw new Error(`not a date: ${date}`);
  let end = DateTime.fromISO(weekdaysAfter(date, n, school), { zone: 'UTC' });
  // The winter break's school days don't count: one more school day for each, outside it.
  for (let owed = breakDaysIn(start, end, school); owed > 0; ) {
    end = end.plus({ days: 1 });
    if (school.has(WEEKDAY_IDS[end.weekday - 1] as WeekdayId) && !inBreak(end)) owed -= 1;
  }
  return end.toISODate() ?? date;
}

/** The `n`th day after `date` on one of the school weekdays, the break aside. */
function weekdaysAfter(date: string, n: number, school: ReadonlySet<WeekdayId>): string {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  if (!d.isValid) throw new Error(`not a date: ${date}`);
  let left = Math.max(0, Math.floor(n));
  // Whole weeks at once (each holds every school day once), leaving at least one to step
  // through, so the answer still lands on a school day; then weekday by weekday. The steps
  // count days only: luxon moves the date once, at the end.
  const weeks = Math.max(0, Math.floor((left - 1) / school.size));
  left -= weeks * school.size;
  let offset = weeks * 7;
  let weekday = d.weekday - 1; // 0 = Monday
  while (left > 0) {
    offset += 1;
    weekday = (weekday + 1) % 7;
    if (school.has(WEEKDAY_IDS[weekday] as WeekdayId)) left -= 1;
  }
  return d.plus({ days: offset }).toISODate() ?? date;
}

export interface FollowupDue {
  /** The parent's local date the request went out. */
  sentOn: string;
  /** The local date of the reminder. */
  dueOn: string;
  /** The instant of the reminder (end of the Nth school day, local time). */
  dueAt: Date;
}

/** When to remind a parent who sent something at `sentAt` and waits `n` school days. */
export function followupDue(sentAt: Date, n: number, week: SchoolWeek = DEFAULT_SCHOOL_WEEK): FollowupDue {
  const local = DateTime.fromJSDate(sentAt, { zone: week.zone });
  const sentOn = local.toISODate() ?? sentAt.toISOString().slice(0, 10);
  const dueOn = addSchoolDays(sentOn, n, week.days);
  return { sentOn, dueOn, dueAt: endOfSchoolDay(dueOn, week.zone) };
}

/** The instant a reminder on local date `date` comes: the end of that school day (16:00) in `zone`. */
export function endOfSchoolDay(date: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return DateTime.fromObject({ year: y, month: m, day: d, ...REMINDER_LOCAL_TIME }, { zone }).toJSDate();
}

/** "Fri 11 Dec 2026", or "Fri, Dec 11, 2026" for a family that writes the month first (the US), as their letters do. */
export function shortDate(date: string, monthFirst = false): string {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return d.isValid ? d.setLocale('en-GB').toFormat(monthFirst ? 'ccc, LLL d, yyyy' : 'ccc d LLL yyyy') : date;
}

/** A day named as a sentence says it: "Monday 7 December" ("Monday, December 7" month first). */
export function weekdayDate(date: string, monthFirst = false): string {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return d.isValid ? d.setLocale('en-GB').toFormat(monthFirst ? 'cccc, LLLL d' : 'cccc d LLLL') : date;
}

/** School days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function schoolDaysBetween(from: string, to: string, days: readonly WeekdayId[] = MON_TO_FRI): number {
  const school = new Set(days.length ? days : MON_TO_FRI);
  const d = DateTime.fromISO(from, { zone: 'UTC' });
  const end = DateTime.fromISO(to, { zone: 'UTC' });
  if (!d.isValid || !end.isValid) return 0;
  const span = Math.round(end.diff(d, 'days').days);
  if (span <= 0) return 0;
  // Whole weeks at once, then the remaining days by weekday (no date arithmetic per day).
  const weeks = Math.floor(span / 7);
  let n = weeks * school.size;
  let weekday = d.weekday - 1; // 0 = Monday; whole weeks leave it unchanged
  for (let i = weeks * 7; i < span; i++) {
    weekday = (weekday + 1) % 7;
    if (school.has(WEEKDAY_IDS[weekday] as WeekdayId)) n += 1;
  }
  return n - breakDaysIn(d, end, school);
}
