/**
 * Home: the menu every conversation starts from and returns to. A parent who simply pastes
 * what the school said goes straight to triage with it.
 */
import { isBareNo } from './school-words.js';
import { ownTalkOf, type OwnTalk } from './own-talk.js';
import { assign, setup } from 'xstate';
import { answerOf, effects, type AskParams, type ChoiceRef, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, type NoteParams } from '../../src/core/flow-kit.js';

interface Ctx {
  next: string;
  statement: string;
  firstVisit: boolean;
  /** A letter was drafted just before: the menu first offers "I've sent it". */
  drafted: boolean;
  /** The parent's own talk typed at the menu (own-talk.ts), while they say what it is; '' for none. */
  own?: string;
  ownKind?: OwnTalk;
}

/**
 * What the parent's own talk at the menu can be taken as: put right (a correction only), the
 * school's words after all, or just kept. A question to me may be about the school without being
 * their words: "It's about what the school said or did" starts triage from its first question,
 * the question kept as the parent's (review19 R1).
 */
const OWN_TALK_CHOICES: Record<OwnTalk, string[]> = { correction: ['correct', 'theirs', 'keep'], family: ['theirs', 'keep'], question: ['about', 'theirs', 'keep'] };
function ownTalkParams({ context }: { context: Ctx }): AskParams {
  const ids = OWN_TALK_CHOICES[context.ownKind ?? 'question'];
  return { key: `home.own-talk.${context.ownKind ?? 'question'}`, choices: ids.map((id) => ({ id, key: `home.own-talk.choice.${id}` })), freeText: false };
}

/** Kept at once in the parent's own words (with the child open), never as the school's: nothing is lost whatever they pick. */
const ownWordsNote = ({ context }: { context: Ctx }): NoteParams => ({ kind: 'parent_words', topic: 'home.own-words', text: context.own ?? '' });

/** Menu entries: choice id → where it leads. Registered here, in one place. */
export const HOME_MENU: { id: string; next: string }[] = [
  { id: 'new-no', next: 'triage' },
  { id: 'say-next', next: 'cmd:say' },
  { id: 'log', next: 'cmd:log' },
  { id: 'notes', next: 'cmd:notes' },
  { id: 'help', next: 'cmd:help' },
];

/**
 * Offered first, only straight after a letter is drafted: keep it in the notes (`keep`), or say
 * it is sent (`sent`, which keeps it too). A draft neither kept nor sent stays out of the notes.
 */
export const AFTER_LETTER_MENU: { id: string; next: string }[] = [
  { id: 'keep', next: 'cmd:keep' },
  { id: 'sent', next: 'cmd:sent' },
];

const menuChoices: ChoiceRef[] = HOME_MENU.map((m) => ({ id: m.id, key: `home.choice.${m.id}` }));

function menuParams({ context }: { context: Ctx }): AskParams {
  if (!context.drafted) return { key: 'home.menu', choices: menuChoices, freeText: true };
  const first = AFTER_LETTER_MENU.map((m) => ({ id: m.id, key: `home.choice.${m.id}` }));
  return { key: 'home.menu-after-letter', choices: [...first, ...menuChoices], freeText: true };
}

function output({ context }: { context: Ctx }): FlowOutput {
  if (context.next === 'triage' && context.statement) return { next: 'triage', input: { statement: context.statement } };
  return { next: context.next };
}

export const homeMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    pickMenu: assign({
      next: ({ event }) => [...AFTER_LETTER_MENU, ...HOME_MENU].find((m) => m.id === answerOf(event as FlowEvent))?.next ?? 'home',
    }),
    takeStatement: assign({ next: 'triage', statement: ({ event }) => answerOf(event as FlowEvent) }),
    holdOwnTalk: assign(({ event }) => ({ own: answerOf(event as FlowEvent), ownKind: ownTalkOf(answerOf(event as FlowEvent)) })),
    ownIsTheirs: assign(({ context }) => ({ next: 'triage', statement: context.own ?? '' })),
    correctIt: assign({ next: 'cmd:correct' }),
    aboutTheSchool: assign({ next: 'triage', statement: '' }),
  },
  guards: {
    // A correction, family news or a question to me, reporting no one at school (W15-1, W15-6).
    isOwnTalk: ({ event }) => ownTalkOf(answerOf(event as FlowEvent)) !== undefined,
    picked: ({ event }, id: string) => answerOf(event as FlowEvent) === id,
    hasStatement: ({ context }) => context.statement.length > 0,
    isFirstVisit: ({ context }) => context.firstVisit,
    // Long enough to be what the school said, or a short "schol said no agin": triage asks for their words.
    looksLikeStatement: ({ event }) => answerOf(event as FlowEvent).length >= 20 || isBareNo(answerOf(event as FlowEvent)),
  },
}).createMachine({
  id: 'home',
  context: ({ input }) => ({
    next: 'triage',
    statement: typeof input.statement === 'string' ? input.statement : '',
    firstVisit: input.firstVisit === true,
    drafted: typeof input.drafted === 'string' && input.drafted !== '',
  }),
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'hasStatement', target: 'done' },
        { guard: 'isFirstVisit', target: 'menu', actions: { type: 'say', params: { key: 'home.welcome' } } },
        { target: 'menu' },
      ],
    },
    menu: {
      entry: { type: 'ask', params: menuParams },
      on: {
        CHOICE: { target: 'done', actions: 'pickMenu' },
        TEXT: [
          { guard: 'isOwnTalk', target: 'ownTalk', actions: 'holdOwnTalk' },
          { guard: 'looksLikeStatement', target: 'done', actions: 'takeStatement' },
          { target: 'menu', reenter: true, actions: { type: 'say', params: { key: 'home.nudge' } } },
        ],
      },
    },
    ownTalk: {
      entry: [{ type: 'note', params: ownWordsNote }, { type: 'ask', params: ownTalkParams }],
      on: {
        CHOICE: [
          { guard: { type: 'picked', params: 'correct' }, target: 'done', actions: 'correctIt' },
          { guard: { type: 'picked', params: 'theirs' }, target: 'done', actions: 'ownIsTheirs' },
          { guard: { type: 'picked', params: 'about' }, target: 'done', actions: 'aboutTheSchool' },
          { target: 'menu', actions: { type: 'say', params: { key: 'home.own-talk.kept' } } },
        ],
      },
    },
    done: { type: 'final' },
  },
  output,
});

export const homeFlow: FlowDef = {
  id: 'home',
  version: 1,
  machine: homeMachine,
  keys: [
    'home.welcome',
    'home.menu',
    'home.menu-after-letter',
    'home.nudge',
    'home.choice.new-no.also',
    'home.choice.keep.also',
    ...['correction', 'family', 'question'].map((k) => `home.own-talk.${k}`),
    ...['correct', 'theirs', 'about', 'keep'].map((id) => `home.own-talk.choice.${id}`),
    'home.own-talk.kept',
    ...[...AFTER_LETTER_MENU, ...HOME_MENU].map((m) => `home.choice.${m.id}`),
  ],
};
