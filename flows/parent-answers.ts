/**
 * What the "kind of no" flows and say-next share: reading triage's hand-over, turning the
 * parent's answers into notes and letter variables, and spotting a due date in what they typed.
 * No words live here: a button answer is recorded by its label's content key.
 */
import { CATEGORIES, type Category } from '../src/core/types.js';
import { parseLogDate } from '../src/daily-log/parse.js';
import { answerOf, clip, type AskParams, type ChoiceRef, type FlowEvent, type FlowInput, type NoteParams } from './kit.js';

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

/** School roles as parents name them (without a person's name). */
const ROLES = 'head of year|head ?teacher|deputy head|head|vice principal|principal|senco|sendco|class teacher|form tutor|teacher|counsell?or|attendance officer|pastoral lead';
/** A person by title and surname ("Mrs Patel", "Dr. Khan"). */
const TITLED_NAME = "(?:mr|mrs|ms|miss|dr)\\.?\\s+[a-z][a-z'-]+";
const BARE_ROLE = new RegExp(`^(?:the\\s+)?(?:${ROLES})$`, 'i');

/**
 * Triage's "who said it" buttons store an id ("senco", "head"…), and a bare role ("the head of
 * year") names nobody either: neither can head a letter ("Dear head of year,"), so the letter
 * shows a blank for the parent to fill instead.
 */
const TRIAGE_WHO_IDS = new Set(['teacher', 'senco', 'head', 'district', 'meeting']);
export function recipient(who: string): string {
  const w = who.trim();
  if (TRIAGE_WHO_IDS.has(w) || BARE_ROLE.test(w)) return '';
  // "Mr Hill, Headteacher" or "Mrs Patel (SENCO)": "Dear Mr Hill," without the role.
  const named = /^(.+?)\s*(?:,\s*(.+)|\((.+)\))$/.exec(w);
  const role = named?.[2] ?? named?.[3];
  return clip(named && role && BARE_ROLE.test(role.trim()) ? (named[1] as string) : w, 120);
}

/** The plain date line of a letter: ISO `YYYY-MM-DD` reads the same in the UK and the US. */
export function letterDate(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** The parent's own words, or '' when they pressed a button ("I don't know", "Skip"…). */
export function typed(event: FlowEvent, max = 600): string {
  return event.type === 'TEXT' ? clip(event.text, max) : '';
}

export function isSkip(event: FlowEvent): boolean {
  return event.type === 'CHOICE' && event.id === 'skip';
}

const BARE_REPLY = /^(?:yes|yeah|yep|yup|y|no|nope|nah|n|ok|okay|k|sure|fine|right|alright|cool|thanks|thank you|ta|hm+|um+|uh+|\?+)[.!?\s]*$/i;

/**
 * A typed answer that says nothing an open question can use ("yes", "ok", "nope"): kept as it
 * is, it would put "yes" into the parent's letter. Buttons are matched before this is asked.
 */
export function isBareReply(event: FlowEvent): boolean {
  return event.type === 'TEXT' && BARE_REPLY.test(event.text.trim());
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
 * "last Thursday", "26 Nov" or "2030-02-25", counted from the instant the parent answered.
 * Anything else ("at the review meeting", a date in the future) is kept in their words.
 */
export function whenSaid(event: FlowEvent): string {
  const answer = answerOf(event);
  const at = new Date(event.at);
  if (Number.isNaN(at.getTime())) return clip(answer, 80);
  const day = (offset: number) => new Date(at.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  if (event.type === 'CHOICE') {
    if (answer === 'today') return day(0);
    if (answer === 'yesterday') return day(1);
    if (answer === 'this-week') return `week of ${day(0)}`;
    return clip(answer, 80);
  }
  const parsed = answer.trim() ? parseLogDate(answer, day(0)) : null;
  return parsed && 'date' in parsed ? parsed.date : clip(answer, 80);
}

/** Someone at school, as parents name them at the start of a sentence. */
const SCHOOL_SIDE = `they|the school|school|she|he|the (?:${ROLES}|district|council|la|local authority|team|office)|${TITLED_NAME}|we were|i was|i've been|i have been`;
const REPORTED = new RegExp(`\\b(?:${SCHOOL_SIDE})\\b[^.?!]{0,40}?\\b(?:said|says|say|told|tells|replied|answered|wrote|emailed|decided|refused|turned (?:it|me|us|him|her|them) down)\\b`, 'i');

const REFUSAL = /\b(?:no|not|won'?t|can'?t|cannot|don'?t|doesn'?t|isn'?t|aren'?t|wouldn'?t|couldn'?t|refus\w*|unable|declin\w*|reject\w*|turned (?:it|me|us) down)\b/i;

/** A name for the child as parents give one: a nickname, an initial, "Little Bear", "Sam (10)". */
export function looksLikeNickname(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && t.split(/\s+/).length <= 4 && !REFUSAL.test(t) && !REPORTED.test(t);
}

/** Typed where a name was asked for, but reads like the school's no ("they won't do a later start"). */
export function soundsLikeTheirNo(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= 3 && (REFUSAL.test(t) || REPORTED.test(t));
}

/**
 * Does this answer to "what did you ask for?" read like the school's reply instead ("they said
 * they can't…", "the head told me…")? Then triage checks before filing it.
 */
export function soundsLikeTheirAnswer(text: string): boolean {
  return REPORTED.test(text.slice(0, 200));
}

const SPEAKER = new RegExp(
  "^\\s*(?:(?:so|well|basically|honestly),?\\s+)?(?:the\\s+)?" +
    `((?:${ROLES})|${TITLED_NAME})` +
    "\\b[^.?!]{0,20}?\\b(?:said|says|told|tells|replied|wrote|emailed)\\b",
  'i',
);

/**
 * Who said it, when the statement opens by naming them ("Mrs Patel said…", "The head of year
 * told me…"): offered as a button at "who said it?". Undefined for "they" or anything vaguer.
 */
export function speakerOf(statement: string): string | undefined {
  const m = SPEAKER.exec(statement);
  const who = m?.[1]?.replace(/\s+/g, ' ');
  return who ? who.charAt(0).toUpperCase() + who.slice(1) : signedBy(statement);
}

const SIGN_OFF = /^(?:kind(?:est)? regards|best regards|warm regards|regards|best wishes|many thanks|thanks|thank you|yours sincerely|yours faithfully|sincerely|best)[,.!]?$/i;

/** A pasted email's signature: the line after "Kind regards," ("Mr Hill, Headteacher"). */
function signedBy(statement: string): string | undefined {
  const lines = statement.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  let at = -1;
  lines.forEach((l, i) => {
    if (SIGN_OFF.test(l)) at = i;
  });
  const name = at >= 0 ? lines[at + 1] : undefined;
  return name && name.length <= 60 && /^[A-Za-z]/.test(name) && !/[.?!]$/.test(name) ? name : undefined;
}

/**
 * The "who said it?" button a named speaker already is, when the statement names a plain role
 * ("the head told me…" is the head teacher button, not a second button saying "Head").
 */
export function speakerChoice(speaker: string): 'teacher' | 'senco' | 'head' | undefined {
  const role = speaker.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:head|head ?teacher|principal)$/.test(role)) return 'head';
  if (/^(?:senco|sendco)$/.test(role)) return 'senco';
  if (/^(?:class )?teacher$/.test(role)) return 'teacher';
  return undefined;
}

/** The category a `cat:<id>` button stands for. */
export function pickedCategory(event: FlowEvent): Category {
  const id = answerOf(event).replace(/^cat:/, '');
  return (CATEGORIES as readonly string[]).includes(id) ? (id as Category) : 'other';
}

// ---- Due dates -------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDay(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d ? date : null;
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

/** A day and month without a year: the next time that date comes round, from `today`. */
function nextOccurrence(today: Date, month: number, day: number): Date | null {
  const y = today.getUTCFullYear();
  const thisYear = utcDay(y, month, day);
  if (thisYear && thisYear.getTime() >= today.getTime()) return thisYear;
  return utcDay(y + 1, month, day);
}

/**
 * A due date (ISO `YYYY-MM-DD`) found in a parent's answer, relative to when they answered, or
 * undefined. Only unambiguous forms: `2025-03-14`, `14 March`, `March 14th, 2025`, `Friday`,
 * `tomorrow`, `in 2 weeks`. `3/4/2025` is left alone: it means different days in the UK and US.
 */
export function dueFrom(text: string, at: string): string | undefined {
  const now = new Date(at);
  if (Number.isNaN(now.getTime())) return undefined;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const t = text.toLowerCase();

  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (isoMatch) {
    const d = utcDay(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3]));
    if (d) return iso(d);
  }

  const month = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}\\b(?:,?\\s+(\\d{4}))?`).exec(t);
  const monthDay = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`).exec(t);
  const dm = dayMonth
    ? { day: Number(dayMonth[1]), month: monthIndex(dayMonth[2] as string), year: dayMonth[3] }
    : monthDay
      ? { day: Number(monthDay[2]), month: monthIndex(monthDay[1] as string), year: monthDay[3] }
      : null;
  if (dm) {
    const d = dm.year ? utcDay(Number(dm.year), dm.month, dm.day) : nextOccurrence(today, dm.month, dm.day);
    if (d) return iso(d);
  }

  if (/\btomorrow\b/.test(t)) return iso(new Date(today.getTime() + DAY_MS));
  if (/\btoday\b/.test(t)) return iso(today);

  const rel = /\bin\s+(\d{1,2}|a|one|two|three|four)\s+(day|week)s?\b/.exec(t);
  if (rel) {
    const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
    const n = words[rel[1] as string] ?? Number(rel[1]);
    return iso(new Date(today.getTime() + n * (rel[2] === 'week' ? 7 : 1) * DAY_MS));
  }

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
