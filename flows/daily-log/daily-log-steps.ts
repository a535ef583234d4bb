/**
 * The daily log's questions and the effect parameters built from each answer, kept beside the
 * machine (daily-log.flow.ts) so that file reads as the dialogue alone. Pure: content keys and
 * ids, never words.
 */
import { parseAttendance, parseDifficulty, parseHours, parsePartialDay, typedSupportName, typedTriggerName } from '../../src/features/daily-log/parse.js';
import { typedTriggerList } from '../../src/features/daily-log/typed-reasons.js';
import { readToldDay } from '../../src/features/daily-log/told-day.js';
import type { HoursAnswer } from '../../src/features/daily-log/parse.js';
import { SUPPORTS, TRIGGERS, isSupportId, isTriggerId, type Attendance, type SaveLogParams, type SupportId } from '../../src/features/daily-log/model.js';
import { answerOf, clip, partRead, straightApostrophes, type AskParams, type ChoiceRef, type FlowEvent, type NoteParams, type OpenCaseParams, type SayParams } from '../../src/core/flow-kit.js';

export const P = 'daily-log';

export type { Ctx, EarlierTold, Retold } from './daily-log-context.js';
import type { Ctx } from './daily-log-context.js';

const HOURS = [1, 2, 3, 4, 5] as const;
const DIFFICULTY = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const ev = (event: unknown) => event as FlowEvent;
const base = (context: Ctx) => ({ child: context.nickname, date: context.date });
const vars = (context: Ctx) => ({ nickname: context.nickname, day: context.day });

/** Today is not a school day: log the last school day instead, today anyway, or not now. */
export function offDayParams({ context }: { context: Ctx }): AskParams {
  // "log yesterday" on a Sunday: the words are about that day, not today.
  const past = context.isToday ? '' : '-past';
  const logged = new Set(context.offDay?.logged ?? []);
  // The school day before it is logged already for every child: offering it only leads to "replace it?".
  if (context.children.length > 0 && context.children.every((c) => logged.has(c.toLowerCase()))) {
    return {
      key: `${P}.ask-off-day-logged`,
      vars: { day: context.day, school_day: context.offDay?.day ?? '' },
      choices: [
        { id: 'this-day', key: `${P}.choice.this-day${past}`, vars: { day: context.day } },
        { id: 'not-now', key: `${P}.choice.not-now` },
      ],
      freeText: false,
    };
  }
  return {
    key: `${P}.ask-off-day${past}`,
    vars: { day: context.day, school_day: context.offDay?.day ?? '' },
    choices: [
      { id: 'school-day', key: `${P}.choice.school-day`, vars: { day: context.offDay?.day ?? '' } },
      { id: 'this-day', key: `${P}.choice.this-day${past}`, vars: { day: context.day } },
      { id: 'not-now', key: `${P}.choice.not-now` },
    ],
    freeText: false,
  };
}

export function childChoices({ context }: { context: Ctx }): AskParams {
  const choices: ChoiceRef[] = context.children.map((nickname, i) => ({ id: `child:${i}`, key: `${P}.choice.child`, vars: { nickname } }));
  choices.push({ id: 'new-child', key: `${P}.choice.new-child` });
  return { key: `${P}.ask-which-child`, choices, freeText: true };
}

export function replaceParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-replace`,
    vars: vars(context),
    choices: [
      { id: 'replace', key: `${P}.choice.replace` },
      { id: 'keep', key: `${P}.choice.keep` },
    ],
    freeText: false,
  };
}

export function attendanceParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-attendance.${context.isToday ? 'today' : 'past'}`,
    vars: vars(context),
    choices: [
      { id: 'full', key: `${P}.choice.full` },
      { id: 'partial', key: `${P}.choice.partial` },
      { id: 'absent', key: `${P}.choice.absent` },
      // Off ill, or another authorised absence: not a refusal day (W13-6, ill-day.ts).
      { id: 'ill', key: `${P}.choice.ill` },
      { id: 'not-now', key: `${P}.choice.not-now` },
    ],
    freeText: true,
  };
}

export function hoursParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-hours`,
    vars: { nickname: vars(context).nickname },
    choices: [
      ...HOURS.map((h) => ({ id: `h:${h}`, key: `${P}.choice.hours`, vars: { hours: String(h) } })),
      { id: 'h:unsure', key: `${P}.choice.hours-unsure` },
    ],
    freeText: true,
  };
}

/** "How hard was the morning?"; naming a number from a day told in words that may be the answer ("maybe 8"). */
export function difficultyAsk({ context }: { context: Ctx }): AskParams {
  const n = context.told?.maybeDifficulty;
  return {
    ...(n === null || n === undefined ? { key: `${P}.ask-difficulty` } : { key: `${P}.ask-difficulty.heard`, vars: { n: String(n) } }),
    choices: DIFFICULTY.map((d) => ({ id: `d:${d}`, key: `${P}.choice.difficulty`, vars: { n: String(d) } })),
    freeText: true,
  };
}

/** Picked already in this log ("Something else" never is: there can be several). */
export const isPicked = (id: string, picked: readonly string[] | undefined): boolean => !id.endsWith(':other') && (picked ?? []).includes(id);

/**
 * The list, every item at the same number every time it is shown (W12-6: a number typed from the
 * list before means the same item): one already picked stays in its place, marked as noted
 * (`daily-log.picked.*`), and the closing button is last, where "Nothing" was.
 */
export const triggerChoices = (last: 'nothing' | 'done', picked?: readonly string[]): ChoiceRef[] => [
  ...TRIGGERS.map((t) => ({ id: `t:${t.id}`, key: isPicked(`t:${t.id}`, picked) ? `${P}.picked.trigger.${t.id}` : `${P}.trigger.${t.id}` })),
  { id: last, key: `${P}.choice.${last}` },
];
export const supportChoices = (last: 'nothing-tried' | 'done', picked?: readonly string[]): ChoiceRef[] => [
  ...SUPPORTS.map((s) => ({ id: `s:${s.id}`, key: isPicked(`s:${s.id}`, picked) ? `${P}.picked.support.${s.id}` : `${P}.support.${s.id}` })),
  { id: last, key: `${P}.choice.${last}` },
];

/**
 * "1, 5" or "1 and 5" typed at a pick-each-one list: the ids those numbers stand for on `list`
 * as shown, or null when it is not such a list (a number past the end, "something else" or the
 * closing button among them: kept in the parent's words).
 */
function numberedPicks(event: FlowEvent, list: readonly ChoiceRef[], prefix: 't:' | 's:', picked: readonly string[] | undefined): string[] | null {
  if (event.type !== 'TEXT') return null;
  const t = event.text.trim().toLowerCase();
  if (!/^\d{1,2}(?:\s*(?:,|&|\+|and|\s)\s*\d{1,2})+$/.test(t)) return null;
  const ids = [...new Set((t.match(/\d+/g) ?? []).map((n) => list[Number(n) - 1]?.id ?? ''))];
  if (!ids.every((id) => id.startsWith(prefix) && id !== `${prefix}other`)) return null;
  // One noted already is not noted twice ("1, 2" with 1 picked before is 2).
  const fresh = ids.filter((id) => !isPicked(id, picked));
  return fresh.length ? fresh : null;
}

/** The listed reasons "1, 5" picks at "what made it harder?" (`t:…` ids), or null. */
export function numberedTriggers(event: FlowEvent, again: boolean, picked: readonly string[] | undefined): string[] | null {
  return numberedPicks(event, again ? triggerChoices('done', picked) : triggerChoices('nothing'), 't:', picked);
}
/** The reasons "1, 5" picked, saved at once (on the first list, or on "anything else?"). */
function numberedSave(context: Ctx, event: unknown, again: boolean): SaveLogParams {
  const ids = (numberedTriggers(ev(event), again, context.picked) ?? []).map((t) => t.replace(/^t:/, '')).filter(isTriggerId);
  return { ...base(context), op: 'triggers', ids };
}
/** The listed supports "1, 3" picks at "did you try anything?", in order, or null. */
export function numberedSupports(event: FlowEvent, again: boolean, picked: readonly string[] | undefined): SupportId[] | null {
  const ids = numberedPicks(event, again ? supportChoices('done', picked) : supportChoices('nothing-tried'), 's:', picked);
  const supports = (ids ?? []).map((id) => id.slice(2)).filter(isSupportId);
  return ids && supports.length === ids.length ? supports : null;
}

/** Only numbers ("8", "1, 9", "0."): typed as positions on the list, never a reason in words. */
const ONLY_NUMBERS = /^\d{1,3}(?:\s*(?:,|&|\+|and|\s)\s*\d{1,3})*[.!]*$/i;

/**
 * Numbers typed at a pick-each-one list that are not choices on it as shown (W12-6: "8" after
 * the list shrank to 7, "1, 9", "0"): the kind reply naming the list's range, asked again, so a
 * number never becomes a reason or a support in the parent's words. Null when it is not that.
 */
export function offListNumber(event: FlowEvent, list: 'trigger' | 'support', again: boolean, picked: readonly string[] | undefined): SayParams | null {
  if (event.type !== 'TEXT' || !ONLY_NUMBERS.test(event.text.trim())) return null;
  const numbered = list === 'trigger' ? numberedTriggers(event, again, picked) : numberedSupports(event, again, picked);
  if (numbered) return null;
  const shown = list === 'trigger' ? (again ? triggerChoices('done', picked) : triggerChoices('nothing')) : again ? supportChoices('done', picked) : supportChoices('nothing-tried');
  return { key: `${P}.not-on-list.${list}`, vars: { last: String(shown.length) } };
}
export const offListSay =
  (list: 'trigger' | 'support', again: boolean) =>
  ({ context, event }: { context: Ctx; event: unknown }): SayParams =>
    offListNumber(ev(event), list, again, context.picked) ?? { key: `${P}.not-on-list.${list}`, vars: { last: '' } };

export const numberedFirstSave = ({ context, event }: { context: Ctx; event: unknown }) => numberedSave(context, event, false);
export const numberedMoreSave = ({ context, event }: { context: Ctx; event: unknown }) => numberedSave(context, event, true);

export function triggersMoreParams({ context }: { context: Ctx }): AskParams {
  return { key: `${P}.ask-triggers-more`, choices: triggerChoices('done', context.picked), freeText: true };
}
export function supportsMoreParams({ context }: { context: Ctx }): AskParams {
  return { key: `${P}.ask-supports-more`, choices: supportChoices('done', context.picked), freeText: true };
}

/**
 * A support as the parent typed it, to quote back ("a quiet space", "time out card"): trimmed,
 * without closing punctuation, short. '' for a button pressed, or typed as its number ("2").
 */
export function supportWordsOf(event: FlowEvent): string {
  const typed = event.type === 'TEXT' ? event.text : event.type === 'CHOICE' ? (event.typed ?? '') : '';
  return /\p{L}/u.test(typed) ? clip(typed.trim().replace(/[\s.!?,;:]+$/, ''), 80) : '';
}

export function helpedParams({ context }: { context: Ctx }): AskParams {
  const words = context.supportWords ?? '';
  return {
    key: words ? `${P}.ask-helped.typed` : `${P}.ask-helped.${context.support || 'other'}`,
    ...(words ? { vars: { what: words } } : {}),
    choices: [
      { id: 'yes', key: `${P}.choice.helped-yes` },
      { id: 'no', key: `${P}.choice.helped-no` },
      { id: 'unsure', key: `${P}.choice.helped-unsure` },
    ],
    freeText: false,
  };
}

export function noteAsk({ context }: { context: Ctx }): AskParams {
  // A day told in words: they are the note already; anything typed now is added to them.
  return { key: `${P}.ask-note.${context.told?.attendance ? 'told' : context.isToday ? 'today' : 'past'}`, choices: [{ id: 'skip', key: `${P}.choice.skip-note` }], freeText: true };
}

// --- effect params, built from the event that carried the answer ----------------------------

export function attendanceOf(event: FlowEvent): Attendance | null {
  const a = answerOf(event);
  if (event.type === 'CHOICE') return a === 'full' || a === 'partial' || a === 'absent' ? a : null;
  return parseAttendance(a);
}

export function startParams({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'start', attendance: attendanceOf(ev(event)) ?? 'full' };
}

/** A part day told with its times at the attendance question: the day and its hours at once. */
export function partialDayStart({ context }: { context: Ctx }): SaveLogParams {
  return { ...base(context), op: 'start', attendance: 'partial' };
}
export function partialDayHours({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const told = parsePartialDay(answerOf(ev(event)));
  return { ...base(context), op: 'hours', hours: told?.hours ?? null, arrived: told?.arrived ?? null, left: told?.left ?? null };
}

/** Hours typed at "how long?": a time or a length, or "half day" as half the parent's school day (W13-9). */
export function hoursFromWords(text: string, schoolDayHours: number | null | undefined): HoursAnswer | null {
  return parseHours(text) ?? (/^\W*(?:about |around |roughly |just )?(?:a |an )?half (?:a )?day\W*$/i.test(text.trim()) ? readToldDay(text, schoolDayHours ?? null)?.hours ?? null : null);
}

export function hoursSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const e = ev(event);
  if (e.type === 'CHOICE') return { ...base(context), op: 'hours', hours: Number(e.id.replace('h:', '')) };
  const parsed = hoursFromWords(answerOf(e), context.schoolDayHours);
  return { ...base(context), op: 'hours', hours: parsed?.hours ?? null, arrived: parsed?.arrived ?? null, left: parsed?.left ?? null };
}

export function difficultySave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const a = answerOf(ev(event));
  return { ...base(context), op: 'difficulty', value: parseDifficulty(a.replace(/^d:/, '')) ?? 0 };
}

export function triggerSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const id = answerOf(ev(event)).replace(/^t:/, '');
  return { ...base(context), op: 'trigger', id: isTriggerId(id) ? id : 'other' };
}

/**
 * "No", "nothing", "that's all", "skip", "nothing helped today", "we didn't try anything": typed at a
 * pick-each-one list, it ends the list (never an item called "skip" or "nothing helped today").
 */
export function saysNothing(event: FlowEvent): boolean {
  return event.type === 'TEXT' && (ENDS_LIST.test(straightApostrophes(event.text.trim())) || NOTHING_HELPED.test(straightApostrophes(event.text.trim())));
}
const ENDS_LIST = /^(?:no|nope|none|nothing|(?:nothing|none) (?:else|really|much|today|tried)|not really|no more|that'?s (?:it|all)|done|n\/?a|skip(?: (?:it|this|this one|today))?)[.!]*$/i;
/** Nothing tried today, or nothing that helped: the day's answer to "did you try anything?". */
const NOTHING_HELPED = /^(?:(?:nothing|none)(?: really| at all)? (?:helped|worked|was tried|got tried)|(?:we |i )?(?:didn'?t|did not) (?:try|do) anything(?: (?:else|new|different))?)(?: (?:today|this time|at all|really))?[.!]*$/i;

/** A trigger typed in the parent's words: one of the list when it names one, else "something else" with the words. */
export function typedTriggerSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  // Several typed together ("maths, noise"): the listed ones, and the rest in the parent's words (W15-15).
  const list = typedTriggerList(answerOf(ev(event)));
  if (list) {
    const others = list.flatMap((t) => (t.id === 'other' && t.detail ? [clip(t.detail, 200)] : []));
    return { ...base(context), op: 'triggers', ids: [...new Set(list.flatMap((t) => (t.id === 'other' ? [] : [t.id])))], others };
  }
  const t = typedTriggerName(answerOf(ev(event)));
  return { ...base(context), op: 'trigger', id: t.id, ...(t.detail ? { detail: clip(t.detail, 200) } : {}) };
}

/**
 * The words a typed reason was kept in as they are (a reason of its own, "something else" in the
 * log): all of it, or the parts of a list ("maths" of "maths, noise"). What else the answer says,
 * beyond the listed reasons it was read as, is the engine's to keep (W20-9, src/core/added-words.ts).
 */
function reasonWordsTaken(text: string): string[] {
  const list = typedTriggerList(text);
  if (list) return list.flatMap((t) => (t.id === 'other' && t.detail ? [t.detail] : []));
  return typedTriggerName(text).id === 'other' ? [text] : [];
}
export const typedReasonRead = partRead({ took: reasonWordsTaken });
/** A support typed with more than its name ("the quiet space, her friend met her"): what else it says, kept (W20-9). */
export const typedSupportRead = partRead();

/** A button or typed words naming a reason or support noted already in this log: said so, not noted twice. */
export function pickedAgain(event: FlowEvent, list: 'trigger' | 'support', picked: readonly string[] | undefined): boolean {
  const id = event.type === 'CHOICE' ? event.id : typedPick(event, list);
  return id !== null && isPicked(id, picked);
}

/** The list item a typed trigger or support is (`t:sensory`), to mark as noted on the next list; null for "something else". */
export function typedPick(event: FlowEvent, list: 'trigger' | 'support'): string | null {
  if (event.type !== 'TEXT') return null;
  const parsed = list === 'trigger' ? typedTriggerName(event.text) : typedSupportName(event.text);
  return parsed.id === 'other' ? null : `${list === 'trigger' ? 't' : 's'}:${parsed.id}`;
}

export function otherTriggerSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'trigger', id: 'other', detail: clip(answerOf(ev(event)), 200) };
}

export function supportSave({ context }: { context: Ctx }): SaveLogParams {
  return { ...base(context), op: 'support', id: context.support || 'other' };
}

export function otherSupportSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'support', id: 'other', detail: clip(answerOf(ev(event)), 200) };
}

export function helpedSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const a = answerOf(ev(event));
  return { ...base(context), op: 'helped', id: context.support || 'other', helped: a === 'yes' ? true : a === 'no' ? false : null };
}

/** The day's note with `words` last: a told day's words and words kept at the reasons question first. */
export function dayNoteWith(context: Ctx, words: string): string {
  const before = [...(context.told?.attendance ? [context.told.text] : []), ...(context.asides ?? [])];
  return clip([...before, words].join('\n'), 2000);
}

export function noteSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'note', text: dayNoteWith(context, answerOf(ev(event))) };
}

export function finishSave({ context }: { context: Ctx }): SaveLogParams {
  return { ...base(context), op: 'finish' };
}

export function openCaseParams({ context }: { context: Ctx }): OpenCaseParams {
  return { nickname: context.nickname };
}

/**
 * The case note: which day was logged and how it went, by content key (the note keeps the words:
 * "part of the day", not "partial"; a day off ill as that); the log itself holds the detail.
 */
export function savedNote({ context }: { context: Ctx }): NoteParams {
  // Off ill or another authorised absence is said as such, never "didn't go in" (W15-11).
  const part = context.excused ? 'excused' : context.attendance;
  return { kind: 'log_summary', topic: 'daily-log.saved', text: part ? `${P}.part.${part}` : `${P}.note.logged`, said_on: context.date };
}
export function keptNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'log_summary', topic: 'daily-log.kept', text: `${P}.note.kept`, said_on: context.date };
}
/** Words at the attendance question it cannot read as attendance (W20-7): the engine keeps what they say, thanked for; else the nudge. */
export const attendanceUnread = partRead({ kept: `${P}.attendance-words-kept`, otherwise: `${P}.nudge-attendance` });
/** The attendance read from a sentence ("made it in for 2nd period but texted me at lunch…"): the rest of the morning's account is the engine's to keep. */
export const attendanceReadInPart = partRead();
/** A refusal told where what was tried is asked (W20-8): the parent's words, kept with the child's notes. */
export function refusedSupportNote({ event }: { event: unknown }): NoteParams {
  return { kind: 'parent_words', topic: `${P}.support-refused`, text: answerOf(ev(event)) };
}
export function notNowNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'log_summary', topic: 'daily-log.not-now', text: `${P}.note.not-now`, said_on: context.date };
}

export function keptSay({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.kept`, vars: { day: context.day } };
}
