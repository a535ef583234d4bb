/**
 * Time zones and calendar days, through luxon (IANA names; no zone arithmetic by hand). What the
 * engine does with them, and where a parent's zone comes from: parent-day.ts.
 */
import { DateTime, IANAZone } from 'luxon';

/** Where nothing better is known. */
export const FALLBACK_ZONE = 'UTC';

/**
 * Zone names already checked. luxon's `IANAZone.isValidZone` builds an `Intl.DateTimeFormat` on
 * every call (about 80 us, and native memory): once per name is enough. Bounded, as the names
 * come from what parents and platforms send.
 */
const checked = new Map<string, boolean>();
const CHECKED_MAX = 1_000;

/** A real IANA zone name, as luxon and the platform's ICU know them ("America/Chicago"). */
export function isRealZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length > 100) return false;
  let real = checked.get(zone);
  if (real === undefined) {
    real = IANAZone.isValidZone(zone);
    if (checked.size >= CHECKED_MAX) checked.clear();
    checked.set(zone, real);
  }
  return real;
}

/**
 * The day last worked out in each zone, with the instants it runs between (luxon's start and end
 * of that day, so a day of 23 or 25 hours is right): every turn asks for the parent's day, and
 * within the same day the answer is known without building a luxon date. Bounded like `checked`.
 */
const days = new Map<string, { day: string; from: number; to: number }>();

/** The calendar day (`YYYY-MM-DD`) at `now` in `zone` (UTC when the zone is not a real one). */
export function dayIn(now: Date, zone: string | null | undefined): string {
  const name = isRealZone(zone) ? zone : FALLBACK_ZONE;
  const t = now.getTime();
  const known = days.get(name);
  if (known !== undefined && t >= known.from && t <= known.to) return known.day;
  const dt = DateTime.fromJSDate(now, { zone: name });
  const day = dt.toISODate();
  if (day === null) return DateTime.fromJSDate(now, { zone: FALLBACK_ZONE }).toFormat('yyyy-MM-dd');
  if (days.size >= CHECKED_MAX) days.clear();
  days.set(name, { day, from: dt.startOf('day').toMillis(), to: dt.endOf('day').toMillis() });
  return day;
}
