/**
 * The due date in a parent's answer ("by 14 March", "within 10 school days", "12/18"), as an ISO
 * day counted from their own day. A day named after "from", "since" or "starting" is a start, not
 * the deadline: a period just before it runs from it ("15 school days from 11 jan"), and it is
 * never the day itself. A day and month with no year is the next time it comes round, except a
 * day just gone (within a month), which is that day (said as passed by the flows), never next
 * year's (fourteenth walk, W14-3); when the words name a later day too ("…so that's start of feb"), the later one is it.
 */
import { MONTH, monthOf, nextNumberedDay } from './numbered-day.js';
import { endsWithMonth, periodDue } from './due-periods.js';
import { bareStart, startOfDayMonth } from './due-start.js';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A date's calendar day in UTC, which the days counted here are kept in (from noon on the parent's day). */
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDay(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d ? date : null;
}

/** Days before today that a day and month with no year may be: a day just gone (as trial-review.ts reads an end); further back, it is next year's. */
const JUST_GONE_DAYS = 31;

/** A day and month without a year: the next time it comes round, unless it came within the last month (a day just gone is that day, never next year's). */
function nearestOccurrence(today: Date, month: number, day: number): Date | null {
  const y = today.getUTCFullYear();
  const readings = [y - 1, y, y + 1].map((year) => utcDay(year, month, day)).filter((d): d is Date => d !== null);
  const last = readings.filter((d) => d.getTime() < today.getTime()).at(-1);
  if (last && today.getTime() - last.getTime() <= JUST_GONE_DAYS * DAY_MS) return last;
  return readings.find((d) => d.getTime() >= today.getTime()) ?? null;
}

/** The end of a month with no year: one just gone (within a month) is passed, like a day just gone (review13-6), else the next. */
function nearestMonthEnd(today: Date, month: number): Date | null {
  const y = today.getUTCFullYear();
  const ends = [y - 1, y, y + 1].map((year) => new Date(Date.UTC(year, month + 1, 0)));
  const last = ends.filter((d) => d.getTime() < today.getTime()).at(-1);
  if (last && today.getTime() - last.getTime() <= JUST_GONE_DAYS * DAY_MS) return last;
  return ends.find((d) => d.getTime() >= today.getTime()) ?? null;
}

/** The last day of the week starting `monday` (ISO) that is not after `today`. */
function latestOfWeek(monday: string, today: string): string {
  const sunday = iso(new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY_MS));
  return sunday < today ? sunday : today;
}

// A month as MONTH reads one: "Sept", "Febuary", "Agust" (review11 2).
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b(?:,?\\s+(\\d{4}))?`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g');
/** "the start of feb", "beginning of March", "end of June": that month's first or last day. */
const MONTH_EDGE = new RegExp(`\\b(start|beginning|begining|end)\\s+of\\s+(${MONTH})\\b`, 'g');
/** A day written as a start: "from 11 jan", "since the 4th", "starting Monday 11 January", "as of 2027-01-11". */
const DATE_WORDS = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th))\\b`;
const START = new RegExp(`\\b(?:from|since|starting|commencing|as of)\\s+(?:(?:on|from)\\s+)?(?:the\\s+)?(${DATE_WORDS})`, 'g');
/** A length of time just before a start ("15 school days", "2 weeks", "a fortnight"): counted from it. */
const LENGTH_BEFORE = /\b(\d{1,3}|a|an|one|two|three|four|five|six|ten|fifteen|twenty)\s+(?:(?:school|working|business)\s+)?(?:days?|weeks?|fortnights?|months?)\s*$/;

/**
 * The days written with their month or year, in the order `dueFrom` has always taken the first: ISO, day-month, month-day, numbers.
 * `asStart`: a day counted from, with no year, is the reading nearest today, before or after (due-start.ts).
 */
function datesWritten(t: string, today: Date, monthFirst: boolean | undefined, asStart = false): Date[] {
  const isoDays = [...t.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const startDay = (month: string, day: number) => {
    const d = startOfDayMonth(iso(today), month, day);
    return d ? new Date(`${d}T00:00:00Z`) : null;
  };
  const named = (day: string, month: string, year: string | undefined) =>
    year ? utcDay(Number(year), monthOf(month), Number(day)) : asStart ? startDay(month, Number(day)) : nearestOccurrence(today, monthOf(month), Number(day));
  const dayMonth = [...t.matchAll(DAY_MONTH)].map((m) => named(m[1] as string, m[2] as string, m[3]));
  const monthDay = [...t.matchAll(MONTH_DAY)].map((m) => named(m[2] as string, m[1] as string, m[3]));
  const numeric = monthFirst === undefined ? null : numericDate(t, today, monthFirst);
  return [...isoDays, ...dayMonth, ...monthDay, numeric].filter((d): d is Date => d !== null);
}

/** "the start of feb" (its first day), "end of March" (its last), read as a day and month is. */
function monthEdges(t: string, today: Date): Date[] {
  return [...t.matchAll(MONTH_EDGE)].flatMap((m) => {
    const month = monthOf(m[2] as string);
    const first = m[1] === 'end' ? nearestMonthEnd(today, month) : nearestOccurrence(today, month, 1);
    return first ? [first] : [];
  });
}

/** The starts named, taken out of the words (so none is read as the deadline), and a period counted from the first of them. */
function readStarts(t: string, today: Date, monthFirst: boolean | undefined): { rest: string; counted?: string } {
  const starts = [...t.matchAll(START)];
  if (!starts.length) return { rest: t };
  const rest = t.replace(START, ' ');
  const first = starts[0] as RegExpMatchArray;
  const startDay = datesWritten(first[1] as string, today, monthFirst, true)[0] ?? null;
  const length = LENGTH_BEFORE.exec(t.slice(0, first.index));
  const counted = startDay && length ? periodDue(`within ${length[0].trim()}`, iso(startDay)) : undefined;
  return counted ? { rest, counted } : { rest };
}

/**
 * A due date (ISO `YYYY-MM-DD`) found in a parent's answer, relative to when they answered (an
 * instant on the parent's day: `parentNoon`, so "tomorrow" is the day after theirs), or
 * undefined. Unambiguous forms: `2025-03-14`, `14 March`, `March 14th, 2025`, `Friday`,
 * `tomorrow`, `in 2 weeks`, `within 10 school days` (due-periods.ts). `3/4/2025` means different days in the UK and US: it is read only
 * when the case's order is handed over (`monthFirst`, as its letters read dates), and a date that
 * cannot be read in that order ("13/25" in the US) names no day. A period the school gave itself
 * ("within 10 school days", "by the end of the week") runs from the day they said it: `saidOn`
 * (ISO) when that day is known, else the day the parent answered; one just before a start the
 * words name ("15 school days from 11 jan") runs from that start.
 */
export function dueFrom(text: string, at: string, monthFirst?: boolean, saidOn?: string): string | undefined {
  const now = new Date(at);
  if (Number.isNaN(now.getTime())) return undefined;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // "2 weeks from the 4th", "a fortnight from Monday": a start named by its number or weekday alone.
  const bare = bareStart(text, iso(today));
  if (bare) {
    const due = periodDue(`within ${bare.length.toLowerCase()}`, bare.start);
    if (due) return due;
  }
  const { rest: t, counted } = readStarts(text.toLowerCase(), today, monthFirst);
  if (counted) return counted;

  // The first day written; one just gone gives way to a later day the words name too.
  const written = datesWritten(t, today, monthFirst);
  const edges = monthEdges(t, today);
  const first = written[0] ?? edges[0];
  if (first) {
    const later = first.getTime() < today.getTime() ? [...written, ...edges].find((d) => d.getTime() >= today.getTime()) : undefined;
    return iso(later ?? first);
  }

  // "in 2 weeks", "within 10 school days", "in a fortnight", "by the end of the month", "10 school days from today" (before "today" alone).
  // A week given for when they said it ("Last week": "week of 2026-11-30"): a count of days, or the
  // end of that week, runs from its Monday (the earliest their date can be); the end of the month
  // from the latest day of that week not after today, so a week that began last month is read as this.
  const week = saidOn?.startsWith('week of ') ? saidOn.slice('week of '.length) : undefined;
  const saidDay = week && endsWithMonth(t) ? latestOfWeek(week, iso(today)) : (week ?? saidOn);
  const said = saidDay && /^\d{4}-\d{2}-\d{2}$/.test(saidDay) && saidDay <= iso(today) ? saidDay : iso(today);
  const period = periodDue(t, said);
  if (period) return period;

  if (/\btomorrow\b/.test(t)) return iso(new Date(today.getTime() + DAY_MS));
  if (/\btoday\b/.test(t)) return iso(today);

  // "by the 18th", "Friday 18th": the number says which day, not the weekday beside it.
  const numbered = nextNumberedDay(t, iso(today));
  if (numbered) return numbered;

  // Full names only: "sat" or "wed" are too often ordinary words.
  const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(t);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[1] as string);
    // "by Friday" said on a Friday means next week's.
    const ahead = ((target - today.getUTCDay() + 7) % 7) || 7;
    return iso(new Date(today.getTime() + ahead * DAY_MS));
  }
  return undefined;
}

/**
 * "12/18", "18/12/2026", "18.12.2026", "3-4-27": a date in numbers, in the case's order; without
 * a year, as a day and month is read. Without a year only the slash counts: "1-2 weeks",
 * "3-4 pm" and "1.5 weeks" are a range or an amount; nor is anything before a unit ("1/2 hour").
 */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}|\d{2}))?|([.-])(\d{1,2})\4(\d{4}|\d{2}))(?![\d/.-])(?!\s*(?:of|weeks?|days?|months?|years?|hours?|hrs?|mins?|minutes?|am|pm|a\.m|p\.m)\b)/;

/** A date written in numbers, as `dueFrom` reads one ("12/18", "18.12.2030"; not "1-2 weeks"). */
export function hasNumericDate(text: string): boolean {
  return NUMERIC_DATE.test(text);
}

/** The family's order of day and month, when known: month first in the US; unknown (undefined) before the case has a profile. */
export function dateOrder(context: { monthFirst?: string; profile?: string }): boolean | undefined {
  return context.profile ? context.monthFirst === 'yes' : undefined;
}

function numericDate(t: string, today: Date, monthFirst: boolean): Date | null {
  const m = NUMERIC_DATE.exec(t);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2] ?? m[5])];
  const [month, day] = monthFirst ? [a, b] : [b, a];
  if (month < 1 || month > 12) return null;
  const y = m[3] ?? m[6];
  const year = y ? Number(y.length === 2 ? `20${y}` : y) : undefined;
  return year === undefined ? nearestOccurrence(today, month - 1, day) : utcDay(year, month - 1, day);
}
