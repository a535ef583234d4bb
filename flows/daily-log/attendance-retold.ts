/**
 * How much of the day the child was in, typed at "What made it harder?" ("part of the day", "went
 * in for 2 hours", "half day": the lead's replay, L13-5). Read as the attendance question reads a
 * day told in words (`readToldDay`, the same reader, not a second one), and put where it belongs,
 * never kept as a reason: the same attendance as picked is said to be there already (a time told
 * with it goes on the day); a different one is asked about before anything changes ("Shall I
 * change it to part of the day?"), and either way the reasons are asked again, where they were.
 * A message that names a reason stays a reason, as does a bare word or a yes or no; when it also
 * says a different part of the day ("tired, came home early" after "Full day"), the reason is kept
 * and the day asked about as above (situations16), so neither is lost. Pure: content keys and ids.
 */
import { answerOf, clip, type AskParams, type FlowEvent, type SayParams } from '../../src/core/flow-kit.js';
import { readToldDay, saysOnlyHowMuch } from '../../src/features/daily-log/told-day.js';
import type { SaveLogParams } from '../../src/features/daily-log/model.js';
import { P, dayNoteWith, typedPick, typedTriggerSave, type Ctx, type Retold } from './daily-log-steps.js';


const ev = (event: unknown) => event as FlowEvent;
const base = (context: Ctx) => ({ child: context.nickname, date: context.date });

/** The attendance typed at the reasons question, with no reason in it, or null. */
export function attendanceRetold(context: Ctx, event: unknown, again: boolean): Retold | null {
  const e = ev(event);
  if (e.type !== 'TEXT' || typedPick(e, 'trigger') !== null) return null;
  const text = answerOf(e);
  // One word ("sick", "late", "no") is a reason or an answer to the question asked, not a day retold.
  if (text.trim().split(/\s+/).length < 2) return null;
  // Anything more than how much of the day (sent home, a meltdown, called in) is a reason, kept as typed.
  if (!saysOnlyHowMuch(text, context.nickname)) return null;
  const told = readToldDay(text, context.schoolDayHours ?? null);
  if (!told?.attendance || told.triggers.length > 0 || told.difficulty !== null) return null;
  return { attendance: told.attendance, hours: told.attendance === 'partial' ? told.hours : null, again, text: clip(text.trim(), 500) };
}

/**
 * A reason that also says a part of the day other than the one picked ("tired, came home early"
 * after "Full day"), or null. Two words or more: "sick" or "late" alone is the reason only.
 */
export function reasonAndDay(context: Ctx, event: unknown): Retold | null {
  const e = ev(event);
  if (e.type !== 'TEXT') return null;
  const text = answerOf(e);
  if (text.trim().split(/\s+/).length < 2 || saysOnlyHowMuch(text, context.nickname)) return null;
  const told = readToldDay(text, context.schoolDayHours ?? null);
  if (!told?.attendance || !context.attendance || told.attendance === context.attendance) return null;
  // A reason was given with it: "anything else?" comes next, as after any reason.
  return { attendance: told.attendance, hours: told.attendance === 'partial' ? told.hours : null, again: true, text: clip(text.trim(), 500), reason: true };
}

const same = (context: Ctx, r: Retold | null): r is Retold => r !== null && r.attendance === context.attendance;

type Args = { context: Ctx; event: unknown };
/** `{ again }`, as the transitions give it (typed loosely: spread into the machine's setup). */
const againOf = (params: unknown) => Boolean((params as { again?: boolean } | undefined)?.again);

export const retoldGuards = {
  retoldSameWithHours: ({ context, event }: Args, params: unknown) => {
    const r = attendanceRetold(context, event, againOf(params));
    return same(context, r) && r.hours !== null;
  },
  retoldSame: ({ context, event }: Args, params: unknown) => same(context, attendanceRetold(context, event, againOf(params))),
  retoldOther: ({ context, event }: Args, params: unknown) => attendanceRetold(context, event, againOf(params)) !== null,
  reasonAndDay: ({ context, event }: Args) => reasonAndDay(context, event) !== null,
  isChange: ({ event }: Args) => answerOf(ev(event)) === 'change',
  retoldHours: ({ context }: Args) => Boolean(context.retold?.hours),
  retoldAgain: ({ context }: Args) => Boolean(context.retold?.again),
};

/** The time told with it, on the day (a part day's). */
export function retoldHoursSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const h = context.retold?.hours ?? attendanceRetold(context, event, false)?.hours ?? null;
  return { ...base(context), op: 'hours', hours: h?.hours ?? null, arrived: h?.arrived ?? null, left: h?.left ?? null };
}

function attendanceSave({ context }: { context: Ctx }): SaveLogParams {
  return { ...base(context), op: 'attendance', attendance: context.retold?.attendance ?? (context.attendance || 'full') };
}

/** The words asked about, on the day's note (after a told day's words and any kept before). */
function wordsNoteSave({ context }: { context: Ctx }): SaveLogParams {
  return { ...base(context), op: 'note', text: dayNoteWith(context, context.retold?.text ?? '') };
}

const say = (key: string) => ({ context }: { context: Ctx }): SayParams => ({ key: `${P}.${key}`, vars: { nickname: context.nickname, day: context.day } });

/** The time told, said as what the day now shows (added, or changed from one picked: the same words are true of both). */
const sayHours = ({ context, event }: Args): SayParams => {
  const h = attendanceRetold(context, event, false)?.hours?.hours;
  return { key: `${P}.attendance-hours-set`, vars: { nickname: context.nickname, day: context.day, hours: String(h ?? '') } };
};

/** At the reasons question (`again`: "anything else?"): the transitions for an attendance typed there, before a typed reason. */
export function retoldAnswers(again: boolean) {
  const back = again ? 'triggersMore' : 'triggers';
  return [
    { guard: { type: 'retoldSameWithHours', params: { again } }, target: back, reenter: true, actions: [{ type: 'saveLog', params: retoldHoursSave }, { type: 'say', params: sayHours }] },
    { guard: { type: 'retoldSame', params: { again } }, target: back, reenter: true, actions: { type: 'say', params: say('attendance-heard') } },
    { guard: { type: 'retoldOther', params: { again } }, target: 'confirmAttendance', actions: { type: 'holdRetold', params: { again } } },
    // "tired, came home early" after "Full day": the reason kept as typed, then the day asked about (situations16).
    {
      guard: { type: 'reasonAndDay', params: { again } },
      target: 'confirmAttendance',
      actions: [{ type: 'rememberTyped', params: 'trigger' }, { type: 'saveLog', params: typedTriggerSave }, { type: 'holdRetold', params: { again } }],
    },
  ] as const;
}

function changeParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-attendance-change${context.retold?.reason ? '-too' : ''}.${context.attendance || 'full'}-${context.retold?.attendance ?? 'partial'}`,
    vars: { nickname: context.nickname, day: context.day },
    choices: [
      { id: 'change', key: `${P}.choice.attendance-change` },
      { id: 'keep', key: `${P}.choice.attendance-keep` },
    ],
    freeText: false,
    // "No, he didn't go in, he had a meltdown at the gate": the rest goes on the day's note with the words asked about.
    takesAdded: true,
  };
}

/** What the machine keeps meanwhile (its actions, as `assign` takes them there). */
export const retoldAssign = {
  hold: ({ context, event }: Args, params: unknown) => ({ retold: attendanceRetold(context, event, againOf(params)) ?? reasonAndDay(context, event) }),
  set: ({ context }: Args) => ({ attendance: context.retold?.attendance ?? context.attendance }),
  /** Words added after the answer's button (CHOICE.added): on the day's note with the words asked about. */
  add: ({ context, event }: Args) => {
    const e = ev(event);
    const added = e.type === 'CHOICE' ? (e.added ?? '') : '';
    return added && context.retold ? { retold: { ...context.retold, text: [context.retold.text, added].filter(Boolean).join('\n') } } : {};
  },
  /** Done with: its words stay among the day's own (`asides`), for the note typed at the end. */
  drop: ({ context }: Args) => ({ retold: null, asides: [...(context.asides ?? []), ...(context.retold?.text ? [context.retold.text] : [])] }),
};

export const retoldStates = {
  // "That sounds like how much of the day JJ was in… Shall I change it to part of the day?"
  confirmAttendance: {
    entry: { type: 'ask', params: changeParams },
    on: {
      CHOICE: [
        { guard: 'isChange', target: 'retoldTime', actions: ['addRetold', 'setRetold', { type: 'saveLog', params: attendanceSave }, { type: 'saveLog', params: wordsNoteSave }, { type: 'say', params: say('attendance-changed') }] },
        { target: 'backToReasons', actions: ['addRetold', { type: 'saveLog', params: wordsNoteSave }, { type: 'say', params: say('attendance-kept') }] },
      ],
    },
  },
  retoldTime: { always: [{ guard: 'retoldHours', target: 'backToReasons', actions: { type: 'saveLog', params: retoldHoursSave } }, { target: 'backToReasons' }] },
  backToReasons: { always: [{ guard: 'retoldAgain', target: 'triggersMore', actions: 'dropRetold' }, { target: 'triggers', actions: 'dropRetold' }] },
} as const;

const CHANGES = ['full-partial', 'full-absent', 'partial-full', 'partial-absent', 'absent-full', 'absent-partial'];
export const RETOLD_KEYS = [
  ...CHANGES.map((a) => `${P}.ask-attendance-change.${a}`),
  ...CHANGES.map((a) => `${P}.ask-attendance-change-too.${a}`),
  `${P}.choice.attendance-change`,
  `${P}.choice.attendance-keep`,
  `${P}.attendance-heard`,
  `${P}.attendance-hours-set`,
  `${P}.attendance-changed`,
  `${P}.attendance-kept`,
];
