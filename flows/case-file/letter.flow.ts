/**
 * "Draft me a letter": choose a kind with buttons (or arrive with one chosen), answer five quick
 * questions for a meeting recap, and get a letter filled in from the notes. Ends with the next
 * step (send it, then say so), and the menu then offers "I've sent it".
 */
import { assign, setup } from 'xstate';
import { isLetterKind, LETTER_KINDS, MEETING_TOPICS, type LetterKind } from '../../src/features/case-file/letter-kinds.js';
import { caseFileEffects, type DraftFromNotesParams } from './case-file-effects.js';
import {
  answerOf,
  effects,
  type AskParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
} from '../../src/core/flow-kit.js';
import { answerNote, choicesOf } from '../advice/parent-answers.js';
import { factsGuards, keepSchoolName, schoolNameFromInput, schoolNameNote, schoolNameParams, type SchoolNameCtx } from '../advice/letter-facts-states.js';

const P = 'case-file.letter';
const M = 'case-file.meeting';

interface Ctx extends SchoolNameCtx {
  kind: LetterKind | null;
  /** The parent asked for a kind we don't have: say so before the list. */
  unknown: boolean;
}

function kindFrom(input: FlowInput): { kind: LetterKind | null; unknown: boolean } {
  const raw = typeof input.kind === 'string' ? input.kind.trim().toLowerCase() : '';
  if (!raw) return { kind: null, unknown: false };
  return isLetterKind(raw) ? { kind: raw, unknown: false } : { kind: null, unknown: true };
}

const chooseParams: AskParams = {
  key: `${P}.ask-kind`,
  choices: LETTER_KINDS.map((k) => ({ id: `kind:${k}`, key: `${P}.choice.${k}` })),
  freeText: false,
};

/** A meeting question: the parent's words, or Skip. */
function meetingQuestion(key: string): AskParams {
  return { key, choices: choicesOf(M, ['skip']), freeText: true };
}

const whenNote = answerNote(M, MEETING_TOPICS.meeting);
const discussedNote = answerNote(M, MEETING_TOPICS.discussed);
const agreedNote = answerNote(M, MEETING_TOPICS.agreed);
const declinedNote = answerNote(M, MEETING_TOPICS.declined);
const notAddressedNote = answerNote(M, MEETING_TOPICS.not_addressed);

function draftParams({ context }: { context: Ctx }): DraftFromNotesParams {
  return { kind: context.kind ?? 'need-request' };
}

function nextStepNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'next_step', topic: `letter.${context.kind ?? 'need-request'}.next-step`, text: `${P}.next-step-note` };
}

/** The child's school name as typed (or the nickname), typed to this flow's context. */
function childNamed(args: { context: Ctx; event: FlowEvent }): Partial<Ctx> {
  return keepSchoolName(args);
}

function backHome(): FlowOutput {
  return {};
}

/** One meeting question: typed words are noted, Skip moves on. */
function meetingState(key: string, next: string, noteParams: typeof whenNote) {
  return {
    entry: { type: 'ask' as const, params: meetingQuestion(key) },
    on: {
      TEXT: { target: next, actions: { type: 'note' as const, params: noteParams } },
      CHOICE: { target: next },
    },
  };
}

export const letterMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    ...caseFileEffects,
    keepSchoolName: assign(childNamed),
    setKind: assign({
      kind: ({ event }) => {
        const id = answerOf(event as FlowEvent).replace(/^kind:/, '');
        return isLetterKind(id) ? id : null;
      },
    }),
  },
  guards: {
    isMeeting: ({ context }) => context.kind === 'meeting-recap',
    hasKind: ({ context }) => context.kind !== null,
    isUnknown: ({ context }) => context.unknown,
    picksMeeting: ({ event }) => answerOf(event as FlowEvent) === 'kind:meeting-recap',
    picksKind: ({ event }) => isLetterKind(answerOf(event as FlowEvent).replace(/^kind:/, '')),
    needsSchoolName: factsGuards.needsSchoolName,
  },
}).createMachine({
  id: 'letter',
  // The child's name as the school knows it, asked before this case's first letter (kept in its profile).
  context: ({ input }) => ({ ...kindFrom(input), ...schoolNameFromInput(input), nickname: typeof input.nickname === 'string' ? input.nickname : '' }),
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'isMeeting', target: 'meetingWhen', actions: { type: 'say', params: { key: `${M}.intro` } } },
        { guard: 'hasKind', target: 'beforeDraft' },
        { guard: 'isUnknown', target: 'choose', actions: { type: 'say', params: { key: `${P}.unknown-kind` } } },
        { target: 'choose' },
      ],
    },
    choose: {
      entry: { type: 'ask', params: chooseParams },
      on: {
        CHOICE: [
          { guard: 'picksMeeting', target: 'meetingWhen', actions: ['setKind', { type: 'say', params: { key: `${M}.intro` } }] },
          { guard: 'picksKind', target: 'beforeDraft', actions: 'setKind' },
        ],
      },
    },
    meetingWhen: meetingState(`${M}.ask-when`, 'meetingDiscussed', whenNote),
    meetingDiscussed: meetingState(`${M}.ask-discussed`, 'meetingAgreed', discussedNote),
    meetingAgreed: meetingState(`${M}.ask-agreed`, 'meetingDeclined', agreedNote),
    meetingDeclined: meetingState(`${M}.ask-declined`, 'meetingNotAddressed', declinedNote),
    meetingNotAddressed: meetingState(`${M}.ask-not-addressed`, 'beforeDraft', notAddressedNote),
    beforeDraft: { always: [{ guard: 'needsSchoolName', target: 'childName' }, { target: 'draft' }] },
    childName: {
      entry: { type: 'ask', params: schoolNameParams },
      on: {
        TEXT: { target: 'draft', actions: ['keepSchoolName', { type: 'note', params: schoolNameNote }] },
        CHOICE: { target: 'draft', actions: ['keepSchoolName', { type: 'note', params: schoolNameNote }] },
      },
    },
    draft: {
      entry: [
        { type: 'say', params: { key: `${P}.intro` } },
        { type: 'draftFromNotes', params: draftParams },
        { type: 'note', params: nextStepNote },
        { type: 'say', params: { key: `${P}.after` } },
      ],
      always: 'done',
    },
    done: { type: 'final' },
  },
  output: backHome,
});

export const letterFlow: FlowDef = {
  id: 'letter',
  // 2: the child's school name is asked before this case's first letter (`beforeDraft`, `childName`).
  version: 2,
  machine: letterMachine,
  keys: [
    `${P}.ask-kind`,
    ...LETTER_KINDS.map((k) => `${P}.choice.${k}`),
    `${P}.unknown-kind`,
    `${P}.intro`,
    `${P}.after`,
    `${P}.next-step-note`,
    `${M}.intro`,
    `${M}.ask-when`,
    `${M}.ask-discussed`,
    `${M}.ask-agreed`,
    `${M}.ask-declined`,
    `${M}.ask-not-addressed`,
    `${M}.choice.skip`,
    'facts.ask-school-name',
    'facts.choice.use-nickname',
  ],
  templates: [...LETTER_KINDS],
};
