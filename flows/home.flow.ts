/**
 * Home: the menu every conversation starts from and returns to. A parent who simply pastes
 * what the school said goes straight to triage with it.
 */
import { assign, setup } from 'xstate';
import { answerOf, effects, type ChoiceRef, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput } from './kit.js';

interface Ctx {
  next: string;
  statement: string;
  firstVisit: boolean;
}

/** Menu entries: choice id → where it leads. Registered here, in one place. */
export const HOME_MENU: { id: string; next: string }[] = [
  { id: 'new-no', next: 'triage' },
  { id: 'say-next', next: 'say-next' },
  { id: 'notes', next: 'cmd:notes' },
  { id: 'help', next: 'cmd:help' },
];

const menuChoices: ChoiceRef[] = HOME_MENU.map((m) => ({ id: m.id, key: `home.choice.${m.id}` }));

function output({ context }: { context: Ctx }): FlowOutput {
  if (context.next === 'triage' && context.statement) return { next: 'triage', input: { statement: context.statement } };
  return { next: context.next };
}

export const homeMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    pickMenu: assign({
      next: ({ event }) => HOME_MENU.find((m) => m.id === answerOf(event as FlowEvent))?.next ?? 'home',
    }),
    takeStatement: assign({ next: 'triage', statement: ({ event }) => answerOf(event as FlowEvent) }),
  },
  guards: {
    hasStatement: ({ context }) => context.statement.length > 0,
    isFirstVisit: ({ context }) => context.firstVisit,
    looksLikeStatement: ({ event }) => answerOf(event as FlowEvent).length >= 20,
  },
}).createMachine({
  id: 'home',
  context: ({ input }) => ({
    next: 'triage',
    statement: typeof input.statement === 'string' ? input.statement : '',
    firstVisit: input.firstVisit === true,
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
      entry: { type: 'ask', params: { key: 'home.menu', choices: menuChoices, freeText: true } },
      on: {
        CHOICE: { target: 'done', actions: 'pickMenu' },
        TEXT: [
          { guard: 'looksLikeStatement', target: 'done', actions: 'takeStatement' },
          { target: 'menu', reenter: true, actions: { type: 'say', params: { key: 'home.nudge' } } },
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
  keys: ['home.welcome', 'home.menu', 'home.nudge', ...HOME_MENU.map((m) => `home.choice.${m.id}`)],
};
