/**
 * Daily log: did the child get in (and for how long), how hard was the morning, what made it
 * harder, what was tried and whether it helped, and an optional note. Under a minute on a
 * phone: every question has buttons, and typed answers are read too.
 *
 * Each answer is saved as it is given (the `saveLog` effect), so a parent interrupted after the
 * first tap still has the day's attendance. The context holds only what steers the dialogue
 * (which child and day, the attendance kind, the support being asked about): the answers
 * themselves go straight to the store. One entry per child per day: logging a day again
 * replaces it, after saying so.
 */
import { assign, setup } from 'xstate';
import { parseAttendance, parseDifficulty, parseHours } from '../src/daily-log/parse.js';
import { SUPPORTS, TRIGGERS, isSupportId, isTriggerId, type Attendance, type SaveLogParams, type SupportId } from '../src/daily-log/model.js';
import {
  answerOf,
  clip,
  effects,
  type AskParams,
  type ChoiceRef,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
  type OpenCaseParams,
  type SayParams,
} from './kit.js';

const P = 'daily-log';

interface Ctx {
  /** The day being logged, local YYYY-MM-DD, and how to say it ("Tue 24 Nov"). */
  date: string;
  day: string;
  isToday: boolean;
  prompted: boolean;
  children: string[];
  nickname: string;
  /** Nicknames (lower case) already logged for this day. */
  logged: string[];
  attendance: Attendance | '';
  /** The support whose "did it help?" is being asked. */
  support: SupportId | '';
  /** Offer the reminder tip at the end (the parent has no check-in set). */
  tip: boolean;
}

const HOURS = [1, 2, 3, 4, 5] as const;
const DIFFICULTY = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The effect's no-op implementation: the engine interprets it (src/core/effects/daily-log-effects.ts). */
const saveLog = (_: unknown, _params: SaveLogParams) => {};

const ev = (event: unknown) => event as FlowEvent;
const base = (context: Ctx) => ({ child: context.nickname, date: context.date });
const vars = (context: Ctx) => ({ nickname: context.nickname, day: context.day });

function childChoices({ context }: { context: Ctx }): AskParams {
  const choices: ChoiceRef[] = context.children.map((nickname, i) => ({ id: `child:${i}`, key: `${P}.choice.child`, vars: { nickname } }));
  choices.push({ id: 'new-child', key: `${P}.choice.new-child` });
  return { key: `${P}.ask-which-child`, choices, freeText: true };
}

function replaceParams({ context }: { context: Ctx }): AskParams {
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

function attendanceParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-attendance.${context.isToday ? 'today' : 'past'}`,
    vars: vars(context),
    choices: [
      { id: 'full', key: `${P}.choice.full` },
      { id: 'partial', key: `${P}.choice.partial` },
      { id: 'absent', key: `${P}.choice.absent` },
      { id: 'not-now', key: `${P}.choice.not-now` },
    ],
    freeText: true,
  };
}

function hoursParams({ context }: { context: Ctx }): AskParams {
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

const difficultyAsk: AskParams = {
  key: `${P}.ask-difficulty`,
  choices: DIFFICULTY.map((n) => ({ id: `d:${n}`, key: `${P}.choice.difficulty`, vars: { n: String(n) } })),
  freeText: true,
};

const triggerChoices = (last: 'nothing' | 'done'): ChoiceRef[] => [
  ...TRIGGERS.map((t) => ({ id: `t:${t.id}`, key: `${P}.trigger.${t.id}` })),
  { id: last, key: `${P}.choice.${last}` },
];
const supportChoices = (last: 'nothing-tried' | 'done'): ChoiceRef[] => [
  ...SUPPORTS.map((s) => ({ id: `s:${s.id}`, key: `${P}.support.${s.id}` })),
  { id: last, key: `${P}.choice.${last}` },
];

function helpedParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-helped.${context.support || 'other'}`,
    choices: [
      { id: 'yes', key: `${P}.choice.helped-yes` },
      { id: 'no', key: `${P}.choice.helped-no` },
      { id: 'unsure', key: `${P}.choice.helped-unsure` },
    ],
    freeText: false,
  };
}

function noteAsk({ context }: { context: Ctx }): AskParams {
  return { key: `${P}.ask-note.${context.isToday ? 'today' : 'past'}`, choices: [{ id: 'skip', key: `${P}.choice.skip-note` }], freeText: true };
}

// --- effect params, built from the event that carried the answer ----------------------------

function attendanceOf(event: FlowEvent): Attendance | null {
  const a = answerOf(event);
  if (event.type === 'CHOICE') return a === 'full' || a === 'partial' || a === 'absent' ? a : null;
  return parseAttendance(a);
}

function startParams({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'start', attendance: attendanceOf(ev(event)) ?? 'full' };
}

function hoursSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const e = ev(event);
  if (e.type === 'CHOICE') return { ...base(context), op: 'hours', hours: Number(e.id.replace('h:', '')) };
  const parsed = parseHours(answerOf(e));
  return { ...base(context), op: 'hours', hours: parsed?.hours ?? null, arrived: parsed?.arrived ?? null, left: parsed?.left ?? null };
}

function difficultySave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const a = answerOf(ev(event));
  return { ...base(context), op: 'difficulty', value: parseDifficulty(a.replace(/^d:/, '')) ?? 0 };
}

function triggerSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const id = answerOf(ev(event)).replace(/^t:/, '');
  return { ...base(context), op: 'trigger', id: isTriggerId(id) ? id : 'other' };
}

function otherTriggerSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'trigger', id: 'other', detail: clip(answerOf(ev(event)), 200) };
}

function supportSave({ context }: { context: Ctx }): SaveLogParams {
  return { ...base(context), op: 'support', id: context.support || 'other' };
}

function otherSupportSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'support', id: 'other', detail: clip(answerOf(ev(event)), 200) };
}

function helpedSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  const a = answerOf(ev(event));
  return { ...base(context), op: 'helped', id: context.support || 'other', helped: a === 'yes' ? true : a === 'no' ? false : null };
}

function noteSave({ context, event }: { context: Ctx; event: unknown }): SaveLogParams {
  return { ...base(context), op: 'note', text: clip(answerOf(ev(event)), 2000) };
}

function finishSave({ context }: { context: Ctx }): SaveLogParams {
  return { ...base(context), op: 'finish' };
}

function openCaseParams({ context }: { context: Ctx }): OpenCaseParams {
  return { nickname: context.nickname };
}

/** The case note: which day was logged and how it went, as ids (the log itself holds the detail). */
function savedNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'log_summary', topic: 'daily-log.saved', text: context.attendance || 'logged', said_on: context.date };
}
function keptNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'log_summary', topic: 'daily-log.kept', text: 'kept the earlier entry', said_on: context.date };
}
function notNowNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'log_summary', topic: 'daily-log.not-now', text: 'not logged yet', said_on: context.date };
}

function keptSay({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.kept`, vars: { day: context.day } };
}

export const dailyLogMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    saveLog,
    pickChild: assign({
      nickname: ({ context, event }) => context.children[Number(answerOf(ev(event)).replace('child:', ''))] ?? context.nickname,
    }),
    typedChild: assign({ nickname: ({ event }) => clip(answerOf(ev(event)), 40) }),
    setAttendance: assign({ attendance: ({ event }) => attendanceOf(ev(event)) ?? '' }),
    setSupport: assign({
      support: ({ event }) => {
        const id = answerOf(ev(event)).replace(/^s:/, '');
        return isSupportId(id) ? id : '';
      },
    }),
    setOtherSupport: assign({ support: 'other' as const }),
    clearSupport: assign({ support: '' as const }),
  },
  guards: {
    isPrompted: ({ context }) => context.prompted,
    hasSeveralChildren: ({ context }) => context.children.length > 1,
    hasNoChild: ({ context }) => context.children.length === 0 && !context.nickname,
    isChild: ({ event }) => answerOf(ev(event)).startsWith('child:'),
    isNewChild: ({ event }) => answerOf(ev(event)) === 'new-child',
    hasText: ({ event }) => answerOf(ev(event)).length > 0,
    alreadyLogged: ({ context }) => context.logged.includes(context.nickname.trim().toLowerCase()),
    isReplace: ({ event }) => answerOf(ev(event)) === 'replace',
    isNotNow: ({ event }) => answerOf(ev(event)) === 'not-now',
    isPartial: ({ event }) => attendanceOf(ev(event)) === 'partial',
    isAttendance: ({ event }) => attendanceOf(ev(event)) !== null,
    isHoursUnsure: ({ event }) => answerOf(ev(event)) === 'h:unsure',
    isHoursChoice: ({ event }) => /^h:\d+$/.test(answerOf(ev(event))),
    isHoursText: ({ event }) => parseHours(answerOf(ev(event))) !== null,
    isDifficulty: ({ event }) => parseDifficulty(answerOf(ev(event)).replace(/^d:/, '')) !== null,
    isOtherTrigger: ({ event }) => answerOf(ev(event)) === 't:other',
    isTrigger: ({ event }) => answerOf(ev(event)).startsWith('t:'),
    isOtherSupport: ({ event }) => answerOf(ev(event)) === 's:other',
    isSupport: ({ event }) => answerOf(ev(event)).startsWith('s:'),
    isEnough: ({ event }) => ['done', 'nothing', 'nothing-tried'].includes(answerOf(ev(event))),
    isSkip: ({ event }) => answerOf(ev(event)) === 'skip',
    wantsTip: ({ context }) => context.tip,
  },
}).createMachine({
  id: 'daily-log',
  context: ({ input }) => {
    const children = input.children ?? [];
    const nickname = children.length === 1 ? (children[0] as string) : children.length === 0 ? (input.nickname ?? '') : '';
    return {
      date: typeof input.date === 'string' ? input.date : '',
      day: typeof input.day === 'string' ? input.day : '',
      isToday: input.isToday !== false,
      prompted: input.prompted === true,
      children,
      nickname,
      logged: Array.isArray(input.logged) ? input.logged.filter((n): n is string => typeof n === 'string').map((n) => n.toLowerCase()) : [],
      attendance: '',
      support: '',
      tip: input.tip === true,
    };
  },
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'isPrompted', target: 'whichChild', actions: { type: 'say', params: { key: `${P}.prompt-intro` } } },
        { target: 'whichChild' },
      ],
    },
    whichChild: {
      always: [{ guard: 'hasSeveralChildren', target: 'pickChild' }, { guard: 'hasNoChild', target: 'nickname' }, { target: 'checkLogged' }],
    },
    pickChild: {
      entry: { type: 'ask', params: childChoices },
      on: {
        CHOICE: [
          { guard: 'isNewChild', target: 'nickname' },
          { guard: 'isChild', target: 'checkLogged', actions: 'pickChild' },
        ],
        TEXT: { guard: 'hasText', target: 'checkLogged', actions: 'typedChild' },
      },
    },
    nickname: {
      entry: { type: 'ask', params: { key: `${P}.ask-nickname` } },
      on: { TEXT: { guard: 'hasText', target: 'checkLogged', actions: 'typedChild' } },
    },
    checkLogged: {
      entry: { type: 'openCase', params: openCaseParams },
      always: [{ guard: 'alreadyLogged', target: 'confirmReplace' }, { target: 'attendance' }],
    },
    confirmReplace: {
      entry: { type: 'ask', params: replaceParams },
      on: {
        CHOICE: [
          { guard: 'isReplace', target: 'attendance' },
          { target: 'done', actions: [{ type: 'say', params: keptSay }, { type: 'note', params: keptNote }] },
        ],
      },
    },
    attendance: {
      entry: { type: 'ask', params: attendanceParams },
      on: {
        CHOICE: [
          { guard: 'isNotNow', target: 'done', actions: [{ type: 'say', params: { key: `${P}.not-now` } }, { type: 'note', params: notNowNote }] },
          { guard: 'isPartial', target: 'hours', actions: ['setAttendance', { type: 'saveLog', params: startParams }] },
          { guard: 'isAttendance', target: 'difficulty', actions: ['setAttendance', { type: 'saveLog', params: startParams }] },
        ],
        TEXT: [
          { guard: 'isPartial', target: 'hours', actions: ['setAttendance', { type: 'saveLog', params: startParams }] },
          { guard: 'isAttendance', target: 'difficulty', actions: ['setAttendance', { type: 'saveLog', params: startParams }] },
          { target: 'attendance', reenter: true, actions: { type: 'say', params: { key: `${P}.nudge-attendance` } } },
        ],
      },
    },
    hours: {
      entry: { type: 'ask', params: hoursParams },
      on: {
        CHOICE: [
          { guard: 'isHoursUnsure', target: 'difficulty' },
          { guard: 'isHoursChoice', target: 'difficulty', actions: { type: 'saveLog', params: hoursSave } },
        ],
        TEXT: [
          { guard: 'isHoursText', target: 'difficulty', actions: { type: 'saveLog', params: hoursSave } },
          { target: 'hours', reenter: true, actions: { type: 'say', params: { key: `${P}.nudge-hours` } } },
        ],
      },
    },
    difficulty: {
      entry: { type: 'ask', params: difficultyAsk },
      on: {
        CHOICE: { guard: 'isDifficulty', target: 'triggers', actions: { type: 'saveLog', params: difficultySave } },
        TEXT: [
          { guard: 'isDifficulty', target: 'triggers', actions: { type: 'saveLog', params: difficultySave } },
          { target: 'difficulty', reenter: true, actions: { type: 'say', params: { key: `${P}.nudge-difficulty` } } },
        ],
      },
    },
    triggers: {
      entry: { type: 'ask', params: { key: `${P}.ask-triggers`, choices: triggerChoices('nothing'), freeText: false } },
      on: {
        CHOICE: [
          { guard: 'isEnough', target: 'supports' },
          { guard: 'isOtherTrigger', target: 'triggerOther' },
          { guard: 'isTrigger', target: 'triggersMore', actions: { type: 'saveLog', params: triggerSave } },
        ],
      },
    },
    triggersMore: {
      entry: { type: 'ask', params: { key: `${P}.ask-triggers-more`, choices: triggerChoices('done'), freeText: false } },
      on: {
        CHOICE: [
          { guard: 'isEnough', target: 'supports' },
          { guard: 'isOtherTrigger', target: 'triggerOther' },
          { guard: 'isTrigger', target: 'triggersMore', reenter: true, actions: { type: 'saveLog', params: triggerSave } },
        ],
      },
    },
    triggerOther: {
      entry: { type: 'ask', params: { key: `${P}.ask-trigger-other` } },
      on: { TEXT: { guard: 'hasText', target: 'triggersMore', actions: { type: 'saveLog', params: otherTriggerSave } } },
    },
    supports: {
      entry: { type: 'ask', params: { key: `${P}.ask-supports`, choices: supportChoices('nothing-tried'), freeText: false } },
      on: {
        CHOICE: [
          { guard: 'isEnough', target: 'note' },
          { guard: 'isOtherSupport', target: 'supportOther' },
          { guard: 'isSupport', target: 'helped', actions: ['setSupport', { type: 'saveLog', params: supportSave }] },
        ],
      },
    },
    supportsMore: {
      entry: { type: 'ask', params: { key: `${P}.ask-supports-more`, choices: supportChoices('done'), freeText: false } },
      on: {
        CHOICE: [
          { guard: 'isEnough', target: 'note' },
          { guard: 'isOtherSupport', target: 'supportOther' },
          { guard: 'isSupport', target: 'helped', actions: ['setSupport', { type: 'saveLog', params: supportSave }] },
        ],
      },
    },
    supportOther: {
      entry: { type: 'ask', params: { key: `${P}.ask-support-other` } },
      on: { TEXT: { guard: 'hasText', target: 'helped', actions: ['setOtherSupport', { type: 'saveLog', params: otherSupportSave }] } },
    },
    helped: {
      entry: { type: 'ask', params: helpedParams },
      on: { CHOICE: { target: 'supportsMore', actions: [{ type: 'saveLog', params: helpedSave }, 'clearSupport'] } },
    },
    note: {
      entry: { type: 'ask', params: noteAsk },
      on: {
        CHOICE: { guard: 'isSkip', target: 'finish' },
        TEXT: { guard: 'hasText', target: 'finish', actions: { type: 'saveLog', params: noteSave } },
      },
    },
    finish: {
      entry: [{ type: 'saveLog', params: finishSave }, { type: 'note', params: savedNote }],
      always: [{ guard: 'wantsTip', target: 'done', actions: { type: 'say', params: { key: `${P}.tip-reminder` } } }, { target: 'done' }],
    },
    done: { type: 'final' },
  },
  output: () => ({ next: 'home' }),
});

export const dailyLogFlow: FlowDef = {
  id: 'daily-log',
  version: 1,
  machine: dailyLogMachine,
  keys: [
    `${P}.prompt-intro`,
    `${P}.ask-which-child`,
    `${P}.choice.child`,
    `${P}.choice.new-child`,
    `${P}.ask-nickname`,
    `${P}.ask-replace`,
    `${P}.choice.replace`,
    `${P}.choice.keep`,
    `${P}.kept`,
    `${P}.ask-attendance.today`,
    `${P}.ask-attendance.past`,
    `${P}.choice.full`,
    `${P}.choice.partial`,
    `${P}.choice.absent`,
    `${P}.choice.not-now`,
    `${P}.not-now`,
    `${P}.nudge-attendance`,
    `${P}.ask-hours`,
    `${P}.choice.hours`,
    `${P}.choice.hours-unsure`,
    `${P}.nudge-hours`,
    `${P}.ask-difficulty`,
    `${P}.choice.difficulty`,
    `${P}.nudge-difficulty`,
    `${P}.ask-triggers`,
    `${P}.ask-triggers-more`,
    ...TRIGGERS.map((t) => `${P}.trigger.${t.id}`),
    `${P}.choice.nothing`,
    `${P}.choice.done`,
    `${P}.ask-trigger-other`,
    `${P}.ask-supports`,
    `${P}.ask-supports-more`,
    ...SUPPORTS.map((s) => `${P}.support.${s.id}`),
    ...SUPPORTS.map((s) => `${P}.ask-helped.${s.id}`),
    `${P}.choice.nothing-tried`,
    `${P}.ask-support-other`,
    `${P}.choice.helped-yes`,
    `${P}.choice.helped-no`,
    `${P}.choice.helped-unsure`,
    `${P}.ask-note.today`,
    `${P}.ask-note.past`,
    `${P}.choice.skip-note`,
    `${P}.tip-reminder`,
  ],
};
