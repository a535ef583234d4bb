/**
 * "That programme isn't available." Moves the conversation from the programme to the need:
 * "my child can't get into school because of X: what can be put in place?" Asks what stands in
 * the way, which parts of the programme would actually help, and what could be adapted or built.
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

const P = 'no-not-available';
const TEMPLATE = 'need-request';

interface Ctx extends Handover {
  barrier: string;
  helps: string;
  ideas: string;
  date: string;
}

/** Buttons beside each question; the parent can always answer in their own words. */
const CHOICES = {
  barrier: ['not-sure'],
  helps: ['not-sure', 'skip'],
  ideas: ['not-sure', 'skip'],
} as const;
const CHOICE_IDS = [...new Set(Object.values(CHOICES).flat())];

function introParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.intro`, vars: { nickname: context.nickname } };
}
function askBarrier({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-barrier`, context.nickname, P, CHOICES.barrier);
}
function askHelps({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-helps`, context.nickname, P, CHOICES.helps);
}
function askIdeas({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-ideas`, context.nickname, P, CHOICES.ideas);
}

const barrierNote = answerNote(P, 'not_available.barrier');
const helpsNote = answerNote(P, 'not_available.helpful-parts');
const ideasNote = answerNote(P, 'not_available.adapt');

function reframeParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.reframe`, vars: { nickname: context.nickname } };
}
function nextStepsParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.next-steps`, vars: { nickname: context.nickname } };
}
function letterIntroParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.letter-intro`, vars: { nickname: context.nickname } };
}

/** The next step, recorded by the content key of its summary (shown as words in the notes). */
function nextStepNote(): NoteParams {
  return { kind: 'next_step', topic: 'not_available.next-step', text: `${P}.next-step-note`, category: 'not_available' };
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
      helps: context.helps,
      ideas: context.ideas,
    },
  };
}

function backHome(): FlowOutput {
  return {};
}

export const noNotAvailableMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setBarrier: assign({ barrier: ({ event }) => typed(event as FlowEvent) }),
    setHelps: assign({ helps: ({ event }) => typed(event as FlowEvent) }),
    setIdeas: assign({ ideas: ({ event }) => typed(event as FlowEvent) }),
    stampDate: assign({ date: ({ event }) => letterDate((event as FlowEvent).at) }),
  },
  guards: {
    isSkip: ({ event }) => isSkip(event as FlowEvent),
  },
}).createMachine({
  id: 'no.not_available',
  context: ({ input }) => ({
    ...handover(input),
    barrier: '',
    helps: '',
    ideas: '',
    date: '',
  }),
  initial: 'barrier',
  states: {
    barrier: {
      entry: [
        { type: 'say', params: introParams },
        { type: 'ask', params: askBarrier },
      ],
      on: {
        TEXT: { target: 'helps', actions: ['setBarrier', { type: 'note', params: barrierNote }] },
        CHOICE: { target: 'helps', actions: { type: 'note', params: barrierNote } },
      },
    },
    helps: {
      entry: { type: 'ask', params: askHelps },
      on: {
        TEXT: { target: 'ideas', actions: ['setHelps', { type: 'note', params: helpsNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'ideas' },
          { target: 'ideas', actions: { type: 'note', params: helpsNote } },
        ],
      },
    },
    ideas: {
      entry: { type: 'ask', params: askIdeas },
      on: {
        TEXT: { target: 'wrapUp', actions: ['setIdeas', 'stampDate', { type: 'note', params: ideasNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'wrapUp', actions: 'stampDate' },
          { target: 'wrapUp', actions: ['stampDate', { type: 'note', params: ideasNote }] },
        ],
      },
    },
    wrapUp: {
      entry: [
        { type: 'say', params: reframeParams },
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

export const noNotAvailableFlow: FlowDef = {
  id: 'no.not_available',
  version: 1,
  machine: noNotAvailableMachine,
  keys: [
    `${P}.intro`,
    `${P}.ask-barrier`,
    `${P}.ask-helps`,
    `${P}.ask-ideas`,
    ...CHOICE_IDS.map((id) => `${P}.choice.${id}`),
    `${P}.reframe`,
    `${P}.next-steps`,
    `${P}.next-step-note`,
    `${P}.letter-intro`,
    `${P}.done`,
  ],
  templates: [TEMPLATE],
};
