/**
 * Follow-ups. Two ways in: the scheduler's reminder after N school days without a reply
 * ("Has the school answered?": yes / draft a follow-up letter / not yet), and the parent saying
 * "they replied". A reply is kept as a dated `response` note and stops the reminders.
 */
import { assign, setup } from 'xstate';
import { caseFileEffects, type CloseFollowupsParams, type DraftFromNotesParams } from './case-file-effects.js';
import {
  answerOf,
  clip,
  effects,
  type AskParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
} from './kit.js';
import { choicesOf } from './parent-answers.js';

const P = 'case-file.followup';
const R = 'case-file.replied';

interface Ctx {
  mode: 'reminder' | 'replied';
  about: string;
  sentOn: string;
  days: string;
  reply: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function reminderParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.reminder`,
    vars: { days: context.days, about: context.about, sent_on: context.sentOn },
    choices: choicesOf(P, ['replied', 'draft', 'wait']),
    freeText: false,
  };
}

const askReplyParams: AskParams = { key: `${R}.ask`, choices: choicesOf(R, ['skip']), freeText: true };

/** The school's answer in the parent's words, or (when they only tapped) that an answer came. */
function responseNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'response', topic: 'case-file.response', text: context.reply || `${R}.no-details` };
}
const closeParams: CloseFollowupsParams = { status: 'answered' };
const followUpLetter: DraftFromNotesParams = { kind: 'follow-up' };

const draftNote: NoteParams = { kind: 'next_step', topic: 'followup.draft', text: `${P}.draft-note` };
const waitNote: NoteParams = { kind: 'next_step', topic: 'followup.wait', text: `${P}.wait-note` };

function backHome(): FlowOutput {
  return {};
}

const saved = [
  { type: 'note' as const, params: responseNote },
  { type: 'closeFollowups' as const, params: closeParams },
  { type: 'say' as const, params: { key: `${R}.saved` } },
];

export const followUpMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    ...caseFileEffects,
    setReply: assign({ reply: ({ event }) => ((event as FlowEvent).type === 'TEXT' ? clip(answerOf(event as FlowEvent), 4000) : '') }),
  },
  guards: {
    isReplied: ({ context }) => context.mode === 'replied',
    picked: ({ event }, id: string) => answerOf(event as FlowEvent) === id,
  },
}).createMachine({
  id: 'follow-up',
  context: ({ input }) => ({
    mode: input.mode === 'replied' ? 'replied' : 'reminder',
    about: str(input.about),
    sentOn: str(input.sentOn),
    days: str(input.days),
    reply: '',
  }),
  initial: 'start',
  states: {
    start: {
      always: [{ guard: 'isReplied', target: 'askReply' }, { target: 'remind' }],
    },
    remind: {
      entry: { type: 'ask', params: reminderParams },
      on: {
        CHOICE: [
          { guard: { type: 'picked', params: 'replied' }, target: 'askReply' },
          {
            guard: { type: 'picked', params: 'draft' },
            target: 'done',
            actions: [
              { type: 'note', params: draftNote },
              { type: 'say', params: { key: 'case-file.letter.intro' } },
              { type: 'draftFromNotes', params: followUpLetter },
              { type: 'say', params: { key: 'case-file.letter.after' } },
            ],
          },
          {
            guard: { type: 'picked', params: 'wait' },
            target: 'done',
            actions: [{ type: 'note', params: waitNote }, { type: 'say', params: { key: `${P}.wait` } }],
          },
        ],
      },
    },
    askReply: {
      entry: { type: 'ask', params: askReplyParams },
      on: {
        TEXT: { target: 'done', actions: ['setReply', ...saved] },
        CHOICE: { target: 'done', actions: saved },
      },
    },
    done: { type: 'final' },
  },
  output: backHome,
});

export const followUpFlow: FlowDef = {
  id: 'follow-up',
  version: 1,
  machine: followUpMachine,
  keys: [
    `${P}.reminder`,
    `${P}.choice.replied`,
    `${P}.choice.draft`,
    `${P}.choice.wait`,
    `${P}.wait`,
    `${P}.wait-note`,
    `${P}.draft-note`,
    'case-file.letter.intro',
    'case-file.letter.after',
    `${R}.ask`,
    `${R}.choice.skip`,
    `${R}.no-details`,
    `${R}.saved`,
  ],
  templates: ['follow-up'],
};
