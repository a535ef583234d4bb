/**
 * Which daily check-ins are due at an instant: the scheduler's DueSource for check-ins.
 *
 * A parent's prompt is due once their local wall clock has passed their check-in time on one
 * of their school days, and stays due until the end of that local day: if the bot was down at
 * 7:30 it is sent once when it comes back, but never the next day. The scheduler's
 * `sent_prompts` table (key `checkin:<user>:<local date>`) makes it once-only across restarts.
 * Every zone and DST rule is luxon's (src/features/daily-log/dates.ts); nothing here adds hours by hand.
 *
 * Not due: check-ins switched off, a day not in the parent's days, the winter break (24 December
 * to 1 January, school-week.ts), a paused day (until the pause date), a skipped day, a day before the parent opted in (when they set the time after it
 * had passed), and a day every child already has logged. A snooze replaces the day's prompt
 * with one at the snooze time (its own key, so it is sent once too).
 */
import type { Store } from '../../core/ports.js';
import type { DueItem, DueSource } from '../../core/ports.js';
import { addDays, instantAt, isValidZone, localDate, weekdayOf } from './dates.js';
import type { CheckinSettings, Weekday } from './model.js';
import { inWinterBreak } from './school-week.js';

export const CHECKIN_COMMAND = 'checkin-prompt';

export const checkinKey = (userId: string, date: string): string => `checkin:${userId}:${date}`;

/** The prompt due for one parent at `now`, if any. Pure: settings and an instant in, an item out. */
export function checkinDue(s: CheckinSettings, now: Date): DueItem | null {
  if (!s.enabled || !s.time || !s.zone || !isValidZone(s.zone)) return null;
  const today = localDate(now, s.zone);
  if (s.skipDate === today || inWinterBreak(today)) return null;
  if (s.pauseUntil && today < s.pauseUntil) return null;
  if (s.snoozeDate === today && s.snoozeUntil) {
    const until = new Date(s.snoozeUntil);
    if (Number.isNaN(until.getTime()) || now < until) return null;
    return { userId: s.userId, key: `${checkinKey(s.userId, today)}:snooze:${s.snoozeUntil}`, command: CHECKIN_COMMAND, args: today, localDate: today, dueAt: until.toISOString() };
  }
  if (!s.days.includes(weekdayOf(today))) return null;
  const dueAt = instantAt(today, s.time, s.zone);
  if (now < dueAt) return null;
  // Set up after today's time had passed: the first prompt is the next school day, not right now.
  if (s.activeFrom && dueAt < new Date(s.activeFrom)) return null;
  return { userId: s.userId, key: checkinKey(s.userId, today), command: CHECKIN_COMMAND, args: today, localDate: today, dueAt: dueAt.toISOString() };
}

/**
 * When the parent's next check-in day after `date` falls in the winter break: the first one after
 * it (the last prompt before the break says when the next will come). Null otherwise.
 */
export function nextCheckinAfterBreak(date: string, days: readonly Weekday[]): string | null {
  if (days.length === 0) return null;
  let next = addDays(date, 1);
  while (!days.includes(weekdayOf(next))) next = addDays(next, 1);
  if (!inWinterBreak(next)) return null;
  while (inWinterBreak(next) || !days.includes(weekdayOf(next))) next = addDays(next, 1);
  return next;
}

/** The first of the parent's check-in days on or after `date`, outside the winter break: when a pause ends (W15-8). */
export function firstCheckinFrom(date: string, days: readonly Weekday[]): string {
  if (days.length === 0) return date;
  let day = date;
  while (inWinterBreak(day) || !days.includes(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

export function createCheckinSource(store: Pick<Store, 'logs' | 'listCases'>): DueSource {
  return {
    name: 'checkin',
    due(now: Date): DueItem[] {
      const items: DueItem[] = [];
      for (const s of store.logs.enabledCheckins()) {
        const item = checkinDue(s, now);
        if (!item || !item.localDate) continue;
        // Nothing to ask when every child's day is already logged (a parent who logs early).
        const children = store.listCases(s.userId).length;
        if (children > 0 && store.logs.casesLoggedOn(s.userId, item.localDate).length >= children) continue;
        items.push(item);
      }
      return items;
    },
  };
}
