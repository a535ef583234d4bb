/**
 * "Forget me": one confirmation with two buttons. Yes erases everything about the parent (the
 * engine does it once this turn has committed: see src/store/sqlite/forget-user.ts); no keeps it all.
 * Neither path writes a note of its own: the one keeps nothing, the other changes nothing. In a
 * family of several children the question names them ("for Rosie and Alfie alike"): it is all of
 * them. Words typed after yes go with everything else (never "kept", review19 R2); after no they
 * are kept in the parent's words, as the engine keeps words after any button.
 */
import { setup } from 'xstate';
import { caseFileEffects } from './case-file-effects.js';
import { answerOf, effects, type AskParams, type FlowDef, type NoteParams, type FlowEvent, type FlowInput, type FlowOutput } from '../../src/core/flow-kit.js';
import { choicesOf } from '../advice/parent-answers.js';

const P = 'case-file.forget';

interface Ctx {
  /** The children's names, joined ("Rosie and Alfie"), when there is more than one; else ''. */
  children?: string;
}

function confirmParams({ context }: { context: Ctx }): AskParams {
  const children = context.children ?? '';
  return { key: children ? `${P}.confirm-children` : `${P}.confirm`, vars: children ? { children } : {}, choices: choicesOf(P, ['yes', 'no']), freeText: false, takesAdded: true };
}

const addedOf = (event: FlowEvent) => (event.type === 'CHOICE' ? (event.added ?? '') : '');
/** Words typed after "No" (CHOICE.added): the parent's own, kept as the engine keeps words after a button. */
const addedWords = ({ event }: { event: FlowEvent }): NoteParams => ({ kind: 'parent_words', topic: 'engine.added-words', text: addedOf(event) });

function backHome(): FlowOutput {
  return {};
}

export const forgetMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: { ...effects, ...caseFileEffects },
  guards: {
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    isNo: ({ event }) => answerOf(event as FlowEvent) === 'no',
    isNoWithWords: ({ event }) => answerOf(event as FlowEvent) === 'no' && addedOf(event as FlowEvent) !== '',
  },
}).createMachine({
  id: 'forget',
  context: ({ input }) => ({ children: typeof input.children === 'string' ? input.children : '' }),
  initial: 'confirm',
  states: {
    confirm: {
      entry: { type: 'ask', params: confirmParams },
      on: {
        CHOICE: [
          { guard: 'isYes', target: 'erased', actions: 'eraseEverything' },
          {
            guard: 'isNoWithWords',
            target: 'done',
            actions: [{ type: 'note', params: addedWords }, { type: 'say', params: { key: 'engine.added-kept' } }, { type: 'say', params: { key: `${P}.kept` } }],
          },
          { guard: 'isNo', target: 'done', actions: { type: 'say', params: { key: `${P}.kept` } } },
        ],
      },
    },
    // Deliberately not final and silent: nothing follows an erase (no menu), and the engine
    // removes this session with everything else once the turn has committed.
    erased: {},
    done: { type: 'final' },
  },
  output: backHome,
});

export const forgetFlow: FlowDef = {
  id: 'forget',
  version: 1,
  machine: forgetMachine,
  // Every child's, not one child's.
  aboutNoChild: true,
  keys: [`${P}.confirm`, `${P}.confirm-children`, `${P}.choice.yes`, `${P}.choice.no`, `${P}.kept`],
  // A command typed at "Erase everything?" does not bring that question back afterwards.
  dropWhenInterrupted: true,
};
