/**
 * What the "kind of no" flows and say-next share: reading triage's hand-over, turning the
 * parent's answers into notes and letter variables, and spotting a due date in what they typed.
 * No words live here: a button answer is recorded by its label's content key.
 */
import { CATEGORIES, type Category } from '../../src/core/types.js';
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';
import { parseLogDate } from '../../src/features/daily-log/parse.js';
import { lastNumberedDay, MONTH, monthOf, nextNumberedDay, WEEKDAY_AND_NUMBER, withMonthsMended, withoutWeekdayBeforeNumber } from './numbered-day.js';
import { endsWithMonth, periodDue } from './due-periods.js';
import { addSchoolDays, DEFAULT_FOLLOWUP_DAYS } from '../../src/features/case-file/school-days.js';
import { answerOf, clip, parentNoon, straightApostrophes, type AskParams, type ChoiceRef, type FlowEvent, type FlowInput, type NoteParams } from '../../src/core/flow-kit.js';

/** What triage hands over to every `no.<category>` flow. */
export interface Handover {
  nickname: string;
  request: string;
  statement: string;
  who: string;
  saidOn: string;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

export function handover(input: FlowInput): Handover {
  return {
    nickname: str(input.nickname),
    request: str(input.request),
    statement: str(input.statement),
    who: str(input.who),
    saidOn: str(input.saidOn),
  };
}

/** The plain date line of a letter: the parent's day (`YYYY-MM-DD` reads the same in the UK and the US). */
export function letterDate(event: Pick<FlowEvent, 'day'>): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(event.day) ? event.day : '';
}

/**
 * A next step's date (ISO): the one an answer named, else the school days a sent letter waits
 * before its reminder, counted from the letter's date (Monday to Friday), so "put it in your
 * diary" and "I'll remind you on…" name the same day and never a weekend.
 */
export function nextStepDue(named: string | undefined, letterDay: string): string {
  if (named) return named;
  return /^\d{4}-\d{2}-\d{2}$/.test(letterDay) && !Number.isNaN(Date.parse(letterDay)) ? addSchoolDays(letterDay, DEFAULT_FOLLOWUP_DAYS) : '';
}

/** The parent's own words, or '' when they pressed a button ("I don't know", "Skip"…). */
export function typed(event: FlowEvent, max = 600): string {
  return event.type === 'TEXT' ? clip(event.text, max) : '';
}

export function isSkip(event: FlowEvent): boolean {
  return event.type === 'CHOICE' && event.id === 'skip';
}

// A number alone is not here: "12" is an answer to "how many days has she missed?".
const BARE_REPLY = /^(?:yes|yeah|yep|yup|y|no|nope|nah|n|ok|okay|k|sure|fine|right|alright|cool|thanks|thank you|ta|hm+|um+|uh+|\?+)[.!?\s]*$/i;

/**
 * A typed answer that says nothing an open question can use ("yes", "ok", "nope"): kept as it
 * is, it would put "yes" into the parent's letter. Buttons are matched before this is asked.
 */
export function isBareReply(event: FlowEvent): boolean {
  return event.type === 'TEXT' && BARE_REPLY.test(event.text.trim());
}

function pressedSkip({ event }: { event: FlowEvent }): boolean {
  return isSkip(event);
}
function saidNothingUsable({ event }: { event: FlowEvent }): boolean {
  return isBareReply(event);
}
/** The guards every open question uses: Skip pressed, and a bare "yes" or "ok" typed. */
export const answerGuards = { isSkip: pressedSkip, isBareReply: saidNothingUsable };

/** Said when a typed answer is a bare "yes" or "ok" (see isBareReply). */
export const NEED_WORDS = 'common.need-words';
/** Said when the parent types "I don't understand" at a question: asked again more plainly, nothing kept. */
export const NOT_UNDERSTOOD = 'common.not-understood';
const NOT_UNDERSTOOD_WORDS = once(() => new RegExp(`^(?:${alternation('answers.not-understood')})[.!?\\s]*$`, 'i'));

/** "I don't understand", "what do you mean?" (content/words/answers.yaml). */
export function isNotUnderstood(event: FlowEvent): boolean {
  return event.type === 'TEXT' && NOT_UNDERSTOOD_WORDS().test(straightApostrophes(event.text.trim().toLowerCase()));
}

/** An open question's first answer rule: a bare "yes" or "ok" is not kept; a few words are asked for, then the question (`ask`) again. */
export function bareReplyAgain<A>(ask: A) {
  return { guard: 'isBareReply' as const, actions: [{ type: 'say' as const, params: { key: NEED_WORDS } }, ask] as const };
}

/** Buttons for a question: ids map to `<prefix>.choice.<id>` labels. */
export function choicesOf(prefix: string, ids: readonly string[]): ChoiceRef[] {
  return ids.map((id) => ({ id, key: `${prefix}.choice.${id}` }));
}

/** A question that takes the parent's own words, with helpful buttons beside it. */
export function openQuestion(key: string, nickname: string, prefix: string, ids: readonly string[]): AskParams {
  return { key, vars: { nickname }, choices: choicesOf(prefix, ids), freeText: true };
}

/**
 * An `answer` note for one question. Typed answers keep the parent's words; a button answer is
 * recorded as its label's content key (a stable id the notes view can show as words).
 */
export function answerNote(prefix: string, topic: string): (args: { event: FlowEvent }) => NoteParams {
  return function noteAnswer({ event }) {
    const text = event.type === 'TEXT' ? clip(event.text, 2000) : `${prefix}.choice.${answerOf(event)}`;
    return { kind: 'answer', topic, text };
  };
}

/**
 * When the school said it, as a date where we can tell (so the notes date the statement, not
 * the day it was recorded): the "today" / "yesterday" buttons and typed past dates such as
 * "last Thursday", "26 Nov" or "2030-02-25", counted from the parent's own day when they answered.
 * Anything else ("at the review meeting", a date in the future) is kept in their words.
 */
export function whenSaid(event: FlowEvent): string {
  const answer = answerOf(event);
  // Noon on the parent's day: days counted back from it are their days, not the UTC ones.
  const at = new Date(parentNoon(event));
  if (Number.isNaN(at.getTime())) return clip(answer, 80);
  const day = (offset: number) => iso(new Date(at.getTime() - offset * DAY_MS));
  if (event.type === 'CHOICE') {
    if (answer === 'today') return day(0);
    if (answer === 'yesterday') return day(1);
    if (answer === 'this-week') return weekOf(at, 0);
    if (answer === 'last-week') return weekOf(at, 7);
    return clip(answer, 80);
  }
  // "the Monday after half term", "Tuesday before the meeting": counted from something we cannot date.
  if (COUNTED_FROM_ELSE.test(answer)) return clip(answer, 80);
  // "the meeting next Tuesday", "this coming Friday": a day still to come is not when it was said.
  if (LOOKS_AHEAD.test(answer)) return clip(answer, 80);
  // "Earlier this week", "last week": the week, from its Monday (never one day of it, and never today).
  const week = WEEK_NAMED.exec(answer.trim());
  if (week) return weekOf(at, week[1] ? 7 : 0);
  // "This morning", "tonight": today, for the date (the words are what the parent sees); "Agust" is August.
  const dated = withMonthsMended(answer.replace(PART_OF_TODAY, 'today'));
  const whole = dated.trim() ? parseLogDate(withoutWeekdayBeforeNumber(dated), day(0)) : null;
  if (whole && 'date' in whole) return whole.date;
  // "at the review meeting on Tuesday", "in an email yesterday": the day inside the words.
  for (const m of dated.matchAll(DAY_INSIDE)) {
    const inside = pastDateOf(m[0], day(0));
    if (inside) return inside;
  }
  // "on the 26th, at pick-up": a day's number alone.
  return lastNumberedDay(dated, day(0)) ?? clip(answer, 80);
}

/** The date words name ("Monday", "15 February", "Friday 15 February", "Thursday 14th"): a day's number wins over the weekday beside it. */
function pastDateOf(words: string, today: string): string | undefined {
  const parsed = parseLogDate(withoutWeekdayBeforeNumber(words), today);
  return 'date' in parsed ? parsed.date : lastNumberedDay(words, today);
}

/** Words that look ahead ("next" but not "next to", "coming", "upcoming", "tomorrow"). */
const LOOKS_AHEAD = /\b(?:next(?!\s+to\b)|(?:up)?coming|tomorrow)\b/i;

/** A day or week counted from something else ("the Monday after half term"); "Friday after school" and "the day before yesterday" are days. */
const COUNTED_FROM_ELSE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|week)\s*,?\s+(?:before|after)\s+(?!school\b|yesterday\b)\S/i;

/** A week named on its own: "this week", "earlier this week", "last week". */
const WEEK_NAMED = /^(?:(?:earlier|sometime|some time|during) )?(?:this|(last)) week\.?$/i;

/** The Monday a kept week starts on ("week of 2026-11-30"), or undefined when `saidOn` is not a week. */
export function weekStartOf(saidOn: string): string | undefined {
  return /^week of (\d{4}-\d{2}-\d{2})$/.exec(saidOn.trim())?.[1];
}

/** "week of <the Monday of that week>", `back` days before the week of `at`: how a week is kept. */
function weekOf(at: Date, back: number): string {
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return `week of ${iso(new Date(at.getTime() - (sinceMonday + back) * DAY_MS))}`;
}

/**
 * The first day the words name ("yesterday", "on 20 November", "last Tuesday"), as written.
 * `toCome` tells a day still to come from the words up to it ("his review on 15 January"), where
 * that takes knowing today: such a day is passed over too.
 */
export function dayNamedIn(text: string, toCome?: (upToDay: string) => boolean): string | undefined {
  // "Thank you for your email of 27 November": the day of the parent's own message, not of the school's answer.
  // "a 504 review for January 12", "until 5 January": a day still to come, never when they said it.
  return [...text.matchAll(DAY_INSIDE)].find((m) => {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    return !OWN_MESSAGE_BEFORE().test(before) && !DAY_TO_COME_BEFORE().test(before) && !toCome?.(before + m[0]);
  })?.[0];
}

/** Words just before a day that make it one still to come (content/words/school.yaml). */
const DAY_TO_COME_BEFORE = once(() => new RegExp(`\\b(?:${alternation('school.day-to-come-before')})\\s+(?:the\\s+)?$`, 'i'));

/** Words just before a day that make it the day of the parent's own message ("your email of", "my letter dated"). */
const OWN_MESSAGE_BEFORE = once(
  () => new RegExp(`\\b(?:your|my|our)\\s+(?:${alternation('school.messages')})\\s+(?:of|dated|on|sent on|from)(?:\\s+(?:the|last))?\\s*$`, 'i'),
);

/** An answer that is only a day ("yesterday", "on Monday", "it was last Thursday"): when, not who. */
export function isOnlyADay(text: string): boolean {
  const t = text.trim().replace(/[.!]+$/, '');
  const days = [...t.matchAll(DAY_INSIDE)];
  if (days.length !== 1) return false;
  return t.replace(days[0]?.[0] ?? '', '').replace(/^(?:it was on|that was on|it was|that was|on)\s*/i, '').trim() === '';
}

/** A part of today, named as such ("this morning", "earlier today", "tonight"). */
const PART_OF_TODAY = /\b(?:this (?:morning|afternoon|evening)|earlier today|tonight)\b/gi;

/** The button a named day already is ("yesterday" is Yesterday, "this morning" is Today), if any. */
export function buttonForDay(named: string): string {
  const d = named.toLowerCase();
  return d === 'today' || d.replace(PART_OF_TODAY, 'today') === 'today' ? 'today' : d;
}

/** A day named inside a longer answer: "yesterday", "this morning", "(last) Tuesday", "Friday 26 Feb", "26 Feb", "Feb 26", an ISO date. */
const DAY_INSIDE = new RegExp(
  `\\b(?:${WEEKDAY_AND_NUMBER}|the day before yesterday|yesterday|this (?:morning|afternoon|evening)|earlier today|tonight|today|(?:last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{4}-\\d{2}-\\d{2})\\b`,
  'gi',
);

/** The category a `cat:<id>` button stands for. */
export function pickedCategory(event: FlowEvent): Category {
  const id = answerOf(event).replace(/^cat:/, '');
  return (CATEGORIES as readonly string[]).includes(id) ? (id as Category) : 'other';
}

// ---- Due dates -------------------------------------------------------------------------------

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

/** A day and month without a year: the next time that date comes round, from `today`. */
function nextOccurrence(today: Date, month: number, day: number): Date | null {
  const y = today.getUTCFullYear();
  const thisYear = utcDay(y, month, day);
  if (thisYear && thisYear.getTime() >= today.getTime()) return thisYear;
  return utcDay(y + 1, month, day);
}

/** The last day of the week starting `monday` (ISO) that is not after `today`. */
function latestOfWeek(monday: string, today: string): string {
  const sunday = iso(new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY_MS));
  return sunday < today ? sunday : today;
}

/**
 * A due date (ISO `YYYY-MM-DD`) found in a parent's answer, relative to when they answered (an
 * instant on the parent's day: `parentNoon`, so "tomorrow" is the day after theirs), or
 * undefined. Unambiguous forms: `2025-03-14`, `14 March`, `March 14th, 2025`, `Friday`,
 * `tomorrow`, `in 2 weeks`, `within 10 school days` (due-periods.ts). `3/4/2025` means different days in the UK and US: it is read only
 * when the case's order is handed over (`monthFirst`, as its letters read dates), and a date that
 * cannot be read in that order ("13/25" in the US) names no day. A period the school gave itself
 * ("within 10 school days", "by the end of the week") runs from the day they said it: `saidOn`
 * (ISO) when that day is known, else the day the parent answered.
 */
export function dueFrom(text: string, at: string, monthFirst?: boolean, saidOn?: string): string | undefined {
  const now = new Date(at);
  if (Number.isNaN(now.getTime())) return undefined;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const t = text.toLowerCase();

  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (isoMatch) {
    const d = utcDay(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3]));
    if (d) return iso(d);
  }

  // A month as MONTH reads one: "Sept", "Febuary", "Agust" (review11 2).
  const month = `(${MONTH})`;
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}\\b(?:,?\\s+(\\d{4}))?`).exec(t);
  const monthDay = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`).exec(t);
  const dm = dayMonth
    ? { day: Number(dayMonth[1]), month: monthOf(dayMonth[2] as string), year: dayMonth[3] }
    : monthDay
      ? { day: Number(monthDay[2]), month: monthOf(monthDay[1] as string), year: monthDay[3] }
      : null;
  if (dm) {
    const d = dm.year ? utcDay(Number(dm.year), dm.month, dm.day) : nextOccurrence(today, dm.month, dm.day);
    if (d) return iso(d);
  }

  const numeric = monthFirst === undefined ? undefined : numericDate(t, today, monthFirst);
  if (numeric) return numeric;

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
 * a year, the next time it comes round. Without a year only the slash counts: "1-2 weeks",
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

function numericDate(t: string, today: Date, monthFirst: boolean): string | undefined {
  const m = NUMERIC_DATE.exec(t);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2] ?? m[5])];
  const [month, day] = monthFirst ? [a, b] : [b, a];
  if (month < 1 || month > 12) return undefined;
  const y = m[3] ?? m[6];
  const year = y ? Number(y.length === 2 ? `20${y}` : y) : undefined;
  const d = year === undefined ? nextOccurrence(today, month - 1, day) : utcDay(year, month - 1, day);
  return d ? iso(d) : undefined;
}
