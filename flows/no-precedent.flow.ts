/**
 * "We don't do that here / we've never done it / we'd have to do it for everyone." Brings the
 * conversation back to this child: what they need to get into school, what has been tried, and
 * what would ease the barrier. Being consistent is not the same as giving everyone the same.
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

const P = 'no-precedent';
const TEMPLATE = 'precedent-request';

interface Ctx extends Handover {
  need: string;
  tried: string;
  wouldHelp: string;
  date: string;
}

/** Buttons beside each question; the parent can always answer in their own words. */
const CHOICES = {
  need: ['not-sure'],
  tried: ['nothing-yet', 'skip'],
  wouldHelp: ['not-sure', 'skip'],
} as const;
const CHOICE_IDS = [...new Set(Object.values(CHOICES).flat())];

function introParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.intro`, vars: { nickname: context.nickname } };
}
function askNeed({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-need`, context.nickname, P, CHOICES.need);
}
function askTried({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-tried`, context.nickname, P, CHOICES.tried);
}
function askWouldHelp({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-would-help`, context.nickname, P, CHOICES.wouldHelp);
}

const needNote = answerNote(P, 'precedent.need');
const triedNote = answerNote(P, 'precedent.tried');
const wouldHelpNote = answerNote(P, 'precedent.would-help');

function consistencyParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.consistency`, vars: { nickname: context.nickname } };
}
function nextStepsParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.next-steps`, vars: { nickname: context.nickname } };
}
function letterIntroParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.letter-intro`, vars: { nickname: context.nickname } };
}

/** The next step, recorded by the content key of its summary (shown as words in the notes). */
function nextStepNote(): NoteParams {
  return { kind: 'next_step', topic: 'precedent.next-step', text: `${P}.next-step-note`, category: 'precedent' };
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
      tried: context.tried,
      would_help: context.wouldHelp,
    },
  };
}

function backHome(): FlowOutput {
  return {};
}

export const noPrecedentMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setNeed: assign({ need: ({ event }) => typed(event as FlowEvent) }),
    setTried: assign({ tried: ({ event }) => typed(event as FlowEvent) }),
    setWouldHelp: assign({ wouldHelp: ({ event }) => typed(event as FlowEvent) }),
    stampDate: assign({ date: ({ event }) => letterDate((event as FlowEvent).at) }),
  },
  guards: {
    isSkip: ({ event }) => isSkip(event as FlowEvent),
  },
}).createMachine({
  id: 'no.precedent',
  context: ({ input }) => ({
    ...handover(input),
    need: '',
    tried: '',
    wouldHelp: '',
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
        TEXT: { target: 'tried', actions: ['setNeed', { type: 'note', params: needNote }] },
        CHOICE: { target: 'tried', actions: { type: 'note', params: needNote } },
      },
    },
    tried: {
      entry: { type: 'ask', params: askTried },
      on: {
        TEXT: { target: 'wouldHelp', actions: ['setTried', { type: 'note', params: triedNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'wouldHelp' },
          { target: 'wouldHelp', actions: { type: 'note', params: triedNote } },
        ],
      },
    },
    wouldHelp: {
      entry: { type: 'ask', params: askWouldHelp },
      on: {
        TEXT: { target: 'wrapUp', actions: ['setWouldHelp', 'stampDate', { type: 'note', params: wouldHelpNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'wrapUp', actions: 'stampDate' },
          { target: 'wrapUp', actions: ['stampDate', { type: 'note', params: wouldHelpNote }] },
        ],
      },
    },
    wrapUp: {
      entry: [
        { type: 'say', params: consistencyParams },
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

export const noPrecedentFlow: FlowDef = {
  id: 'no.precedent',
  version: 1,
  machine: noPrecedentMachine,
  keys: [
    `${P}.intro`,
    `${P}.ask-need`,
    `${P}.ask-tried`,
    `${P}.ask-would-help`,
    ...CHOICE_IDS.map((id) => `${P}.choice.${id}`),
    `${P}.consistency`,
    `${P}.next-steps`,
    `${P}.next-step-note`,
    `${P}.letter-intro`,
    `${P}.done`,
  ],
  templates: [TEMPLATE],
};
