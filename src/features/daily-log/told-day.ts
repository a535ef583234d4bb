/**
 * A school day told in a sentence ("jj went in at 10 came home at 12 after a meltdown in maths,
 * bad morning maybe 8"; "he went in for about 2 and half hours, morning was a 7, corridors
 * again"): what can be read from it - the attendance, the hours, a rating said as one, a number
 * that may be a rating, and what made it harder - so only the rest is asked (W13-2, W13-9).
 * Pure; the phrases are in content/words/daily-log.yaml (`daily-log.told-trigger.*`).
 */
import { once, shippedAlternation } from '../../content/catalog.js';
import { straightApostrophes } from '../../core/flow-kit.js';
import type { Attendance, TriggerId } from './model.js';
import { parseAttendance, parseHours, typedTriggerName, type HoursAnswer } from './parse.js';
import { triggersNamedIn } from './trigger-words.js';

export interface ToldDay {
  attendance: Attendance | null;
  hours: HoursAnswer | null;
  /** A rating said as one: "morning was a 7", "8/10", "7 out of 10". */
  difficulty: number | null;
  /** A lone number that may be a rating ("bad morning maybe 8"): asked, never saved unasked. */
  maybeDifficulty: number | null;
  /** What made it harder: listed ones by their phrases, a short clause in the parent's words. */
  triggers: { id: TriggerId; detail: string | null }[];
}

const TIME = String.raw`\d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)?`;
const IN_AT = new RegExp(String.raw`\b(?:went in|got in|in|arrived|got there|made it in|got to school)(?: at| about| around| by)+ (${TIME})\b`);
const OUT_AT = new RegExp(String.raw`\b(?:came home|home|left|came out|came back|picked (?:him |her |them )?up|collected|sent home)(?: at| about| around| by)+ (${TIME})\b`);
const FOR_HOURS = /\bfor (?:about |around |roughly |maybe |only |just )?((?:\d{1,2}(?:\.\d+)?|an?|one|two|three|four|five|six)(?: and a half)? ?(?:hours?|hrs?|h|minutes|mins)|an? hour and a half|half an hour)\b/;
const HALF_DAY = /\bhalf (?:a )?day\b/;
const SAID_RATING = [/\b(?:morning|it|day|today|drop[- ]?off)(?: was| is|'s)(?: about| around| like| maybe| probably)*(?: an?)? (\d{1,2})\b(?!\s*(?:[:.]\d|am|pm|h\b|hours?|hrs?|o'?clock))/, /\b(\d{1,2}) ?(?:\/|out of) ?10\b/];

const norm = (text: string) =>
  straightApostrophes(text.toLowerCase())
    .replace(/\band half\b/g, 'and a half')
    .replace(/\s+/g, ' ')
    .trim();

/** Words that say how the day went rather than what made it harder (a clause left as it is). */
const NOT_A_REASON = /\b(?:went|came|got|go|was|were|is|did|didn'?t|stayed|home|school|morning|day|good|bad|fine|ok|okay|better|worse|awful|poorly|ill|sick|temperature|fever)\b|\d/;

/** A short clause of its own, "corridors again": what made it harder, in the parent's words. */
function clauseReasons(said: string, listed: ReadonlySet<TriggerId>): ToldDay['triggers'] {
  const clauses = said.split(/\s*[,;]\s*|\s+-\s+/).slice(1);
  const out: ToldDay['triggers'] = [];
  for (const clause of clauses) {
    const words = clause.replace(/\b(?:again|too|as well|as usual|as always)\b/g, ' ').replace(/[.!?]+$/, '').replace(/\s+/g, ' ').trim();
    if (!words || words.split(' ').length > 4 || NOT_A_REASON.test(words)) continue;
    const named = typedTriggerName(words);
    if (named.id !== 'other' && listed.has(named.id)) continue;
    out.push(named);
  }
  return out;
}

/** The hours said: arrival and leaving times, a length ("for about 2 and a half hours"), or "half day". */
function hoursOf(said: string, schoolDayHours: number | null): HoursAnswer | null {
  const arrived = IN_AT.exec(said);
  const left = arrived ? OUT_AT.exec(said.slice(arrived.index + arrived[0].length)) : null;
  if (arrived && left) return parseHours(`${arrived[1]} to ${left[1]}`);
  const length = FOR_HOURS.exec(said);
  if (length) return parseHours(length[1] as string);
  if (HALF_DAY.test(said) && schoolDayHours) return { hours: Math.round((schoolDayHours / 2) * 100) / 100, arrived: null, left: null };
  return null;
}

/** Numbers used up by times and lengths, so a number left over may be a rating. */
function withoutTimes(said: string): string {
  return said
    .replace(new RegExp(String.raw`\b(?:at|about|around|by|until|till|from|to|-)\s*${TIME}`, 'g'), ' ')
    .replace(/\b\d+(?:\.\d+)?\s*(?:and a half )?(?:hours?|hrs?|h|minutes|mins)\b/g, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?[ap]m\b|\b(?:p|year|yr|grade) ?\d{1,2}\b/g, ' ');
}

/** What a day told in words says, or null when it says nothing a log can keep. */
export function readToldDay(text: string, schoolDayHours: number | null = null): ToldDay | null {
  const said = norm(text);
  const hours = hoursOf(said, schoolDayHours);
  const attendance: Attendance | null = hours ? 'partial' : parseAttendance(said);
  const rating = SAID_RATING.map((p) => p.exec(said)).find((m) => m && Number(m[1]) <= 10);
  const difficulty = rating ? Number(rating[1]) : null;
  const left = difficulty === null ? (withoutTimes(said).match(/(?<![\d.,])\b\d{1,2}\b(?![.,:]?\d)/g) ?? []).map(Number).filter((n) => n <= 10) : [];
  const maybeDifficulty = left.length === 1 ? (left[0] as number) : null;
  const listed = triggersNamedIn(said);
  const triggers = [...listed.map((id) => ({ id, detail: null })), ...clauseReasons(said, new Set(listed))];
  if (!attendance && difficulty === null && maybeDifficulty === null && !triggers.length) return null;
  return { attendance, hours, difficulty, maybeDifficulty, triggers };
}

/** More than the attendance alone: a day told whole enough to take in at once. */
export const saysMoreThanAttendance = (t: ToldDay | null): t is ToldDay & { attendance: Attendance } =>
  t !== null && t.attendance !== null && (t.difficulty !== null || t.maybeDifficulty !== null || t.triggers.length > 0 || (t.attendance === 'partial' && t.hours !== null && !t.hours.arrived));

/** The words that say how much of the day and nothing more (content/words/daily-log.yaml). */
const ATTENDANCE_ONLY = once(() => new RegExp(`\\b(?:${shippedAlternation('daily-log.attendance-only')})\\b`, 'g'));

/**
 * Words about how much of the day the child was in and nothing else ("she went in for 2 hours in
 * the end", "JJ did the morning only"): no event in them (sent home, a meltdown, called in), no
 * reason. Times, numbers and the child's own name are part of it.
 */
export function saysOnlyHowMuch(text: string, nickname = ''): boolean {
  let said = norm(text);
  for (const word of nickname.toLowerCase().split(/\s+/).filter(Boolean)) said = said.split(word).join(' ');
  const rest = said
    .replace(new RegExp(TIME, 'g'), ' ')
    .replace(/\d+(?:\.\d+)?/g, ' ')
    .replace(ATTENDANCE_ONLY(), ' ')
    .replace(/[^a-z]+/g, '');
  return rest === '';
}
