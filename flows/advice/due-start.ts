/**
 * The day a length of time is counted from, when the words name it as a start ("2 weeks from the
 * 4th", "a fortnight from Monday", "10 school days from 3 Feb"): situations16. A start is a day
 * the school or the parent counts from, so it is the reading nearest the day it was said, before
 * or after (a start a month and more ago is still that day, never next year's); a day's number
 * alone ("the 4th") is the nearest day of that number; a weekday alone is the coming one (as "by
 * Friday" is read). Dates through luxon, in UTC calendar days.
 */
import { DateTime } from 'luxon';
import { MONTH, monthOf } from './numbered-day.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A length of time ("15 school days", "2 weeks", "a fortnight"), then a start ("from", "after", "starting", …). */
const LENGTH = String.raw`(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+(?:(?:school|working|business)\s+)?(?:days?|weeks?|fortnights?|months?)`;
const AFTER = String.raw`\s+(?:from|after|since|starting|commencing|as\s+of)\s+(?:(?:on|from)\s+)?(?:the\s+)?(?:next\s+|this\s+|this\s+coming\s+|coming\s+)?`;
/** A weekday alone, or a day's number alone ("the 4th"), as the start: the forms due-date.ts's own reading does not give. */
const BARE_START = new RegExp(`\\b${LENGTH}${AFTER}(?:(${WEEKDAYS.join('|')})|(\\d{1,2})(?:st|nd|rd|th))\\b(?!\\s*(?:of\\s+)?${MONTH})(?!,?\\s+(?:the\\s+)?\\d)`, 'i');

/** The reading of a day and month (no year) nearest `today`, before or after. */
export function nearestStart(today: DateTime, month: number, day: number): DateTime | null {
  const readings = [-1, 0, 1]
    .map((y) => DateTime.fromObject({ year: today.year + y, month: month + 1, day }, { zone: 'UTC' }))
    .filter((d) => d.isValid && d.day === day);
  return nearest(today, readings);
}

function nearest(today: DateTime, days: readonly DateTime[]): DateTime | null {
  let best: DateTime | null = null;
  for (const d of days) if (!best || Math.abs(d.diff(today, 'days').days) < Math.abs(best.diff(today, 'days').days)) best = d;
  return best;
}

/** The nearest day numbered `n` (last month's, this month's or next month's). */
function nearestNumbered(today: DateTime, n: number): DateTime | null {
  const months = [-1, 0, 1].map((m) => today.startOf('month').plus({ months: m }));
  return nearest(today, months.filter((m) => n >= 1 && n <= (m.daysInMonth ?? 0)).map((m) => m.set({ day: n })));
}

/** The coming weekday of that name (never today: "from Monday" said on a Monday is next week's). */
function comingWeekday(today: DateTime, name: string): DateTime {
  const target = WEEKDAYS.indexOf(name.toLowerCase()) + 1;
  return today.plus({ days: ((target - today.weekday + 7) % 7) || 7 });
}

/** A length before a weekday or a day's number alone: the length's words and the start (ISO), or undefined. */
export function bareStart(text: string, todayIso: string): { length: string; start: string } | undefined {
  const m = BARE_START.exec(text);
  const today = DateTime.fromISO(todayIso, { zone: 'UTC' });
  if (!m || !today.isValid) return undefined;
  const start = m[2] ? comingWeekday(today, m[2]) : nearestNumbered(today, Number(m[3]));
  const length = m[0].slice(0, m[0].search(new RegExp(AFTER, 'i'))).trim();
  return start ? { length, start: start.toISODate() ?? todayIso } : undefined;
}

/** A day and month (no year) read as a start: the nearest reading (ISO), or undefined. */
export function startOfDayMonth(todayIso: string, monthWord: string, day: number): string | undefined {
  const today = DateTime.fromISO(todayIso, { zone: 'UTC' });
  return today.isValid ? (nearestStart(today, monthOf(monthWord), day)?.toISODate() ?? undefined) : undefined;
}
