/**
 * Reading what a parent types, for the daily log and check-ins: times ("7:30", "half past 7"
 * is not attempted), school days, dates ("yesterday", "mon", "20 Nov"), hours in school
 * ("9:30-12", "3.5", "2h30", "an hour and a half"), a 0–10 score, attendance in words, and
 * reasons and supports by name. Time zones are read in parse-zone.ts. Pure functions; a null
 * result means "ask again".
 */
import { DateTime } from 'luxon';
import { monthNamed } from '../../../flows/advice/numbered-day.js';
import { once, shippedAlternation } from '../../content/catalog.js';
import { triggersNamedIn } from './trigger-words.js';
import { straightApostrophes } from '../../core/flow-kit.js';
import { addDays, isIsoDate, weekdayOf } from './dates.js';
import { findZone } from './parse-zone.js';
import {
  SCHOOL_DAYS,
  SUPPORTS,
  TRIGGERS,
  WEEKDAYS,
  type Attendance,
  type SupportId,
  type TriggerId,
  type Weekday,
} from './model.js';

const pad = (n: number) => String(n).padStart(2, '0');

function hhmm(h: number, m: number): string | null {
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return null;
  return `${pad(h)}:${pad(m)}`;
}

/** "7:30", "07.30", "7:30am", "7 am", "7pm", "19:00", "0730" → "HH:MM". */
export function parseTime(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d{1,2})(?:[:.h](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!m) {
    const compact = /^(\d{2})(\d{2})$/.exec(t);
    if (compact) return hhmm(Number(compact[1]), Number(compact[2]));
    return null;
  }
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const ampm = m[3]?.replace(/\./g, '');
  if (!m[2] && !ampm) return null; // a bare "7" is a number, not a time
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'pm' && h !== 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
  }
  return hhmm(h, min);
}

/** The first time mentioned in a sentence ("remind me at 7:30 on school days"). */
export function findTime(text: string): string | null {
  const t = text.toLowerCase();
  const re = /\b(\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2})(?![\d/])/g;
  for (const m of t.matchAll(re)) {
    const time = parseTime(m[1] as string);
    if (time) return time;
  }
  const at = /\bat (\d{1,2})\b(?![:.\d])/.exec(t);
  if (at) {
    const h = Number(at[1]);
    // "at 7" on its own: a morning check-in is the common case; 12–23 are taken as said.
    if (h >= 5 && h <= 11) return hhmm(h, 0);
    if (h >= 12 && h <= 23) return hhmm(h, 0);
  }
  return null;
}

const DAY_WORDS: Record<string, Weekday> = {
  mon: 'mon', monday: 'mon', mondays: 'mon',
  tue: 'tue', tues: 'tue', tuesday: 'tue', tuesdays: 'tue',
  wed: 'wed', weds: 'wed', wednesday: 'wed', wednesdays: 'wed',
  thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu', thursdays: 'thu',
  fri: 'fri', friday: 'fri', fridays: 'fri',
  sat: 'sat', saturday: 'sat', saturdays: 'sat',
  sun: 'sun', sunday: 'sun', sundays: 'sun',
};

/** `mon,tue,wed` (CLI form) or words ("school days", "weekdays", "mon to thu", "every day"). */
export function parseDays(text: string): Weekday[] | null {
  const t = text.toLowerCase();
  if (/\b(every ?day|daily|all week|7 days)\b/.test(t)) return [...WEEKDAYS];
  if (/\b(school ?days|week ?days|weekdays|mon(day)?\s*(-|–|to|through|thru)\s*fri(day)?)\b/.test(t)) return [...SCHOOL_DAYS];
  if (/\bweekends?\b/.test(t)) return ['sat', 'sun'];
  const range = /\b([a-z]+)\s*(?:-|–|to|through|thru|until)\s*([a-z]+)\b/.exec(t);
  if (range) {
    const a = DAY_WORDS[range[1] as string];
    const b = DAY_WORDS[range[2] as string];
    if (a && b) {
      const i = WEEKDAYS.indexOf(a);
      const j = WEEKDAYS.indexOf(b);
      if (i <= j) return WEEKDAYS.slice(i, j + 1);
    }
  }
  const found = new Set<Weekday>();
  for (const w of t.split(/[^a-z]+/)) {
    const d = DAY_WORDS[w];
    if (d) found.add(d);
  }
  return found.size ? WEEKDAYS.filter((d) => found.has(d)) : null;
}

export interface ReminderRequest {
  time: string | null;
  days: Weekday[] | null;
  zone: string | null;
}

/** "remind me at 7:30 on school days" → time 07:30, days mon–fri, zone unknown. */
export function parseReminderRequest(text: string): ReminderRequest {
  return { time: findTime(text), days: parseDays(text.replace(/\b\d{1,2}[:.]\d{2}\b/g, ' ')), zone: findZone(text) };
}


export type DateAnswer = { date: string } | { error: 'future' | 'unknown' };

/**
 * A day to log, relative to the parent's `today`: "today", "yesterday", "the day before
 * yesterday", a weekday ("monday" = the most recent one, today included; "last monday" = the
 * one before today), "2026-11-20", "20 Nov", "Nov 20", "20th November 2026". Days in the future
 * are refused (there is nothing to log yet).
 */
export function parseLogDate(text: string, today: string): DateAnswer {
  const t = text.trim().toLowerCase().replace(/[.,!]/g, ' ').replace(/\s+/g, ' ').trim();
  let date: string | null = null;
  if (t === '' || t === 'today') date = today;
  // "yestrday", "yday": yesterday typed in a hurry.
  else if (t === 'yesterday' || /^(?:y(?:e?st?e?r?a?d[a-z]{0,2}y?|day)|yest)$/.test(t)) date = addDays(today, -1);
  else if (/^(the )?day before yesterday$/.test(t)) date = addDays(today, -2);
  else if (isIsoDate(t)) date = t;
  else {
    const wd = /^(last |this |on )?([a-z]+)$/.exec(t);
    const day = wd ? DAY_WORDS[wd[2] as string] : undefined;
    if (wd && day) {
      const back = (WEEKDAYS.indexOf(weekdayOf(today)) - WEEKDAYS.indexOf(day) + 7) % 7;
      date = addDays(today, wd[1] === 'last ' && back === 0 ? -7 : -back);
    } else {
      const dm = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)(?: (\d{4}))?$/.exec(t);
      const md = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/.exec(t);
      const parts = dm ? { d: dm[1], m: dm[2], y: dm[3] } : md ? { d: md[2], m: md[1], y: md[3] } : null;
      if (parts) {
        const month = monthNamed(parts.m ?? '') + 1;
        if (month > 0) {
          const thisYear = Number(today.slice(0, 4));
          let year = parts.y ? Number(parts.y) : thisYear;
          let dt = DateTime.fromObject({ year, month, day: Number(parts.d) }, { zone: 'UTC' });
          // "20 Dec" said in January means last December.
          if (!parts.y && dt.isValid && (dt.toISODate() ?? '') > today) {
            year -= 1;
            dt = DateTime.fromObject({ year, month, day: Number(parts.d) }, { zone: 'UTC' });
          }
          if (dt.isValid) date = dt.toISODate();
        }
      }
    }
  }
  if (!date) return { error: 'unknown' };
  if (date > today) return { error: 'future' };
  return { date };
}

export interface HoursAnswer {
  hours: number;
  arrived: string | null;
  left: string | null;
}

function clockTime(raw: string, isEnd: boolean, start?: number): number | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)?$/.exec(raw.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (min > 59) return null;
  if (m[3]) {
    if (h < 1 || h > 12) return null;
    if (m[3] === 'pm' && h !== 12) h += 12;
    if (m[3] === 'am' && h === 12) h = 0;
  } else if (h > 23) return null;
  else if (!isEnd && h >= 1 && h <= 6) h += 12; // "1 to 3": school hours, so the afternoon
  let minutes = h * 60 + min;
  if (isEnd && start !== undefined && minutes <= start && h < 12) minutes += 12 * 60; // "10 to 1"
  return minutes;
}

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

/**
 * A length said in words, as digits the patterns below read: "an hour and a half" → "1.5",
 * "half an hour" → "0.5", "about two hours" → "2 hours", "forty five minutes" stays unread.
 */
function spokenHours(t: string): string {
  let s = t.replace(/^(?:about|around|roughly|maybe|only|just|approx(?:imately)?|~)\s*/, '');
  s = s.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/g, (w) => NUMBER_WORDS[w] as string);
  if (/^(?:half an? hour|half hour|30 min(?:ute)?s?)$/.test(s)) return '0.5';
  s = s.replace(/^an? (hour|hr)\b/, '1 $1').replace(/^hour and a half$/, '1.5');
  const half = /^(\d{1,2}) (?:hours?|hrs?) and a half$/.exec(s) ?? /^(\d{1,2}) and a half(?: hours?| hrs?)?$/.exec(s);
  if (half) return String(Number(half[1]) + 0.5);
  return s;
}

/**
 * Time in school on a partial day: a range ("9:30-12", "10am to 1pm", "arrived 10:15, left
 * 13:00") or a number of hours ("3", "3.5 hours", "2h30", "2 and a half"). Null if unreadable.
 */
const HEDGE_BEFORE = once(() => new RegExp(`^(?:${shippedAlternation('daily-log.hours-hedge-before')}),?\\s+`));
const HEDGE_AFTER = once(() => new RegExp(`[\\s,-]*\\b(?:${shippedAlternation('daily-log.hours-hedge-after')})$`));

export function parseHours(text: string): HoursAnswer | null {
  // "9:20 to 12:10 I think", "3 hours maybe?": the hedge taken off (content's daily-log.hours-hedge-*).
  const said = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').replace(HEDGE_AFTER(), '').replace(HEDGE_BEFORE(), '').trim();
  // "went in at 10 and left at 12:30": the times after the lead-in, at the hours question too.
  const told = /\b(?:went in|got in|arrived|got there|was in|made it in)(?: at)? (\d.*)$/.exec(said);
  const t = spokenHours(told ? (told[1] as string) : said);
  const range =
    /^(?:from |arrived (?:at )?|in at |got in at )?(\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)\s*(?:-|–|to|until|till|and|,? ?left(?: at)?|,? ?home(?: at)?|,? ?came home(?: at)?|,? ?picked up(?: at)?)+\s*(\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)$/.exec(
      t,
    );
  if (range) {
    const a = clockTime(range[1] as string, false);
    if (a === null) return null;
    const b = clockTime(range[2] as string, true, a);
    if (b === null || b <= a || b - a > 12 * 60) return null;
    const fmt = (x: number) => `${pad(Math.floor(x / 60) % 24)}:${pad(x % 60)}`;
    return { hours: Math.round(((b - a) / 60) * 100) / 100, arrived: fmt(a), left: fmt(b) };
  }
  const hm = /^(\d{1,2})\s*h(?:ours?|rs?)?\s*(\d{1,2})\s*(?:m|min|mins|minutes)?$/.exec(t);
  if (hm) {
    const hours = Number(hm[1]) + Number(hm[2]) / 60;
    return hours > 0 && hours <= 12 ? { hours: Math.round(hours * 100) / 100, arrived: null, left: null } : null;
  }
  const half = /^(\d{1,2}) and a half(?: hours?| hrs?)?$/.exec(t);
  if (half) return { hours: Number(half[1]) + 0.5, arrived: null, left: null };
  const num = /^(?:about |around |roughly |~)?(\d{1,2}(?:\.\d+)?|\.\d+)\s*(?:h|hr|hrs|hour|hours)?$/.exec(t);
  if (num) {
    const hours = Number(num[1]);
    return hours > 0 && hours <= 12 ? { hours: Math.round(hours * 100) / 100, arrived: null, left: null } : null;
  }
  const mins = /^(\d{1,3})\s*(?:m|min|mins|minutes)$/.exec(t);
  if (mins) {
    const hours = Number(mins[1]) / 60;
    return hours > 0 && hours <= 12 ? { hours: Math.round(hours * 100) / 100, arrived: null, left: null } : null;
  }
  return null;
}

/** "7", "7/10", "7 out of 10" → 7; a short answer with one number in it too ("awful, a 9", "about 8"). */
export function parseDifficulty(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*(?:\/\s*10|out of 10|of 10)?\s*$/i.exec(text);
  const said = m ? [m[1] as string] : text.length <= 40 ? text.replace(/\s*(?:\/\s*10|out of 10)\b/gi, ' ').match(/\d+(?:[.:]\d+)?/g) ?? [] : [];
  if (said.length !== 1 || !/^\d{1,2}$/.test(said[0] as string)) return null;
  const n = Number(said[0]);
  return n >= 0 && n <= 10 ? n : null;
}

/** Attendance in the parent's words ("all day", "half day", "didn't go"). */
export function parseAttendance(text: string): Attendance | null {
  // Said with who and a yes or no first ("no, he stayed home", "she didnt go in"): the words that say how it went.
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[.!]+$/, '')
    .replace(/\b(did|could|was|were)nt\b/g, "$1n't")
    .replace(/^(?:no|nope|yes|yeah|yep)\b[,.!]?\s+/, '')
    .replace(/^(?:he|she|they|we)(?:'s|'re| is| was| were)?\s+/, '');
  if (/^(full|full day|all day|the whole day|whole day|yes|yes all day|went in|went in all day|in all day|full-day)$/.test(t)) return 'full';
  if (/^(partial|part|part of the day|part day|some|some of the day|half|half day|half a day|a bit|late|went in late|came home early|left early)$/.test(t)) return 'partial';
  if (/^(absent|no|none|off|not at all|didn't go|didn't go in|did not go|did not go in|stayed home|stayed at home|home|off sick|sick|refused|couldn't go|could not go|missed it)$/.test(t)) return 'absent';
  // Told in a sentence ("he went in but came home at lunch", "we couldn't get her out of the car").
  if (TOLD_PARTIAL().test(t)) return 'partial';
  if (TOLD_ABSENT().test(t)) return 'absent';
  // In, and how it went ("went in but it was hard"), with no word of how much: the whole day (review21 R11).
  if (TOLD_FULL().test(t)) return 'full';
  return null;
}

/** A word list's pattern, built when first needed (content/words/daily-log.yaml). */
const NO_NOTE = once(() => new RegExp(`^(?:${shippedAlternation('daily-log.no-note')})$`));

/** "no", "nothing else", "that's all" at the last question: no note to keep (it is Skip). */
export function declinesNote(text: string): boolean {
  return NO_NOTE().test(straightApostrophes(text.trim().toLowerCase()).replace(/[.!]+$/, '').replace(/\s+/g, ' '));
}

/** A word list's phrases (content/words/daily-log.yaml) where a word starts, built when first needed. */
const toldAs = (key: string) => once(() => new RegExp(`\\b(?:${shippedAlternation(key)})`));
const ILL = toldAs('daily-log.told-ill');
const NOT_ILL = toldAs('daily-log.told-not-ill');

/** A note that speaks of illness ("temperature 38.4, proper poorly"), not of nerves or dread (W13-6). */
export function saysIll(text: string): boolean {
  const t = straightApostrophes(text.toLowerCase());
  return ILL().test(t) && !NOT_ILL().test(t);
}

const TOLD_PARTIAL = toldAs('daily-log.told-partial');
const TOLD_ABSENT = toldAs('daily-log.told-absent');
const TOLD_FULL = toldAs('daily-log.told-full');

/**
 * A part day told with its times or length at the attendance question ("went in at 10 and left
 * at 12", "9:30 to 12", "2 hours"), so the hours need not be asked again. A bare number is left
 * alone: it is as likely to be a button's number as a count of hours.
 */
export function parsePartialDay(text: string): HoursAnswer | null {
  const t = text.trim().toLowerCase().replace(/[’']/g, "'").replace(/[.!]+$/, '').replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(t) || t in NUMBER_WORDS) return null;
  const told = /\b(?:went in|got in|arrived|got there|was in|made it in)(?: at)? (\d.*)$/.exec(t);
  return parseHours(told ? (told[1] as string) : t);
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[’']/g, "'").replace(/[-_/]+/g, ' ').replace(/\s+/g, ' ');

/** A trigger named in a CSV or typed: its id, or `other` carrying the words as they were given. */
export function parseTriggerName(raw: string): { id: TriggerId; detail: string | null } {
  const n = norm(raw);
  for (const t of TRIGGERS) {
    if (t.id === 'other') continue;
    if (norm(t.id) === n || norm(t.name) === n || t.aliases.some((a) => norm(a) === n)) return { id: t.id, detail: null };
  }
  return n === 'other' ? { id: 'other', detail: null } : { id: 'other', detail: raw.trim() };
}

/**
 * A reason or support typed in chat: as parseTriggerName / parseSupportName, and then, for a
 * short answer that names exactly one listed item in passing ("the noise in the hall"), that
 * item. Anything else stays "other" with the parent's words.
 */
function typedName<I extends string>(
  raw: string,
  items: readonly { id: I; name: string; aliases: readonly string[] }[],
  exact: (raw: string) => { id: I | 'other'; detail: string | null },
  wordsOf: (said: string) => readonly I[] = () => [],
): { id: I | 'other'; detail: string | null } {
  const found = exact(raw);
  const n = norm(raw).replace(/[^a-z0-9' ]+/g, ' ');
  if (found.id !== 'other' || !found.detail || n.split(' ').length > 8) return found;
  const said = new Set(wordsOf(n));
  const named = items.filter((t) => t.id !== 'other' && (said.has(t.id) || [t.name, ...t.aliases].some((a) => new RegExp(`\\b${norm(a).replace(/[^a-z0-9' ]+/g, ' ')}\\b`).test(n))));
  return named.length === 1 ? { id: (named[0] as { id: I }).id, detail: null } : found;
}

/** A reason typed: named by the list's names, or in passing by them or by its words in content ("the crowd at the gate": W20-9). */
export function typedTriggerName(raw: string): { id: TriggerId; detail: string | null } {
  return typedName(raw, TRIGGERS, parseTriggerName, triggersNamedIn) as { id: TriggerId; detail: string | null };
}

export function typedSupportName(raw: string): { id: SupportId; detail: string | null } {
  return typedName(raw, SUPPORTS, parseSupportName) as { id: SupportId; detail: string | null };
}

export function parseSupportName(raw: string): { id: SupportId; detail: string | null } {
  const n = norm(raw);
  for (const s of SUPPORTS) {
    if (s.id === 'other') continue;
    if (norm(s.id) === n || norm(s.name) === n || s.aliases.some((a) => norm(a) === n)) return { id: s.id, detail: null };
  }
  return n === 'other' ? { id: 'other', detail: null } : { id: 'other', detail: raw.trim() };
}

/**
 * A day ahead, for "pause reminders until …": "tomorrow", "monday" (the next one), "next week"
 * (next Monday), "2 weeks", "5 Jan", "Jan 5", "2027-01-05". Null when unreadable.
 */
export function parseDateAhead(text: string, today: string): string | null {
  const t = text.trim().toLowerCase().replace(/[.,!]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t === 'tomorrow') return addDays(today, 1);
  if (isIsoDate(t)) return t;
  if (t === 'next week') return addDays(today, 7 - WEEKDAYS.indexOf(weekdayOf(today)));
  const span = /^(?:in )?(\d{1,2}|a|one|two|three) (day|days|week|weeks)$/.exec(t);
  if (span) {
    const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
    const n = words[span[1] as string] ?? Number(span[1]);
    return addDays(today, span[2]?.startsWith('week') ? n * 7 : n);
  }
  const wd = /^(?:next |this |on )?([a-z]+)$/.exec(t);
  const day = wd ? DAY_WORDS[wd[1] as string] : undefined;
  if (day) {
    const ahead = (WEEKDAYS.indexOf(day) - WEEKDAYS.indexOf(weekdayOf(today)) + 7) % 7 || 7;
    return addDays(today, ahead);
  }
  const dm = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)(?: (\d{4}))?$/.exec(t);
  const md = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/.exec(t);
  const parts = dm ? { d: dm[1], m: dm[2], y: dm[3] } : md ? { d: md[2], m: md[1], y: md[3] } : null;
  if (!parts) return null;
  const month = monthNamed(parts.m ?? '') + 1;
  if (month === 0) return null;
  let year = parts.y ? Number(parts.y) : Number(today.slice(0, 4));
  let dt = DateTime.fromObject({ year, month, day: Number(parts.d) }, { zone: 'UTC' });
  // "5 Jan" said in December means next January.
  if (!parts.y && dt.isValid && (dt.toISODate() ?? '') < today) {
    year += 1;
    dt = DateTime.fromObject({ year, month, day: Number(parts.d) }, { zone: 'UTC' });
  }
  return dt.isValid ? dt.toISODate() : null;
}
