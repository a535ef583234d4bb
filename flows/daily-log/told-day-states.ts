/**
 * A day told in the parent's words (W13-2, W13-9): at the menu ("jj went in at 10 came home at 12
 * after a meltdown in maths, bad morning maybe 8") it is first offered to the log, and a no hands
 * the words on as before (what the school said); at "Did … get into school?" it is simply the
 * answer. What was read is saved at once, the words kept as the day's note, and only the rest is
 * asked: a number that may be the morning's rating is asked about, never saved unasked.
 * Pure: content keys and ids; the reading is src/features/daily-log/told-day.ts.
 */
import { answerOf, clip, nestedQuote, type AskParams, type FlowEvent, type FlowInput, type FlowOutput } from '../../src/core/flow-kit.js';
import { readToldDay, saysMoreThanAttendance, type ToldDay } from '../../src/features/daily-log/told-day.js';
import { isTriggerId, type SaveLogParams } from '../../src/features/daily-log/model.js';
import { P, type Ctx, type EarlierTold } from './daily-log-steps.js';

const ev = (event: unknown) => event as FlowEvent;
const base = (context: Ctx) => ({ child: context.nickname, date: context.date });

/** A told day handed in by the flow's input (the `log-told` command), checked, or null. */
export function toldFromInput(input: FlowInput): Ctx['told'] {
  const t = input.told as (ToldDay & { text?: unknown }) | undefined;
  if (!t || typeof t !== 'object' || typeof t.text !== 'string' || !Array.isArray(t.triggers)) return null;
  return { ...t, triggers: t.triggers.filter((x) => isTriggerId(x.id)), text: t.text };
}

/** What is saved from a told day at once: the day, its hours, a rating said as one, the reasons, the words. */
export function toldSave({ context }: { context: Ctx }): SaveLogParams {
  const t = context.told;
  const hours = t?.attendance === 'partial' ? t.hours : null;
  return {
    ...base(context),
    op: 'told',
    attendance: t?.attendance ?? 'full',
    hours: hours?.hours ?? null,
    arrived: hours?.arrived ?? null,
    left: hours?.left ?? null,
    difficulty: t?.difficulty ?? null,
    triggers: (t?.triggers ?? []).map((x) => ({ id: x.id, detail: x.detail })),
    note: clip(t?.text ?? '', 2000),
  };
}

/** What a told day's words are read as (the answer at "Did … get into school?"), with the words. */
export function toldOf(context: Ctx, event: unknown): Ctx['told'] {
  const text = answerOf(ev(event));
  const t = readToldDay(text, context.schoolDayHours ?? null);
  return t ? { ...t, text } : null;
}

/** The reasons told, as the lists' ids, ticked on "anything else?". */
export const toldPicked = (context: Ctx): string[] => [...(context.picked ?? []), ...(context.told?.triggers ?? []).filter((x) => x.id !== 'other').map((x) => `t:${x.id}`)];

/** At "Did … get into school?": more than the attendance told at once ("…, morning was a 7, corridors again"). */
export const isToldDay = (context: Ctx, event: unknown): boolean => saysMoreThanAttendance(readToldDay(answerOf(ev(event)), context.schoolDayHours ?? null));

/**
 * "That sounds like JJ's day: add it to the daily log for Thu 7 Jan?" (or "No, it's what the school
 * said"); offered again after a log that overtook it, with the words quoted (`.earlier`).
 */
function offerParams({ context }: { context: Ctx }): AskParams {
  const earlier = context.earlier ? 'earlier.' : '';
  return {
    key: `${P}.ask-told.${earlier}${context.nickname ? 'named' : 'unnamed'}`,
    vars: { nickname: context.nickname, day: context.day, ...(context.earlier ? { words: nestedQuote(clip(context.told?.text ?? '', 160)) } : {}) },
    choices: [
      { id: 'yes', key: `${P}.choice.told-log` },
      { id: 'no', key: `${P}.choice.told-school` },
    ],
    freeText: false,
  };
}

export const toldStates = {
  offerTold: {
    entry: { type: 'ask', params: offerParams },
    on: {
      CHOICE: [
        { guard: 'isToldYes', target: 'whichChild' },
        { target: 'done', actions: 'declineTold' },
      ],
    },
  },
  applyTold: {
    always: [
      { guard: 'toldNoAttendance', target: 'attendance' },
      { guard: 'toldNeedsHours', target: 'hours', actions: ['setTold', { type: 'saveLog', params: toldSave }] },
      { target: 'toDifficulty', actions: ['setTold', { type: 'saveLog', params: toldSave }] },
    ],
  },
  // After the hours: the morning's rating, unless it was told as one.
  toDifficulty: { always: [{ guard: 'toldRated', target: 'toTriggers' }, { target: 'difficulty' }] },
  // After the rating: what made it harder, or "anything else?" when some of it was told.
  toTriggers: { always: [{ guard: 'hasToldReasons', target: 'triggersMore' }, { target: 'triggers' }] },
} as const;

/** Declined: the words go on as before, to the menu as what the school said. */
export function toldOutput(context: Ctx): FlowOutput | null {
  return context.toldDeclined && context.told ? { next: 'home', input: { statement: context.told.text } } : null;
}


/** The told day waiting, from the flow's input, checked, or null. */
export function earlierFromInput(input: FlowInput): EarlierTold | null {
  const e = input.earlierTold as Partial<EarlierTold> | undefined;
  const told = e && typeof e === 'object' ? toldFromInput({ told: e.told } as FlowInput) : null;
  if (!e || !told || typeof e.date !== 'string' || typeof e.day !== 'string') return null;
  const logged = Array.isArray(e.logged) ? e.logged.filter((n): n is string => typeof n === 'string') : [];
  return { told, date: e.date, day: e.day, logged, ...(typeof e.child === 'string' ? { child: e.child } : {}) };
}

/**
 * When this log ends, the told day it overtook is offered, once, for its own day: a brother's or
 * sister's log chosen at the end carries it on to its own end; otherwise it is next.
 */
export function withEarlierTold(context: Ctx, out: FlowOutput): FlowOutput {
  const e = context.earlierTold;
  if (!e) return out;
  if (out.next === 'daily-log') return { ...out, input: { ...out.input, earlierTold: e } };
  const child = e.child ? { child: e.child } : {};
  return { next: 'daily-log', input: { date: e.date, day: e.day, isToday: false, prompted: false, logged: e.logged, tip: false, told: e.told, offerTold: true, earlier: true, ...child } };
}

export const TOLD_KEYS = [`${P}.ask-told.named`, `${P}.ask-told.unnamed`, `${P}.ask-told.earlier.named`, `${P}.ask-told.earlier.unnamed`, `${P}.choice.told-log`, `${P}.choice.told-school`, `${P}.ask-difficulty.heard`, `${P}.ask-note.told`];

/** Where a told day's words wait on the offer (or on the child and the day it is for), not yet on any log. */
const BEFORE_THE_LOG = ['offerTold', 'offDay', 'pickChild', 'nickname', 'confirmReplace'];

/**
 * The parent's words this log holds and has kept nowhere (FlowDef.unkeptWords): a told day not yet
 * on the log (declined, they go on as the school's words), and one whose offer this log overtook.
 */
function toldUnkept(context: Record<string, unknown>, state: unknown): string[] {
  const c = context as Partial<Ctx>;
  const waiting = typeof state === 'string' && BEFORE_THE_LOG.includes(state) && !c.toldDeclined ? [c.told?.text] : [];
  return [...waiting, c.earlierTold?.told.text].filter((w): w is string => typeof w === 'string');
}

/**
 * The daily log's FlowDef parts for a told day not yet on the log: its words kept if the log is let
 * go (left-words.ts), and quoted, rather than the offer's question, when it is offered a day later.
 */
export const toldLeftWaiting = {
  unkeptWords: toldUnkept,
  leftAbout: (context: Record<string, unknown>, state: unknown) => toldUnkept(context, state)[0] ?? null,
};
