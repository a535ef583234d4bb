/**
 * A meeting still to come in the school's words ("we can talk about it at his review on 15
 * January", "the next IEP meeting is on 12/15"): its day, offered to the parent as a date to
 * watch (situation.flow.ts). Only a day written with its number (a month and day, numbers in the
 * case's order, an ISO date) right after the meeting word counts; a weekday alone or "the 3rd"
 * could be last week's. A meeting already past is never one: a date with no year is the nearer
 * of its two occurrences, so "the meeting on 3 December", said on the 6th, is three days ago.
 */
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';
import { dueFrom, hasNumericDate } from './parent-answers.js';

/** A meeting word, then the words after it in the same sentence. */
const MEETING = once(() => new RegExp(`\\b(?:${alternation('school.meetings')})\\b([^.?!\\n]{0,40})`, 'gi'));

/** A day written with its month's name: "15 January", "Jan 15th"; or an ISO date. Numbers alone are `hasNumericDate`'s ("12/15", not "3-4 pm"). */
const DATED = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b|\d{4}-\d{2}-\d{2})/i;

const DAY_MS = 86_400_000;
const HALF_YEAR_DAYS = 183;

/** The day of a meeting still to come (ISO), from `today` (the parent's day, ISO), or undefined. */
export function meetingToCome(words: string, today: string, monthFirst: boolean | undefined): string | undefined {
  for (const m of words.matchAll(MEETING())) {
    const after = m[1] ?? '';
    if (!DATED.test(after) && !hasNumericDate(after)) continue;
    const day = dueFrom(after, `${today}T12:00:00.000Z`, monthFirst);
    if (!day || day <= today) continue;
    // No year given: the next occurrence more than half a year off means the nearer one has passed.
    const ahead = (Date.parse(day) - Date.parse(today)) / DAY_MS;
    if (ahead > HALF_YEAR_DAYS && !/\b\d{4}\b|\d[/.-]\d{1,2}[/.-]\d/.test(after)) continue;
    return day;
  }
  return undefined;
}
