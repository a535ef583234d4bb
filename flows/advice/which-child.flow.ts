/**
 * "Which child is this about?", asked before a command that works on one child's case when the
 * family has several (what do I say next?): the chosen child's case is opened, and the command
 * runs for it (`then`, an internal command such as `say-child`). Without it, the words went into
 * whichever child was talked about last.
 */
import { assign, setup } from 'xstate';
import { answerOf, effects, type AskParams, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, type OpenCaseParams } from '../../src/core/flow-kit.js';
import { childButtons, chosenChild } from './child-buttons.js';

const P = 'which-child';

interface Ctx {
  children: string[];
  /** The command to run once the child is chosen. */
  then: string;
  /** The words the command was given ("/say <their words>"), handed on to it. */
  args: string;
  /** New words about a child (review11, 1): "Another child" is offered too, and takes them to triage for that child. */
  another: boolean;
  /** "Another child" was picked. */
  newChild: boolean;
  /** False when the command gives no advice (erasing the child): the case opens without the not-legal-advice note (absent in a snapshot from before: said). */
  disclaim?: boolean;
}

function askParams({ context }: { context: Ctx }): AskParams {
  const another = context.another ? [{ id: 'new-child', key: 'triage.choice.new-child' }] : [];
  return { key: `${P}.ask`, choices: [...childButtons(`${P}.choice.child`, context.children), ...another], freeText: false };
}

function chosen(context: Ctx, event: FlowEvent): string | undefined {
  return chosenChild(context.children, event);
}

export const whichChildMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: { ...effects, newChild: assign({ newChild: true }) },
  guards: {
    isNewChild: ({ context, event }) => context.another && answerOf(event as FlowEvent) === 'new-child',
    isChild: ({ context, event }) => chosen(context, event as FlowEvent) !== undefined,
    hasChildren: ({ context }) => context.children.length > 0,
  },
}).createMachine({
  id: 'which-child',
  context: ({ input }) => ({
    children: Array.isArray(input.children) ? input.children.filter((c): c is string => typeof c === 'string') : [],
    then: typeof input.then === 'string' ? input.then : '',
    args: typeof input.args === 'string' ? input.args : '',
    another: input.another === true && typeof input.args === 'string' && input.args !== '',
    newChild: false,
    disclaim: input.disclaim !== false,
  }),
  initial: 'start',
  states: {
    // No child to choose from (never in practice): the command runs for the open case.
    start: { always: [{ guard: 'hasChildren', target: 'ask' }, { target: 'done' }] },
    ask: {
      entry: { type: 'ask', params: askParams },
      on: {
        CHOICE: [
          { guard: 'isNewChild', target: 'done', actions: 'newChild' },
          {
            guard: 'isChild',
            target: 'done',
            actions: { type: 'openCase', params: ({ context, event }): OpenCaseParams => ({ nickname: chosen(context, event as FlowEvent) ?? '', ...(context.disclaim === false ? { disclaim: false } : {}) }) },
          },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }): FlowOutput => {
    // Another child's words: triage asks the child's name and keeps them for that child, never the one open;
    // named, the command asked for goes on for them, with the words (`thenSay`).
    if (context.newChild) return { next: 'triage', input: { statement: context.args, children: [], ...(context.then === 'say-child' ? { thenSay: context.args } : {}) } };
    return context.then ? { next: `cmd:${context.then}`, ...(context.args ? { input: { args: context.args } } : {}) } : {};
  },
});

export const whichChildFlow: FlowDef = {
  id: 'which-child',
  version: 1,
  machine: whichChildMachine,
  // Every child as a button; the child chosen is opened (and so recorded).
  aboutNoChild: true,
  keys: [`${P}.ask`, `${P}.choice.child`, 'triage.choice.new-child'],
};
