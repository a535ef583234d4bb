/**
 * "What do I say next?", at any moment. Takes what the school said (from `/nextstep say <text>`
 * or by asking), works out what kind of "no" it is (asking when unsure), then offers replies
 * from collaborative to firm, questions to ask and what to write down; saves the statement and
 * the advice as notes, and offers a letter.
 */
import { assign, setup } from 'xstate';
import { CATEGORIES, type Category } from '../../src/core/types.js';
import {
  answerOf,
  clip,
  effects,
  type AskParams,
  type Classification,
  type ClassifyParams,
  type DraftParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
  type SayParams,
} from '../../src/core/flow-kit.js';
import { letterDate } from './parent-answers.js';
import { classifiedAs, pickedAs, whichKindGuards, whichKindKeys, whichKindStates } from './which-kind.js';
import { schoolWordsOf } from '../../src/features/advice/letter-facts.js';

const P = 'say-next';

/** Replies go from working-together to firm; each is its own short message. */
export const TONES = ['collaborative', 'clear', 'firm'] as const;
type Tone = (typeof TONES)[number];

/** The letter that best answers each kind of "no". */
export const LETTER_FOR: Record<Category, string> = {
  data: 'data-request',
  resources: 'resources-request',
  precedent: 'precedent-request',
  not_available: 'need-request',
  predetermination: 'decision-in-writing',
  other: 'need-request',
};

interface Ctx {
  nickname: string;
  statement: string;
  /** The last thing the school said, from the notes, offered first when none was given. */
  recent: { text: string; when: string } | null;
  /** The statement came from the notes: it is already there, so it is not noted again. */
  fromNotes?: boolean;
  /** Where the parent was when they asked (opaque to the flow; handed back at the end). */
  resume?: unknown;
  classification: Classification | null;
  category: Category;
  date: string;
}

function classifyParams({ context }: { context: Ctx }): ClassifyParams {
  return { text: context.statement };
}

function kindParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.kind.${context.category}` };
}

function replyFor(tone: Tone): (args: { context: Ctx }) => SayParams {
  return function replyParams({ context }) {
    return { key: `${P}.replies.${context.category}.${tone}` };
  };
}
const collaborativeReply = replyFor('collaborative');
const clearReply = replyFor('clear');
const firmReply = replyFor('firm');

function questionsParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.questions.${context.category}` };
}
function writeDownParams({ context }: { context: Ctx }): SayParams {
  return { key: `${P}.write-down.${context.category}` };
}

function statementNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'statement', topic: 'say-next.statement', text: context.statement, category: context.category };
}

/** The advice given, recorded by the content key of its summary (shown as words in the notes). */
function adviceNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'advice', topic: 'say-next.advice', text: `${P}.advice-note.${context.category}`, category: context.category };
}

function recentParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-recent`,
    vars: { said: clip(context.recent?.text ?? '', 200), when: context.recent?.when ?? '' },
    choices: [
      { id: 'recent', key: `${P}.choice.recent` },
      { id: 'something-else', key: `${P}.choice.something-else` },
    ],
    freeText: true,
  };
}

function recentOf(input: FlowInput): Ctx['recent'] {
  const r = input.recent as { text?: unknown; when?: unknown } | undefined;
  return r && typeof r.text === 'string' && r.text.trim() && typeof r.when === 'string' ? { text: r.text.trim(), when: r.when } : null;
}

const offerParams: AskParams = {
  key: `${P}.ask-draft`,
  choices: [
    { id: 'yes', key: `${P}.choice.yes` },
    { id: 'no', key: `${P}.choice.no` },
  ],
  freeText: false,
};

/**
 * say-next knows little beyond the statement and when it was noted (today, or the day of the
 * last statement it offered): the letter shows blanks for the rest.
 */
function letterParams({ context }: { context: Ctx }): DraftParams {
  const saidOn = context.fromNotes ? (context.recent?.when ?? '') : context.date;
  return {
    template: LETTER_FOR[context.category],
    vars: { date: context.date, nickname: context.nickname, statement: clip(schoolWordsOf(context.statement)), said_on: saidOn },
  };
}

/** Back to where the parent was when they asked, if anywhere; else the menu. */
function backHome({ context }: { context: Ctx }): FlowOutput {
  return context.resume ? { resume: context.resume } : {};
}

export const sayNextMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setStatement: assign({ statement: ({ event }) => answerOf(event as FlowEvent) }),
    useRecent: assign(({ context }) => ({ statement: context.recent?.text ?? '', fromNotes: true })),
    setClassification: assign(classifiedAs),
    setPicked: assign(pickedAs),
    stampDate: assign({ date: ({ event }) => letterDate((event as FlowEvent).at) }),
  },
  guards: {
    ...whichKindGuards,
    hasStatement: ({ context }) => context.statement.trim().length > 0,
    hasRecent: ({ context }) => Boolean(context.recent),
    isRecent: ({ event }) => answerOf(event as FlowEvent) === 'recent',
    isFromNotes: ({ context }) => context.fromNotes === true,
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    // What the school said has words in it: a bare "3" typed at two buttons is a missed button, not a statement.
    saysWords: ({ event }) => /[a-z]{2}/i.test(answerOf(event as FlowEvent)),
  },
}).createMachine({
  id: 'say-next',
  context: ({ input }) => ({
    nickname: typeof input.nickname === 'string' ? input.nickname : '',
    statement: typeof input.statement === 'string' ? input.statement.trim() : '',
    recent: recentOf(input),
    ...(input.resume ? { resume: input.resume } : {}),
    classification: null,
    category: 'other',
    date: '',
  }),
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'hasStatement', target: 'classifying', actions: { type: 'classify', params: classifyParams } },
        { guard: 'hasRecent', target: 'recent' },
        { target: 'statement' },
      ],
    },
    // Nothing given: offer the last thing the school said (typing a new one works too).
    recent: {
      entry: { type: 'ask', params: recentParams },
      on: {
        CHOICE: [{ guard: 'isRecent', target: 'classifying', actions: ['useRecent', { type: 'classify', params: classifyParams }] }, { target: 'statement' }],
        TEXT: [{ guard: 'saysWords', target: 'classifying', actions: ['setStatement', { type: 'classify', params: classifyParams }] }, { target: 'recent', reenter: true }],
      },
    },
    statement: {
      entry: { type: 'ask', params: { key: `${P}.ask-statement` } },
      on: {
        TEXT: [{ guard: 'saysWords', target: 'classifying', actions: ['setStatement', { type: 'classify', params: classifyParams }] }, { target: 'statement', reenter: true }],
      },
    },
    classifying: {
      on: { CLASSIFIED: { target: 'decide', actions: 'setClassification' } },
    },
    decide: {
      always: [
        { guard: 'isConfident', target: 'advise', actions: { type: 'say', params: kindParams } },
        { target: 'choose' },
      ],
    },
    // Not sure which kind: ask, then advise on the one picked.
    ...whichKindStates(P, 'advise'),
    advise: {
      entry: [
        'disclaim',
        { type: 'say', params: { key: `${P}.replies-intro` } },
        { type: 'say', params: collaborativeReply },
        { type: 'say', params: clearReply },
        { type: 'say', params: firmReply },
        { type: 'say', params: questionsParams },
        { type: 'say', params: writeDownParams },
      ],
      always: [
        { guard: 'isFromNotes', target: 'offer', actions: { type: 'note', params: adviceNote } },
        { target: 'offer', actions: [{ type: 'note', params: statementNote }, { type: 'note', params: adviceNote }] },
      ],
    },
    offer: {
      entry: { type: 'ask', params: offerParams },
      on: {
        CHOICE: [
          {
            guard: 'isYes',
            target: 'done',
            actions: [
              'stampDate',
              { type: 'say', params: { key: `${P}.letter-intro` } },
              { type: 'draft', params: letterParams },
            ],
          },
          { target: 'done', actions: { type: 'say', params: { key: `${P}.no-letter` } } },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: backHome,
});

export const sayNextFlow: FlowDef = {
  id: 'say-next',
  version: 1,
  machine: sayNextMachine,
  keys: [
    `${P}.ask-statement`,
    `${P}.ask-recent`,
    `${P}.choice.recent`,
    `${P}.choice.something-else`,
    ...whichKindKeys(P),
    ...CATEGORIES.map((c) => `category.${c}.label`),
    ...CATEGORIES.map((c) => `${P}.kind.${c}`),
    `${P}.replies-intro`,
    ...CATEGORIES.flatMap((c) => TONES.map((t) => `${P}.replies.${c}.${t}`)),
    ...CATEGORIES.map((c) => `${P}.questions.${c}`),
    ...CATEGORIES.map((c) => `${P}.write-down.${c}`),
    ...CATEGORIES.map((c) => `${P}.advice-note.${c}`),
    `${P}.ask-draft`,
    `${P}.choice.yes`,
    `${P}.choice.no`,
    `${P}.letter-intro`,
    `${P}.no-letter`,
  ],
  templates: [...new Set(Object.values(LETTER_FOR))],
};
