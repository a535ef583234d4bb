/**
 * "Draft me a letter": choose a kind with buttons (or arrive with one chosen), answer five quick
 * questions for a meeting recap, and get a letter filled in from the notes. Ends with the next
 * step (send it, then say so), and the menu then offers "I've sent it". Before drafting, the
 * lines the letter carries in the parent's own chat words (given by the `letter` command as
 * `input.ownWords`, and the meeting answers typed here) are checked with them, with the same
 * states as the "kind of no" letters (letter-wording-states.ts).
 */
import { assign, setup } from 'xstate';
import * as z from 'zod';
import { isLetterKind, LETTER_KINDS, MEETING_TOPICS, type LetterKind } from '../../src/features/case-file/letter-kinds.js';
import { caseFileEffects, type DraftFromNotesParams } from './case-file-effects.js';
import {
  answerOf,
  effects,
  typedWithoutWords,
  type AskParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
} from '../../src/core/flow-kit.js';
import { answerNote, choicesOf, isBareReply } from '../advice/parent-answers.js';
import { factsGuards, keepSchoolName, typedSentence, refreshSchoolName, schoolNameFromInput, schoolNameNote, schoolNameParams, type SchoolNameCtx } from '../advice/letter-facts-states.js';
import { wordingAssigns, wordingGuards, wordingLines, wordingStates, WORDING_KEYS, type WordingCtx, type WordingLine } from '../advice/letter-wording-states.js';

const P = 'case-file.letter';
const M = 'case-file.meeting';

/**
 * Besides the fields below: each line in the parent's own words, `own.<kind>.<variable>` (its
 * words) and `topic.<kind>.<variable>` (the topic a reworded line is noted under).
 */
type Ctx = SchoolNameCtx &
  WordingCtx & {
    kind: LetterKind | '';
    /** 'yes': the parent asked for a kind we don't have: say so before the list. */
    unknown: string;
    nickname: string;
  } & Record<string, string>;

function kindFrom(input: FlowInput): { kind: LetterKind | ''; unknown: string } {
  const raw = typeof input.kind === 'string' ? input.kind.trim().toLowerCase() : '';
  if (!raw) return { kind: '', unknown: '' };
  return isLetterKind(raw) ? { kind: raw, unknown: '' } : { kind: '', unknown: 'yes' };
}

const ownWordsSchema = z.record(z.string(), z.array(z.object({ name: z.string(), topic: z.string(), words: z.string() })));

/** The lines in the parent's own words each letter would carry (from the `letter` command), as context fields. */
function ownWordsFrom(input: FlowInput): Record<string, string> {
  const parsed = ownWordsSchema.safeParse(input.ownWords);
  const fields: Record<string, string> = {};
  if (!parsed.success) return fields;
  for (const [kind, lines] of Object.entries(parsed.data)) {
    for (const l of lines) {
      fields[`own.${kind}.${l.name}`] = l.words;
      fields[`topic.${kind}.${l.name}`] = l.topic;
    }
  }
  return fields;
}

/** The chosen letter's lines in the parent's own words (the check's lines). */
function ownLines(context: WordingCtx & Record<string, unknown>): readonly WordingLine[] {
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const kind = text(context.kind);
  if (!kind) return [];
  const prefix = `own.${kind}.`;
  const names = Object.keys(context).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  return wordingLines(kind, names.map((n) => [n, `${prefix}${n}`, text(context[`topic.${kind}.${n}`])] as const));
}

/** The letter as the preview reads it: from the notes, as they stand. */
function previewParams({ context }: { context: Ctx }) {
  return { template: context.kind || 'need-request', vars: {}, fromNotes: true };
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

/** A meeting answer typed here: a line of the recap in the parent's own words. */
function meetingWords(name: keyof typeof MEETING_TOPICS) {
  return ({ event }: { event: FlowEvent }): Partial<Ctx> =>
    event.type === 'TEXT' ? { [`own.meeting-recap.${name}`]: event.text, [`topic.meeting-recap.${name}`]: MEETING_TOPICS[name] } : {};
}

const whenNote = answerNote(M, MEETING_TOPICS.meeting);
const discussedNote = answerNote(M, MEETING_TOPICS.discussed);
const agreedNote = answerNote(M, MEETING_TOPICS.agreed);
const declinedNote = answerNote(M, MEETING_TOPICS.declined);
const notAddressedNote = answerNote(M, MEETING_TOPICS.not_addressed);

function draftParams({ context }: { context: Ctx }): DraftFromNotesParams {
  return { kind: context.kind || 'need-request' };
}

function nextStepNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'next_step', topic: `letter.${context.kind || 'need-request'}.next-step`, text: `${P}.next-step-note` };
}

/** The child's school name as typed (or the nickname), typed to this flow's context. */
function childNamed(args: { context: Ctx; event: FlowEvent }): Partial<Ctx> {
  return keepSchoolName(args);
}

function backHome(): FlowOutput {
  return {};
}

/** A context update shared with other flows (letter-wording-states.ts), typed to this flow's context. */
function own<P>(update: (args: { context: Ctx; event: FlowEvent }, params: P) => Partial<Ctx>) {
  return update;
}

/** One meeting question: typed words are noted (and kept for the wording check), Skip moves on. */
function meetingState(key: string, next: string, noteParams: typeof whenNote, name: keyof typeof MEETING_TOPICS) {
  return {
    entry: { type: 'ask' as const, params: meetingQuestion(key) },
    on: {
      TEXT: { target: next, actions: [{ type: 'note' as const, params: noteParams }, { type: `keep.${name}` as const }] },
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
    refreshSchoolName: assign(own(refreshSchoolName)),
    'keep.meeting': assign(meetingWords('meeting')),
    'keep.discussed': assign(meetingWords('discussed')),
    'keep.agreed': assign(meetingWords('agreed')),
    'keep.declined': assign(meetingWords('declined')),
    'keep.not_addressed': assign(meetingWords('not_addressed')),
    // The check of the parent's own words (letter-wording-states.ts).
    pickOnly: assign(own(wordingAssigns.pickOnly)),
    pickLine: assign(own(wordingAssigns.pickLine)),
    reword: assign(own(wordingAssigns.reword)),
    leaveOut: assign(own(wordingAssigns.leaveOut)),
    setKind: assign({
      kind: ({ event }) => {
        const id = answerOf(event as FlowEvent).replace(/^kind:/, '');
        return isLetterKind(id) ? id : '';
      },
    }),
  },
  guards: {
    isMeeting: ({ context }) => context.kind === 'meeting-recap',
    hasKind: ({ context }) => context.kind !== '',
    isUnknown: ({ context }) => context.unknown === 'yes',
    picksMeeting: ({ event }) => answerOf(event as FlowEvent) === 'kind:meeting-recap',
    picksKind: ({ event }) => isLetterKind(answerOf(event as FlowEvent).replace(/^kind:/, '')),
    needsSchoolName: factsGuards.needsSchoolName,
    typedNoName: ({ event }) => typedWithoutWords(event as FlowEvent),
    typedSentence: ({ event }) => (event as FlowEvent).type === 'TEXT' && typedSentence((event as { text: string }).text),
    isBareReply: ({ event }) => isBareReply(event as FlowEvent),
    ...wordingGuards,
  },
}).createMachine({
  id: 'letter',
  // The child's name as the school knows it, asked before this case's first letter (kept in its profile).
  context: ({ input }) => ({
    ...ownWordsFrom(input),
    ...kindFrom(input),
    ...schoolNameFromInput(input),
    nickname: typeof input.nickname === 'string' ? input.nickname : '',
    wordingLine: '',
  }),
  initial: 'start',
  // Back after another dialogue ran over this one ("change profile"): the profile as it is now.
  on: { INPUT: { actions: 'refreshSchoolName' } },
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
    meetingWhen: meetingState(`${M}.ask-when`, 'meetingDiscussed', whenNote, 'meeting'),
    meetingDiscussed: meetingState(`${M}.ask-discussed`, 'meetingAgreed', discussedNote, 'discussed'),
    meetingAgreed: meetingState(`${M}.ask-agreed`, 'meetingDeclined', agreedNote, 'agreed'),
    meetingDeclined: meetingState(`${M}.ask-declined`, 'meetingNotAddressed', declinedNote, 'declined'),
    meetingNotAddressed: meetingState(`${M}.ask-not-addressed`, 'beforeDraft', notAddressedNote, 'not_addressed'),
    beforeDraft: { always: [{ guard: 'needsSchoolName', target: 'childName' }, { target: 'wording' }] },
    childName: {
      entry: { type: 'ask', params: schoolNameParams },
      on: {
        TEXT: [
          // "2" by habit (one button here): no name, asked again.
          { guard: 'typedNoName', target: 'childName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-needed' } } },
          { guard: 'typedSentence', target: 'childName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-sentence' } } },
          { target: 'wording', actions: ['keepSchoolName', { type: 'note', params: schoolNameNote }] },
        ],
        CHOICE: { target: 'wording', actions: ['keepSchoolName', { type: 'note', params: schoolNameNote }] },
      },
    },
    // The lines in the parent's own words, shown as the letter will read them: keep, reword or leave out.
    ...wordingStates('draft', ownLines, previewParams),
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
  // 3: the lines in the parent's own words are checked before drafting (`wording`, `checkWording`, `wordingPick`, `whichLine`, `reword`).
  version: 3,
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
    'facts.child-name-needed',
    'facts.child-name-sentence',
    'facts.choice.use-nickname',
    ...WORDING_KEYS,
  ],
  templates: [...LETTER_KINDS],
};
