/**
 * The safety check: what follows a message the crisis screen fired on. Possible risk asks one
 * short question ("Are you or your child safe right now?"); "yes" goes straight back to the
 * conversation that was interrupted, exactly where it was; "no, or I'm not sure" (and clear
 * risk, from the start) gives the crisis reply, with a button to pick up later.
 *
 * The message itself is never given to this flow, so it can never be stored: only its tier and
 * whose crisis it is. The interrupted conversation is put aside by the engine (`startFlow`) and
 * comes back when this flow ends; `input.resume` is read only from a check saved by a release
 * before that, and handed back out untouched (FlowOutput.resume).
 */
import { setup } from 'xstate';
import { answerOf, effects, type AskParams, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput } from '../src/core/flow-kit.js';

export const CRISIS_KINDS = ['child_self_harm', 'abuse', 'parent_crisis', 'danger'] as const;
type Kind = (typeof CRISIS_KINDS)[number];

interface Ctx {
  kind: Kind;
  clear: boolean;
  resume?: unknown;
}

const P = 'safety.check';

const questionParams: AskParams = {
  key: `${P}.question`,
  choices: [
    { id: 'safe', key: `${P}.choice.safe` },
    { id: 'not-sure', key: `${P}.choice.not-sure` },
  ],
  freeText: false,
};

/** The crisis reply is itself the question, so a parent moved to a DM gets all of it there. */
function crisisParams({ context }: { context: Ctx }): AskParams {
  return { key: `safety.crisis.${context.kind}`, choices: [{ id: 'continue', key: 'safety.choice.continue-later' }], freeText: false };
}

function output({ context }: { context: Ctx }): FlowOutput {
  return context.resume === undefined ? {} : { resume: context.resume };
}

export const safetyCheckMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: { ...effects },
  guards: {
    isClear: ({ context }) => context.clear,
    isSafe: ({ event }) => answerOf(event as FlowEvent) === 'safe',
    isNotSure: ({ event }) => answerOf(event as FlowEvent) === 'not-sure',
    isContinue: ({ event }) => answerOf(event as FlowEvent) === 'continue',
  },
}).createMachine({
  id: 'safety-check',
  context: ({ input }) => ({
    kind: (CRISIS_KINDS as readonly string[]).includes(String(input.kind)) ? (input.kind as Kind) : 'parent_crisis',
    clear: input.tier === 'clear',
    ...(input.resume === undefined ? {} : { resume: input.resume }),
  }),
  initial: 'start',
  states: {
    start: { always: [{ guard: 'isClear', target: 'crisis' }, { target: 'ask' }] },
    ask: {
      entry: { type: 'ask', params: questionParams },
      on: {
        CHOICE: [
          { guard: 'isSafe', target: 'done', actions: { type: 'say', params: { key: `${P}.glad` } } },
          { guard: 'isNotSure', target: 'crisis' },
        ],
      },
    },
    crisis: {
      entry: { type: 'ask', params: crisisParams },
      on: {
        CHOICE: { guard: 'isContinue', target: 'done' },
        // Whatever is typed here means "carry on": it is not kept (the screen has seen it).
        TEXT: { target: 'done' },
      },
    },
    done: { type: 'final' },
  },
  output,
});

export const safetyCheckFlow: FlowDef = {
  id: 'safety-check',
  version: 1,
  machine: safetyCheckMachine,
  aboutNoChild: true,
  keys: [
    `${P}.question`,
    `${P}.choice.safe`,
    `${P}.choice.not-sure`,
    `${P}.glad`,
    'safety.choice.continue-later',
    ...CRISIS_KINDS.map((k) => `safety.crisis.${k}`),
  ],
};
