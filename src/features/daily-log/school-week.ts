/**
 * The parent's school week: which weekdays are school days, and their time zone, read from their
 * check-in settings. The daily log skips days off with it; the case file counts school days for
 * follow-ups with it.
 */
import { isRealZone } from '../../core/zones.js';

export const WEEKDAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayId = (typeof WEEKDAY_IDS)[number];
export const MON_TO_FRI: readonly WeekdayId[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The parent's school week: which weekdays are school days, and their time zone. */
export interface SchoolWeek {
  zone: string;
  days: readonly WeekdayId[];
}
export const DEFAULT_SCHOOL_WEEK: SchoolWeek = { zone: 'UTC', days: MON_TO_FRI };

export function isWeekdayId(s: string): s is WeekdayId {
  return (WEEKDAY_IDS as readonly string[]).includes(s);
}

/** A school week from stored settings, falling back to Mon–Fri and UTC for anything unusable. */
export function schoolWeek(zone: string | null | undefined, days: readonly string[] | null | undefined): SchoolWeek {
  const valid = (days ?? []).filter(isWeekdayId);
  return {
    zone: isRealZone(zone) ? zone : 'UTC',
    days: valid.length ? [...new Set(valid)] : MON_TO_FRI,
  };
}


/**
 * 24 December to 1 January (a local date, YYYY-MM-DD): no school in any place we have rules for
 * is open. Term dates are not known otherwise; this one break is everyone's.
 */
export function inWinterBreak(date: string): boolean {
  const monthDay = date.slice(5, 10);
  return monthDay >= '12-24' || monthDay === '01-01';
}
