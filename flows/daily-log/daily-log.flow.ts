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
import { nicknameFrom } from '../advice/school-words.js';
import { assign, setup } from 'xstate';
import { typedSupportName } from '../../src/features/daily-log/parse.js';
import { isSupportId, type SaveLogParams } from '../../src/features/daily-log/model.js';
import { DAILY_LOG_KEYS } from './daily-log-keys.js';
import { dailyLogGuards } from './daily-log-guards.js';
import { siblingAsk, siblingOutput, unloggedSibling } from './sibling-log.js';
import { supportAnswers, triggerAnswers } from './daily-log-lists.js';
import { retoldAssign, retoldGuards, retoldStates } from './attendance-retold.js';
import { leftOpenGuards, notAReasonActions, welcomeBack } from './left-open.js';
import { askIllState, excusedSave, illStart } from './ill-day.js';
import { earlierFromInput, toldFromInput, toldOf, toldOutput, toldPicked, toldLeftWaiting, toldStates, withEarlierTold } from './told-day-states.js';
import { answerOf, effects, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput } from '../../src/core/flow-kit.js';
import {
  type Ctx,
  P,
  attendanceOf,
  attendanceParams,
  childChoices,
  difficultyAsk,
  difficultySave,
  ev,
  finishSave,
  helpedParams,
  helpedSave,
  hoursParams,
  hoursSave,
  keptNote,
  keptSay,
  notNowNote,
  attendanceReadInPart, attendanceUnread,
  noteAsk,
  numberedSupports,
  numberedTriggers,
  noteSave,
  offDayParams,
  openCaseParams,
  partialDayHours,
  partialDayStart,
  otherSupportSave,
  otherTriggerSave,
  replaceParams,
  savedNote,
  startParams,
  supportChoices,
  supportsMoreParams,
  supportSave,
  supportWordsOf,
  triggerChoices,
  triggersMoreParams,
  typedPick,
} from './daily-log-steps.js';

/** Nicknames from the flow's input, lower case (how "already logged" is compared). */
function lowerNames(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string').map((n) => n.toLowerCase()) : [];
}

/** The check-in tip a first log ends with (with no check-in set), after the day or after the sibling offer. */
const TIP = { key: `${P}.tip-reminder` };

/** The effect's no-op implementation: the engine interprets it (src/features/daily-log/daily-log-effects.ts). */
const saveLog = (_: unknown, _params: SaveLogParams) => {};

export const dailyLogMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    saveLog,
    // A day told in words (told-day-states.ts): what was read, saved at once.
    takeTold: assign({ told: ({ context, event }) => toldOf(context, event) }),
    declineTold: assign({ toldDeclined: true }),
    setExcused: assign({ attendance: 'absent' as const, excused: true }),
    holdRetold: assign(retoldAssign.hold),
    setRetold: assign(retoldAssign.set),
    dropRetold: assign(retoldAssign.drop),
    addRetold: assign(retoldAssign.add),
    setTold: assign(({ context }) => ({ attendance: context.told?.attendance ?? '', picked: toldPicked(context) })),
    pickChild: assign({
      nickname: ({ context, event }) => context.children[Number(answerOf(ev(event)).replace('child:', ''))] ?? context.nickname,
    }),
    typedChild: assign({ nickname: ({ event }) => nicknameFrom(answerOf(ev(event))) }),
    setAttendance: assign({ attendance: ({ event }) => attendanceOf(ev(event)) ?? '' }),
    setSupport: assign({
      support: ({ event }) => {
        const e = ev(event);
        const id = e.type === 'TEXT' ? typedSupportName(e.text).id : answerOf(e).replace(/^s:/, '');
        return isSupportId(id) ? id : '';
      },
    }),
    setPartial: assign({ attendance: 'partial' as const }),
    remember: assign({ picked: ({ context, event }) => [...(context.picked ?? []), answerOf(ev(event))] }),
    rememberTyped: assign({
      picked: ({ context, event }, list: 'trigger' | 'support') => {
        const id = typedPick(ev(event), list);
        return id ? [...(context.picked ?? []), id] : (context.picked ?? []);
      },
    }),
    pickNumberedTriggers: assign({ picked: ({ context, event }, { again }: { again: boolean }) => [...(context.picked ?? []), ...(numberedTriggers(ev(event), again, context.picked) ?? [])] }),
    setOtherSupport: assign({ support: 'other' as const }),
    queueNumberedSupports: assign(({ context, event }, { again }: { again: boolean }) => {
      const all = numberedSupports(ev(event), again, context.picked) ?? [];
      const [first, ...rest] = all;
      return { support: first ?? ('' as const), supportWords: '', queued: rest, picked: [...(context.picked ?? []), ...all.map((id) => `s:${id}`)] };
    }),
    nextQueued: assign(({ context }) => {
      const [next, ...rest] = context.queued ?? [];
      return { support: next ?? ('' as const), supportWords: '', queued: rest };
    }),
    // "Did that help?" quotes what the parent typed at the list, not the list's name for it.
    setSupportWords: assign({ supportWords: ({ event }) => supportWordsOf(ev(event)) }),
    clearSupport: assign({ support: '' as const, supportWords: '' }),
    chooseSibling: assign({ sibling: ({ context }) => unloggedSibling(context) ?? '' }),
    useSchoolDay: assign(({ context }) =>
      context.offDay ? { date: context.offDay.date, day: context.offDay.day, isToday: false, logged: context.offDay.logged } : {},
    ),
  },
  guards: {
    ...dailyLogGuards,
    ...retoldGuards, ...leftOpenGuards,
  },
}).createMachine({
  id: 'daily-log',
  context: ({ input }) => {
    const children = input.children ?? [];
    // A brother's or sister's log offered after one child's (sibling-log.ts) names its child.
    const chosen = typeof input.child === 'string' && children.includes(input.child) ? input.child : '';
    const nickname = chosen || (children.length === 1 ? (children[0] as string) : children.length === 0 ? (input.nickname ?? '') : '');
    return {
      date: typeof input.date === 'string' ? input.date : '',
      day: typeof input.day === 'string' ? input.day : '',
      isToday: input.isToday !== false,
      prompted: input.prompted === true,
      children,
      nickname,
      logged: lowerNames(input.logged),
      attendance: '',
      support: '',
      tip: input.tip === true,
      picked: [],
      offDay:
        input.offDay === true && typeof input.schoolDate === 'string' && typeof input.schoolDay === 'string'
          ? { date: input.schoolDate, day: input.schoolDay, logged: lowerNames(input.schoolLogged) }
          : null,
      told: toldFromInput(input),
      offerTold: input.offerTold === true,
      earlierTold: earlierFromInput(input),
      earlier: input.earlier === true,
      schoolDayHours: typeof input.schoolDayHours === 'number' ? input.schoolDayHours : null,
    };
  },
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'isOfferTold', target: 'offerTold' },
        { guard: 'isOffDay', target: 'offDay' },
        { guard: 'isPrompted', target: 'whichChild', actions: { type: 'say', params: { key: `${P}.prompt-intro` } } },
        { target: 'whichChild' },
      ],
    },
    offDay: {
      entry: { type: 'ask', params: offDayParams },
      on: {
        CHOICE: [
          { guard: 'isSchoolDay', target: 'whichChild', actions: 'useSchoolDay' },
          { guard: 'isNotNow', target: 'done', actions: { type: 'say', params: { key: `${P}.not-now` } } },
          { target: 'whichChild' },
        ],
      },
    },
    whichChild: {
      always: [{ guard: 'hasChosenChild', target: 'checkLogged' }, { guard: 'hasSeveralChildren', target: 'pickChild' }, { guard: 'hasNoChild', target: 'nickname' }, { target: 'checkLogged' }],
    },
    pickChild: {
      entry: { type: 'ask', params: childChoices },
      on: {
        CHOICE: [
          { guard: 'isNewChild', target: 'nickname' },
          { guard: 'isChild', target: 'checkLogged', actions: 'pickChild' },
        ],
        TEXT: [
          { guard: 'isStaffName', target: 'pickChild', reenter: true, actions: { type: 'say', params: { key: `${P}.staff-not-child` } } },
          { guard: 'isAnswerNotName', target: 'pickChild', reenter: true, actions: { type: 'say', params: { key: `${P}.not-a-name` } } },
          { guard: 'hasText', target: 'checkLogged', actions: 'typedChild' },
        ],
      },
    },
    nickname: {
      entry: { type: 'ask', params: { key: `${P}.ask-nickname` } },
      on: {
        TEXT: [
          // "she didnt go", typed a question early: the day is asked next, with the child's name first.
          { guard: 'isStaffName', target: 'nickname', reenter: true, actions: { type: 'say', params: { key: `${P}.staff-not-child` } } },
          { guard: 'isAnswerNotName', target: 'nickname', reenter: true, actions: { type: 'say', params: { key: `${P}.not-a-name` } } },
          { guard: 'hasText', target: 'checkLogged', actions: 'typedChild' },
        ],
      },
    },
    checkLogged: {
      entry: { type: 'openCase', params: openCaseParams },
      always: [{ guard: 'alreadyLogged', target: 'confirmReplace' }, { guard: 'hasTold', target: 'applyTold' }, { target: 'attendance' }],
    },
    confirmReplace: {
      entry: { type: 'ask', params: replaceParams },
      on: {
        CHOICE: [
          { guard: 'isReplace', target: 'applyTold' },
          { target: 'done', actions: [{ type: 'say', params: keptSay }, { type: 'note', params: keptNote }] },
        ],
      },
    },
    attendance: {
      entry: { type: 'ask', params: attendanceParams },
      on: {
        CHOICE: [
          { guard: 'isNotNow', target: 'done', actions: [{ type: 'say', params: { key: `${P}.not-now` } }, { type: 'note', params: notNowNote }] },
          // Off ill: no morning to rate, no reasons; the note, then saved (ill-day.ts).
          { guard: 'isIll', target: 'note', actions: ['setExcused', { type: 'saveLog', params: illStart }, { type: 'saveLog', params: excusedSave }] },
          { guard: 'isPartial', target: 'hours', actions: ['setAttendance', { type: 'saveLog', params: startParams }] },
          { guard: 'isAttendance', target: 'difficulty', actions: ['setAttendance', { type: 'saveLog', params: startParams }] },
        ],
        TEXT: [
          // "he went in for about 2 and half hours, morning was a 7, corridors again": all of it read, the rest asked (W13-9).
          { guard: 'isToldDay', target: 'applyTold', actions: ['takeTold', { type: 'readPart', params: attendanceReadInPart }] },
          {
            guard: 'isPartialDayTold',
            target: 'difficulty',
            actions: ['setPartial', { type: 'saveLog', params: partialDayStart }, { type: 'saveLog', params: partialDayHours }],
          },
          { guard: 'isPartial', target: 'hours', actions: ['setAttendance', { type: 'saveLog', params: startParams }, { type: 'readPart', params: attendanceReadInPart }] },
          { guard: 'isAttendance', target: 'difficulty', actions: ['setAttendance', { type: 'saveLog', params: startParams }, { type: 'readPart', params: attendanceReadInPart }] },
          // "she got as far as the gate then froze": not read, asked again; the morning's own account is the
          // engine's to keep, said so; words that add nothing ("not sure") get the nudge (W20-7, src/core/added-words.ts).
          { target: 'attendance', reenter: true, actions: { type: 'readPart', params: attendanceUnread } },
        ],
      },
    },
    hours: {
      entry: { type: 'ask', params: hoursParams },
      on: {
        CHOICE: [
          { guard: 'isHoursUnsure', target: 'toDifficulty' },
          { guard: 'isHoursChoice', target: 'toDifficulty', actions: { type: 'saveLog', params: hoursSave } },
        ],
        TEXT: [
          { guard: 'isHoursText', target: 'toDifficulty', actions: { type: 'saveLog', params: hoursSave } },
          { target: 'hours', reenter: true, actions: { type: 'say', params: { key: `${P}.nudge-hours` } } },
        ],
      },
    },
    difficulty: {
      entry: { type: 'ask', params: difficultyAsk },
      on: {
        CHOICE: { guard: 'isDifficulty', target: 'toTriggers', actions: { type: 'saveLog', params: difficultySave } },
        TEXT: [
          { guard: 'isDifficulty', target: 'toTriggers', actions: { type: 'saveLog', params: difficultySave } },
          { target: 'difficulty', reenter: true, actions: { type: 'say', params: { key: `${P}.nudge-difficulty` } } },
        ],
      },
    },
    ...toldStates,
    ...retoldStates,
    triggers: {
      entry: { type: 'ask', params: { key: `${P}.ask-triggers`, choices: triggerChoices('nothing'), freeText: true } },
      on: triggerAnswers(false),
    },
    triggersMore: {
      entry: { type: 'ask', params: triggersMoreParams },
      on: triggerAnswers(true),
    },
    triggerOther: {
      entry: { type: 'ask', params: { key: `${P}.ask-trigger-other` } },
      on: { TEXT: [{ guard: 'isNotAReason', target: 'triggerOther', reenter: true, actions: notAReasonActions }, { guard: 'hasText', target: 'triggersMore', actions: { type: 'saveLog', params: otherTriggerSave } }] },
    },
    supports: {
      entry: { type: 'ask', params: { key: `${P}.ask-supports`, choices: supportChoices('nothing-tried'), freeText: true } },
      on: supportAnswers(false),
    },
    supportsMore: {
      entry: { type: 'ask', params: supportsMoreParams },
      on: supportAnswers(true),
    },
    supportOther: {
      entry: { type: 'ask', params: { key: `${P}.ask-support-other` } },
      on: { TEXT: [{ guard: 'isNotAReason', target: 'supportOther', reenter: true, actions: notAReasonActions }, { guard: 'hasText', target: 'helped', actions: ['setOtherSupport', { type: 'saveLog', params: otherSupportSave }] }] },
    },
    helped: {
      entry: { type: 'ask', params: helpedParams },
      on: {
        CHOICE: [
          // The next of the supports typed together: its own "did it help?".
          { guard: 'hasQueued', target: 'helped', reenter: true, actions: [{ type: 'saveLog', params: helpedSave }, 'nextQueued', { type: 'saveLog', params: supportSave }] },
          { target: 'supportsMore', actions: [{ type: 'saveLog', params: helpedSave }, 'clearSupport'] },
        ],
      },
    },
    note: {
      entry: { type: 'ask', params: noteAsk },
      on: {
        CHOICE: [{ guard: 'mayBeIll', target: 'askIll' }, { guard: 'isSkip', target: 'finish' }],
        TEXT: [
          // "no", "that's all": Skip, not a note called "no" in the packet.
          { guard: 'declinesNote', target: 'finish' },
          // "temperature 38.4, proper poorly": asked once whether it was a day off ill (W13-6).
          { guard: 'mayBeIll', target: 'askIll', actions: { type: 'saveLog', params: noteSave } },
          { guard: 'hasText', target: 'finish', actions: { type: 'saveLog', params: noteSave } },
        ],
      },
    },
    askIll: askIllState,
    finish: {
      entry: [{ type: 'saveLog', params: finishSave }, { type: 'note', params: savedNote }],
      always: [
        { guard: 'hasUnloggedSibling', target: 'sibling' },
        { guard: 'wantsTip', target: 'done', actions: { type: 'say', params: TIP } },
        { target: 'done' },
      ],
    },
    // A brother's or sister's day not logged yet: offered next, one tap.
    sibling: {
      entry: { type: 'ask', params: siblingAsk },
      on: {
        CHOICE: [
          { guard: 'isYes', target: 'done', actions: 'chooseSibling' },
          // The reminder tip a first log ends with, not lost to the offer.
          { guard: 'wantsTip', target: 'done', actions: { type: 'say', params: TIP } },
          { target: 'done' },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: (args) => toldOutput(args.context) ?? withEarlierTold(args.context, siblingOutput(args)),
});

export const dailyLogFlow: FlowDef = { id: 'daily-log', version: 1, machine: dailyLogMachine, keys: DAILY_LOG_KEYS, welcomeBack, ...toldLeftWaiting };
