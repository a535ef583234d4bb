/**
 * "We need more data first." Pins down which data, how it will be gathered while the child
 * isn't getting in, what happens in the meantime, and who collects it by when. Then: the weeks
 * missed are data already, a daily log helps, and a short data request to send.
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

const P = 'no-data';
const TEMPLATE = 'data-request';

interface Ctx extends Handover {
  missing: string;
  collection: string;
  meanwhile: string;
  byWhen: string;
  due: string;
  date: string;
}

/** Buttons beside each question; the parent can always answer in their own words. */
const CHOICES = {
  missing: ['not-said', 'not-sure'],
  collection: ['not-said', 'skip'],
  meanwhile: ['nothing-yet', 'not-said'],
  byWhen: ['not-said', 'skip'],
} as const;
const CHOICE_IDS = [...new Set(Object.values(CHOICES).flat())];

function introParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.intro`, vars: { nickname: context.nickname } };
}
function askMissing({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-missing`, context.nickname, P, CHOICES.missing);
}
function askCollection({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-collection`, context.nickname, P, CHOICES.collection);
}
function askMeanwhile({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-meanwhile`, context.nickname, P, CHOICES.meanwhile);
}
function askByWhen({ context }: { context: Ctx }): AskParams {
  return openQuestion(`${P}.ask-by-when`, context.nickname, P, CHOICES.byWhen);
}

const missingNote = answerNote(P, 'data.missing');
const collectionNote = answerNote(P, 'data.collection');
const meanwhileNote = answerNote(P, 'data.meanwhile');
const byWhenNote = answerNote(P, 'data.by-when');

function alreadyDataParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.already-data`, vars: { nickname: context.nickname } };
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
    topic: 'data.next-step',
    text: `${P}.next-step-note`,
    category: 'data',
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
      missing_data: context.missing,
      collection: context.collection,
      meanwhile: context.meanwhile,
      by_when: context.byWhen,
    },
  };
}

function backHome(): FlowOutput {
  return {};
}

export const noDataMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setMissing: assign({ missing: ({ event }) => typed(event as FlowEvent) }),
    setCollection: assign({ collection: ({ event }) => typed(event as FlowEvent) }),
    setMeanwhile: assign({ meanwhile: ({ event }) => typed(event as FlowEvent) }),
    setByWhen: assign({
      byWhen: ({ event }) => typed(event as FlowEvent, 300),
      due: ({ event }) => dueFrom(typed(event as FlowEvent), (event as FlowEvent).at) ?? '',
    }),
    stampDate: assign({ date: ({ event }) => letterDate((event as FlowEvent).at) }),
  },
  guards: {
    isSkip: ({ event }) => isSkip(event as FlowEvent),
  },
}).createMachine({
  id: 'no.data',
  context: ({ input }) => ({
    ...handover(input),
    missing: '',
    collection: '',
    meanwhile: '',
    byWhen: '',
    due: '',
    date: '',
  }),
  initial: 'missing',
  states: {
    missing: {
      entry: [
        { type: 'say', params: introParams },
        { type: 'ask', params: askMissing },
      ],
      on: {
        TEXT: { target: 'collection', actions: ['setMissing', { type: 'note', params: missingNote }] },
        CHOICE: { target: 'collection', actions: { type: 'note', params: missingNote } },
      },
    },
    collection: {
      entry: { type: 'ask', params: askCollection },
      on: {
        TEXT: { target: 'meanwhile', actions: ['setCollection', { type: 'note', params: collectionNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'meanwhile' },
          { target: 'meanwhile', actions: { type: 'note', params: collectionNote } },
        ],
      },
    },
    meanwhile: {
      entry: { type: 'ask', params: askMeanwhile },
      on: {
        TEXT: { target: 'byWhen', actions: ['setMeanwhile', { type: 'note', params: meanwhileNote }] },
        CHOICE: { target: 'byWhen', actions: { type: 'note', params: meanwhileNote } },
      },
    },
    byWhen: {
      entry: { type: 'ask', params: askByWhen },
      on: {
        TEXT: { target: 'wrapUp', actions: ['setByWhen', 'stampDate', { type: 'note', params: byWhenNote }] },
        CHOICE: [
          { guard: 'isSkip', target: 'wrapUp', actions: 'stampDate' },
          { target: 'wrapUp', actions: ['stampDate', { type: 'note', params: byWhenNote }] },
        ],
      },
    },
    wrapUp: {
      entry: [
        { type: 'say', params: alreadyDataParams },
        { type: 'say', params: { key: `${P}.suggest-log` } },
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

export const noDataFlow: FlowDef = {
  id: 'no.data',
  version: 1,
  machine: noDataMachine,
  keys: [
    `${P}.intro`,
    `${P}.ask-missing`,
    `${P}.ask-collection`,
    `${P}.ask-meanwhile`,
    `${P}.ask-by-when`,
    ...CHOICE_IDS.map((id) => `${P}.choice.${id}`),
    `${P}.already-data`,
    `${P}.suggest-log`,
    `${P}.next-steps`,
    `${P}.next-step-note`,
    `${P}.letter-intro`,
    `${P}.done`,
  ],
  templates: [TEMPLATE],
};
