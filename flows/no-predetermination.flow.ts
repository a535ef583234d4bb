/**
 * The decision was made before the meeting. Records what was decided, by whom and when the
 * parent learned of it, and whether their views were taken into account; then: ask for the
 * decision and its reasons in writing (prior written notice in the US; the written decision or
 * minutes in the UK), send concerns in writing before the next meeting, and ask which options
 * were considered and rejected.
 */
import { assign, setup } from 'xstate';
import {
  clip,
  effects,
  type AskParams,
  type DraftParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
  type SayParams,
} from './kit.js';
import {
  answerNote,
  dueFrom,
  handover,
  isSkip,
  letterDate,
  openQuestion,
  recipient,
  typed,
  type Handover,
} from './parent-answers.js';

const P = 'no-predetermination';
const TEMPLATE = 'decision-in-writing';

interface Ctx extends Handover {
  decision: string;
  decidedBy: string;
  concerns: string;
  nextMeeting: string;
  due: string;
  date: string;
}

/** Buttons beside each question; the parent can always answer in their own words. */
const CHOICES = {
  decision: ['not-sure'],
  decidedBy: ['before-meeting', 'at-meeting', 'not-sure'],
  views: ['yes', 'partly', 'no', 'no-chance'],
  nextMeeting: ['none-yet', 'not-sure', 'skip'],
} as const;
const CHOICE_IDS = [...new Set(Object.values(CHOICES).flat())];

function introParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.intro`, vars: { nickname: context.nickname } };
}
function askDecision({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-decision`, context.nickname, P, CHOICES.decision);
}
function askDecidedBy({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-decided-by`, context.nickname, P, CHOICES.decidedBy);
}
function askViews({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-views`, context.nickname, P, CHOICES.views);
}
function askNextMeeting({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-next-meeting`, context.nickname, P, CHOICES.nextMeeting);
}

const decisionNote = answerNote(P, 'predetermination.decision');
const decidedByNote = answerNote(P, 'predetermination.decided-by');
const viewsNote = answerNote(P, 'predetermination.views-considered');
const nextMeetingNote = answerNote(P, 'predetermination.next-meeting');

function inWritingParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.in-writing`, vars: { nickname: context.nickname } };
}
function nextStepsParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.next-steps`, vars: { nickname: context.nickname } };
}
function letterIntroParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.letter-intro`, vars: { nickname: context.nickname } };
}

/** The next step, due before the next meeting when the parent gave its date. */
function nextStepNote({ context }: { context: Ctx }): NoteParams {
  return {
    kind: 'next_step',
    topic: 'predetermination.next-step',
    text: `${P}.next-step-note`,
    category: 'predetermination',
    ...(context.due ? { due: context.due } : {}),
  };
}

function letterParams({ context }: { context: Ctx }): DraftParams {
  return {
    template: TEMPLATE,
    vars: {
      date: context.date,
      who: recipient(context.who),
      nickname: context.nickname,
      said_on: context.saidOn,
      statement: clip(context.statement),
      request: context.request,
      decision: context.decision,
      decided_by: context.decidedBy,
      concerns: context.concerns,
      next_meeting: context.nextMeeting,
    },
  };
}

function backHome(): FlowOutput {
  return {};
}

export const noPredeterminationMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setDecision: assign({ decision: ({ event }) => typed(event as FlowEvent) }),
    setDecidedBy: assign({ decidedBy: ({ event }) => typed(event as FlowEvent, 300) }),
    // Typed words here are usually what the parent feels was not heard: their concerns.
    setConcerns: assign({ concerns: ({ event }) => typed(event as FlowEvent) }),
    setNextMeeting: assign({
      nextMeeting: ({ event }) => typed(event as FlowEvent, 200),
      due: ({ event }) => dueFrom(typed(event as FlowEvent), (event as FlowEvent).at) ?? '',
    }),
    stampDate: assign({ date: ({ event }) => letterDate((event as FlowEvent).at) }),
  },
  guards: {
    isSkip: ({ event }) => isSkip(event as FlowEvent),
  },
}).createMachine({
  id: 'no.predetermination',
  context: ({ input }) => ({
    ...handover(input),
    decision: '',
    decidedBy: '',
    concerns: '',
    nextMeeting: '',
    due: '',
    date: '',
  }),
  initial: 'decision',
  states: {
    decision: {
      entry: [
        { type: 'say', params: introParams },
        { type: 'ask', params: askDecision },
      ],
      on: {
        TEXT: { target: 'decidedBy', actions: ['setDecision', { type: 'note', params: decisionNote }] },
        CHOICE: { target: 'decidedBy', actions: { type: 'note', params: decisionNote } },
      },
    },
    decidedBy: {
      entry: { type: 'ask', params: askDecidedBy },
      on: {
        TEXT: { target: 'views', actions: ['setDecidedBy', { type: 'note', params: decidedByNote }] },
        CHOICE: { target: 'views', actions: { type: 'note', params: decidedByNote } },
      },
    },
    views: {
      entry: { type: 'ask', params: askViews },
      on: {
        TEXT: { target: 'nextMeeting', actions: ['setConcerns', { type: 'note', params: viewsNote }] },
        CHOICE: { target: 'nextMeeting', actions: { type: 'note', params: viewsNote } },
      },
    },
    nextMeeting: {
      entry: { type: 'ask', params: askNextMeeting },
      on: {
        TEXT: { target: 'wrapUp', actions: ['setNextMeeting', 'stampDate', { type: 'note', params: nextMeetingNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'wrapUp', actions: 'stampDate' },
          { target: 'wrapUp', actions: ['stampDate', { type: 'note', params: nextMeetingNote }] },
        ],
      },
    },
    wrapUp: {
      entry: [
        { type: 'say', params: inWritingParams },
        { type: 'say', params: { key: `${P}.before-meeting` } },
        { type: 'say', params: nextStepsParams },
        { type: 'note', params: nextStepNote },
        { type: 'say', params: letterIntroParams },
        { type: 'draft', params: letterParams },
        { type: 'say', params: { key: `${P}.done` } },
      ],
      always: 'done',
    },
    done: { type: 'final' },
  },
  output: backHome,
});

export const noPredeterminationFlow: FlowDef = {
  id: 'no.predetermination',
  version: 1,
  machine: noPredeterminationMachine,
  keys: [
    `${P}.intro`,
    `${P}.ask-decision`,
    `${P}.ask-decided-by`,
    `${P}.ask-views`,
    `${P}.ask-next-meeting`,
    ...CHOICE_IDS.map((id) => `${P}.choice.${id}`),
    `${P}.in-writing`,
    `${P}.before-meeting`,
    `${P}.next-steps`,
    `${P}.next-step-note`,
    `${P}.letter-intro`,
    `${P}.done`,
  ],
  templates: [TEMPLATE],
};
