/**
 * Any other "no": a gentle path. What the parent hoped the school would say, the one thing that
 * would help most, and what stands in the way; then a simple written request framed around need.
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
  handover,
  isSkip,
  letterDate,
  openQuestion,
  recipient,
  typed,
  type Handover,
} from './parent-answers.js';

const P = 'no-other';
const TEMPLATE = 'need-request';

interface Ctx extends Handover {
  hoped: string;
  oneThing: string;
  barrier: string;
  date: string;
}

/** Buttons beside each question; the parent can always answer in their own words. */
const CHOICES = {
  hoped: ['skip'],
  oneThing: ['not-sure'],
  barrier: ['not-sure', 'skip'],
} as const;
const CHOICE_IDS = [...new Set(Object.values(CHOICES).flat())];

function introParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.intro`, vars: { nickname: context.nickname } };
}
function askHoped({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-hoped`, context.nickname, P, CHOICES.hoped);
}
function askOneThing({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-one-thing`, context.nickname, P, CHOICES.oneThing);
}
function askBarrier({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-barrier`, context.nickname, P, CHOICES.barrier);
}

const hopedNote = answerNote(P, 'other.hoped');
const oneThingNote = answerNote(P, 'other.one-thing');
const barrierNote = answerNote(P, 'other.barrier');

function focusParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.focus`, vars: { nickname: context.nickname } };
}
function nextStepsParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.next-steps`, vars: { nickname: context.nickname } };
}
function letterIntroParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.letter-intro`, vars: { nickname: context.nickname } };
}

/** The next step, recorded by the content key of its summary (shown as words in the notes). */
function nextStepNote(): NoteParams {
  return { kind: 'next_step', topic: 'other.next-step', text: `${P}.next-step-note`, category: 'other' };
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
      barrier: context.barrier,
      helps: context.oneThing,
      ideas: '',
    },
  };
}

function backHome(): FlowOutput {
  return {};
}

export const noOtherMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setHoped: assign({ hoped: ({ event }) => typed(event as FlowEvent) }),
    setOneThing: assign({ oneThing: ({ event }) => typed(event as FlowEvent) }),
    setBarrier: assign({ barrier: ({ event }) => typed(event as FlowEvent) }),
    stampDate: assign({ date: ({ event }) => letterDate((event as FlowEvent).at) }),
  },
  guards: {
    isSkip: ({ event }) => isSkip(event as FlowEvent),
  },
}).createMachine({
  id: 'no.other',
  context: ({ input }) => ({
    ...handover(input),
    hoped: '',
    oneThing: '',
    barrier: '',
    date: '',
  }),
  initial: 'hoped',
  states: {
    hoped: {
      entry: [
        { type: 'say', params: introParams },
        { type: 'ask', params: askHoped },
      ],
      on: {
        TEXT: { target: 'oneThing', actions: ['setHoped', { type: 'note', params: hopedNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'oneThing' },
          { target: 'oneThing', actions: { type: 'note', params: hopedNote } },
        ],
      },
    },
    oneThing: {
      entry: { type: 'ask', params: askOneThing },
      on: {
        TEXT: { target: 'barrier', actions: ['setOneThing', { type: 'note', params: oneThingNote }] },
        CHOICE: { target: 'barrier', actions: { type: 'note', params: oneThingNote } },
      },
    },
    barrier: {
      entry: { type: 'ask', params: askBarrier },
      on: {
        TEXT: { target: 'wrapUp', actions: ['setBarrier', 'stampDate', { type: 'note', params: barrierNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'wrapUp', actions: 'stampDate' },
          { target: 'wrapUp', actions: ['stampDate', { type: 'note', params: barrierNote }] },
        ],
      },
    },
    wrapUp: {
      entry: [
        { type: 'say', params: focusParams },
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

export const noOtherFlow: FlowDef = {
  id: 'no.other',
  version: 1,
  machine: noOtherMachine,
  keys: [
    `${P}.intro`,
    `${P}.ask-hoped`,
    `${P}.ask-one-thing`,
    `${P}.ask-barrier`,
    ...CHOICE_IDS.map((id) => `${P}.choice.${id}`),
    `${P}.focus`,
    `${P}.next-steps`,
    `${P}.next-step-note`,
    `${P}.letter-intro`,
    `${P}.done`,
  ],
  templates: [TEMPLATE],
};
