/**
 * What the "kind of no" flows and say-next share: reading triage's hand-over, turning the
 * parent's answers into notes and letter variables, and spotting a due date in what they typed.
 * No words live here: a button answer is recorded by its label's content key.
 */
import { CATEGORIES, type Category } from '../../src/core/types.js';
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';
import { parseLogDate } from '../../src/features/daily-log/parse.js';
import { lastNumberedDay, MONTH, WEEKDAY_AND_NUMBER, withMonthsMended, withoutWeekdayBeforeNumber } from './numbered-day.js';
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
  // "on the 3rd of March" is "3rd March" (W21-7); "3 weeks ago", "last week" are days counted back.
  const t = text.trim().replace(/[.!]+$/, '').replace(/\b(\d{1,2}(?:st|nd|rd|th)?) of\b/i, '$1');
  const lead = /^(?:it was on|that was on|it was|that was|on)\s*/i;
  if (COUNTED_BACK.test(t.replace(lead, ''))) return true;
  const days = [...t.matchAll(DAY_INSIDE)];
  if (days.length !== 1) return false;
  return t.replace(days[0]?.[0] ?? '', '').replace(lead, '').replace(/^the\s*$/i, '').trim() === '';
}

/** A day counted back and nothing else: "3 weeks ago", "about a month ago", "last week". */
const COUNTED_BACK = /^(?:about |around )?(?:(?:a|an|one|two|three|four|five|six|\d{1,2}) (?:days?|weeks?|months?) ago|last week|earlier this week|this week)$/i;

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

// ---- Days ------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** A date's calendar day in UTC, which the days counted here are kept in (from noon on the parent's day). */
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// The due date read from an answer lives in due-date.ts; these are its names here, where the flows import them from.
export { dateOrder, dueFrom, hasNumericDate } from './due-date.js';
