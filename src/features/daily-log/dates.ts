/**
 * Local dates and time zones, all through luxon: no hand-written zone arithmetic anywhere in
 * the daily log. Dates are plain `YYYY-MM-DD` strings in the parent's zone.
 */
import { DateTime } from 'luxon';
import { dayIn, isRealZone } from '../../core/zones.js';
import { WEEKDAYS, type Weekday } from './model.js';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real IANA zone name (as luxon and the platform's ICU know them; checked once per name: core's zones.ts). */
export function isValidZone(zone: string): boolean {
  return isRealZone(zone);
}

/** The calendar date at `now` in `zone` (UTC when the parent has not told us theirs): core's `dayIn`. */
export const localDate = dayIn;

/**
 * A valid calendar date (not just the right shape). Worked out by hand, as `readableDate` is: a
 * command that only lists notes (`notes`) then never builds a luxon date, whose first one starts
 * the platform's Intl (20-40 ms of the command's start on this machine). Checked against luxon
 * over every day of several centuries (test/features/daily-log/plain-dates.test.ts).
 */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(s.slice(0, 4)), m);
}

/** Days in month `m` (1-12) of year `y`, by the Gregorian calendar's rules (as luxon's, before 1582 too). */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** The months' names in English, as luxon's en-GB writes them ("LLLL"). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

/** Inclusive count of days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: 'UTC' });
  const b = DateTime.fromISO(to, { zone: 'UTC' });
  return Math.round(b.diff(a, 'days').days) + 1;
}

export function weekdayOf(date: string): Weekday {
  const n = DateTime.fromISO(date, { zone: 'UTC' }).weekday; // 1 = Monday
  return WEEKDAYS[n - 1] ?? 'mon';
}

/** "Tue 24 Nov", or in the family's month-first style (the US) "Tue, Nov 24". */
export function dayLabel(date: string, monthFirst = false): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale('en-US').toFormat(monthFirst ? 'ccc, LLL d' : 'ccc d LLL');
}

/** "3 Nov – 21 Nov 2026", "28 Dec 2026 – 8 Jan 2027". */
export function rangeLabel(from: string, to: string): string {
  // en-US month abbreviations ("Sep", as on the chart's axis); the order is spelled out.
  const a = DateTime.fromISO(from, { zone: 'UTC' }).setLocale('en-US');
  const b = DateTime.fromISO(to, { zone: 'UTC' }).setLocale('en-US');
  if (from === to) return b.toFormat('d LLL yyyy');
  return a.year === b.year ? `${a.toFormat('d LLL')} – ${b.toFormat('d LLL yyyy')}` : `${a.toFormat('d LLL yyyy')} – ${b.toFormat('d LLL yyyy')}`;
}

/**
 * The instant a local wall-clock time happens on a local date in a zone. Luxon resolves the
 * DST cases: a time that does not exist (the spring-forward gap) moves forward by the gap; a
 * time that happens twice (fall back) is its FIRST occurrence (the earlier instant, still on
 * summer time): a parent who asked for 1:30 gets it the first time the clock shows 1:30.
 * Either way it is one instant, so one prompt.
 */
export function instantAt(date: string, time: string, zone: string): Date {
  const [hh, mm] = time.split(':').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  const dt = DateTime.fromObject({ year: y, month: m, day: d, hour: hh, minute: mm }, { zone });
  // Ambiguous local times have two possible offsets; luxon's default pick is not the first.
  const first = dt.getPossibleOffsets().reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a), dt);
  return first.toJSDate();
}

/** "07:30" → "7:30"; keeps the parent's 24-hour or 12-hour taste out of it. */
export function timeLabel(time: string): string {
  const [hh, mm] = time.split(':');
  return `${Number(hh)}:${mm ?? '00'}`;
}

/** The wall-clock time of an instant in a zone, HH:MM. */
export function localTimeOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}

/** "Monday": the locale's weekday name (luxon), for sentences built from content. */
export function weekdayName(day: Weekday): string {
  // 2024-01-01 was a Monday.
  return DateTime.fromISO('2024-01-01', { zone: 'UTC' }).plus({ days: WEEKDAYS.indexOf(day) }).setLocale('en-GB').toFormat('cccc');
}

/**
 * "5 November 2026", or "November 5, 2026" for a family that writes the month first (the US: the
 * case profile's `monthFirst`): the one date style of a family's letters, notes and packet. The
 * month is a word, so either reads right anywhere; it is the family's own all the same. Anything
 * that is not an ISO date (a parent's "at the review meeting") is returned as it is.
 */
export function readableDate(date: string, monthFirst = false): string {
  if (!isIsoDate(date)) return date;
  const year = date.slice(0, 4);
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  const day = Number(date.slice(8, 10));
  return monthFirst ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`;
}

/** "3 November – 21 November 2026", "28 December 2026 – 8 January 2027"; month first, "September 1 – November 25, 2026". */
export function readableRange(from: string, to: string, monthFirst = false): string {
  if (from === to) return readableDate(to, monthFirst);
  const a = DateTime.fromISO(from, { zone: 'UTC' }).setLocale('en-GB');
  if (a.year !== DateTime.fromISO(to, { zone: 'UTC' }).year) return `${readableDate(from, monthFirst)} – ${readableDate(to, monthFirst)}`;
  return `${a.toFormat(monthFirst ? 'LLLL d' : 'd LLLL')} – ${readableDate(to, monthFirst)}`;
}

/** The first day of the school year `date` falls in: 1 September (the UK's; US districts start in August or September). */
export function schoolYearStart(date: string): string {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return `${d.month >= 9 ? d.year : d.year - 1}-09-01`;
}

/** Every ISO date inside a text as `readableDate` writes it (letters kept from before dates were written out). */
export function readableDatesIn(text: string, monthFirst = false): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => readableDate(d, monthFirst));
}
