/**
 * "We don't have the staff / the money." Acknowledges real limits while keeping the child's
 * need in view: what the need is, what could meet it (differently, part-time, by someone else,
 * with outside help or funding), and who decides on resources and how. Then a short request.
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

const P = 'no-resources';
const TEMPLATE = 'resources-request';

interface Ctx extends Handover {
  need: string;
  options: string;
  decider: string;
  due: string;
  date: string;
}

/** Buttons beside each question; the parent can always answer in their own words. */
const CHOICES = {
  need: ['not-sure'],
  options: ['not-sure', 'skip'],
  decider: ['not-sure', 'skip'],
} as const;
const CHOICE_IDS = [...new Set(Object.values(CHOICES).flat())];

function introParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.intro`, vars: { nickname: context.nickname } };
}
function askNeed({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-need`, context.nickname, P, CHOICES.need);
}
function askOptions({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-options`, context.nickname, P, CHOICES.options);
}
function askDecider({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-decider`, context.nickname, P, CHOICES.decider);
}

const needNote = answerNote(P, 'resources.need');
const optionsNote = answerNote(P, 'resources.options');
const deciderNote = answerNote(P, 'resources.decider');

function keepNeedParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.keep-need`, vars: { nickname: context.nickname } };
}
function nextStepsParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.next-steps`, vars: { nickname: context.nickname } };
}
function letterIntroParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.letter-intro`, vars: { nickname: context.nickname } };
}

/** The next step, recorded by the content key of its summary (shown as words in the notes). */
function nextStepNote({ context }: { context: Ctx }): NoteParams {
  return {
    kind: 'next_step',
    topic: 'resources.next-step',
    text: `${P}.next-step-note`,
    category: 'resources',
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
      need: context.need,
      options: context.options,
      decider: context.decider,
    },
  };
}

function backHome(): FlowOutput {
  return {};
}

export const noResourcesMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setNeed: assign({ need: ({ event }) => typed(event as FlowEvent) }),
    setOptions: assign({ options: ({ event }) => typed(event as FlowEvent) }),
    setDecider: assign({
      decider: ({ event }) => typed(event as FlowEvent, 300),
      due: ({ event }) => dueFrom(typed(event as FlowEvent), (event as FlowEvent).at) ?? '',
    }),
    stampDate: assign({ date: ({ event }) => letterDate((event as FlowEvent).at) }),
  },
  guards: {
    isSkip: ({ event }) => isSkip(event as FlowEvent),
  },
}).createMachine({
  id: 'no.resources',
  context: ({ input }) => ({
    ...handover(input),
    need: '',
    options: '',
    decider: '',
    due: '',
    date: '',
  }),
  initial: 'need',
  states: {
    need: {
      entry: [
        { type: 'say', params: introParams },
        { type: 'ask', params: askNeed },
      ],
      on: {
        TEXT: { target: 'options', actions: ['setNeed', { type: 'note', params: needNote }] },
        CHOICE: { target: 'options', actions: { type: 'note', params: needNote } },
      },
    },
    options: {
      entry: { type: 'ask', params: askOptions },
      on: {
        TEXT: { target: 'decider', actions: ['setOptions', { type: 'note', params: optionsNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'decider' },
          { target: 'decider', actions: { type: 'note', params: optionsNote } },
        ],
      },
    },
    decider: {
      entry: { type: 'ask', params: askDecider },
      on: {
        TEXT: { target: 'wrapUp', actions: ['setDecider', 'stampDate', { type: 'note', params: deciderNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'wrapUp', actions: 'stampDate' },
          { target: 'wrapUp', actions: ['stampDate', { type: 'note', params: deciderNote }] },
        ],
      },
    },
    wrapUp: {
      entry: [
        { type: 'say', params: keepNeedParams },
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

export const noResourcesFlow: FlowDef = {
  id: 'no.resources',
  version: 1,
  machine: noResourcesMachine,
  keys: [
    `${P}.intro`,
    `${P}.ask-need`,
    `${P}.ask-options`,
    `${P}.ask-decider`,
    ...CHOICE_IDS.map((id) => `${P}.choice.${id}`),
    `${P}.keep-need`,
    `${P}.next-steps`,
    `${P}.next-step-note`,
    `${P}.letter-intro`,
    `${P}.done`,
  ],
  templates: [TEMPLATE],
};
