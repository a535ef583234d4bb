/**
 * A decision made before the meeting, told after the meeting (W13-11): heard at it ("I first
 * heard at the meeting", "found out when i walked in"), the school's words given as "The team, at
 * a meeting", or a meeting kept as a date to watch that has come. Then the advice is for after
 * the meeting (never "send your concerns beforehand"), and the letter names the meeting's day and
 * the school's people the parent names, when known. Pure.
 */
import { once, shippedAlternation } from '../../src/content/catalog.js';
import { straightApostrophes } from '../../src/core/flow-kit.js';
import { greetingName, TITLED_NAME } from '../../src/features/advice/person-names.js';

/** What these read from a kind of no's context: the hand-over, the answers by field, the letter's day. */
type Ctx = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const HEARD_AT = once(() => new RegExp(shippedAlternation('school.heard-at-meeting'), 'i'));
const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** How far back a kept meeting day still reads as the meeting just told about. */
const RECENT_DAYS = 42;

/** The parent's day: the letter's (stamped at the last answer), else the day they said it. */
const todayOf = (c: Ctx): string => (ISO.test(str(c.date)) ? str(c.date) : '');

/** The latest meeting kept to watch that has come (within a few weeks), or ''. */
function keptMeetingGone(c: Ctx): string {
  const today = todayOf(c);
  if (!today) return '';
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  const days = str(c.keptMeetingDays).split(' ').filter((d) => ISO.test(d) && d <= today && d >= from);
  return days.sort().at(-1) ?? '';
}

/** Heard at the meeting: the button, words saying so, or "The team, at a meeting" as who said it. */
function heardAtMeeting(c: Ctx, decidedBy: string): boolean {
  const answer = str(c[decidedBy]);
  return answer.endsWith('.letter.at-meeting') || HEARD_AT().test(straightApostrophes(answer)) || str(c.who) === 'meeting';
}

/** A meeting kept to watch after the letter's day and before `due` (ISO), the first of them, or '': the next step names it (W13-7). */
export function meetingBefore(c: Ctx, due: string): string {
  const today = todayOf(c);
  return str(c.keptMeetingDays).split(' ').filter((d) => ISO.test(d) && today !== '' && d > today && d < due).sort()[0] ?? '';
}

/** The meeting has happened (`decidedBy`: the field of "who decided, and when did you hear?"). */
export function meetingHeld(c: Ctx, decidedBy: string): boolean {
  return heardAtMeeting(c, decidedBy) || keptMeetingGone(c) !== '';
}

/** The meeting's day (ISO): a kept meeting day gone, else the day it was said when heard at the meeting; '' when not known. */
function meetingDay(c: Ctx, decidedBy: string): string {
  const kept = keptMeetingGone(c);
  if (kept) return kept;
  const said = str(c.saidOn);
  return heardAtMeeting(c, decidedBy) && ISO.test(said) && (!todayOf(c) || said <= todayOf(c)) ? said : '';
}

/** The school's people the parent names in these fields ("Mr Okafor and Mrs Fenwick"), each once, in order. */
function namedPeople(c: Ctx, fields: readonly string[]): string {
  const pattern = new RegExp(TITLED_NAME(), 'giu');
  const names: string[] = [];
  for (const f of fields) for (const m of str(c[f]).matchAll(pattern)) {
    const name = greetingName(m[0]);
    if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The letter's lines for a meeting held: its day and who was there ('' each when not known, or not after a meeting). */
export function meetingLetterVars(c: Ctx, decidedBy: string, fields: readonly string[]): { meeting_on: string; met_with: string } {
  if (!meetingHeld(c, decidedBy)) return { meeting_on: '', met_with: '' };
  return { meeting_on: meetingDay(c, decidedBy), met_with: namedPeople(c, fields) };
}
