/**
 * Erasing one child ("delete Noah's data"; the fifteenth walk, W15-5). One confirmation that
 * names the child and what goes (and, with other children, that theirs stay), with a way to
 * take a copy of that child's notes first: "Export a copy first" sends the child's packet
 * (`exportChild`) and asks again. Yes erases the child once this turn has committed
 * (`eraseChild`: src/features/case-file/forget-child.ts); no keeps everything. Neither writes a
 * note of its own. Words typed after a button's own ("Yes, erase Noah's notes, he has gone to
 * live with his dad") are about this child, never the open one (review19 R2): with yes they go
 * with the child; with no, or a copy first, they are kept in this child's notes (`keepChildWords`).
 */
import { setup } from 'xstate';
import * as z from 'zod';
import { caseFileEffects } from './case-file-effects.js';
import { answerOf, effects, type AskParams, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput } from '../../src/core/flow-kit.js';

const P = 'case-file.forget-child';

/** What `eraseChild` and `exportChild` are given: the child's case and names for the words. */
export const forgetChildParamsSchema = z.object({ caseId: z.number().int(), child: z.string(), others: z.string() });
export type ForgetChildParams = z.infer<typeof forgetChildParamsSchema>;

/** Words typed after one of the erase's buttons, kept in the notes of the child it asks about. */
export const keepChildWordsParamsSchema = z.object({ caseId: z.number().int(), text: z.string() });
export type KeepChildWordsParams = z.infer<typeof keepChildWordsParamsSchema>;

/** `typed`: the name as the parent typed it, when it is not the child's as kept ("beans" for Bean); '' when it is. */
type Ctx = ForgetChildParams & { typed?: string };

function choice(id: string, child: string) {
  return { id, key: `${P}.choice.${id}`, vars: { child } };
}

function confirmParams({ context }: { context: Ctx }): AskParams {
  const vars: Record<string, string> = context.others ? { child: context.child, others: context.others } : { child: context.child };
  return { key: context.others ? `${P}.confirm` : `${P}.confirm-only`, vars, choices: [choice('yes', context.child), choice('export', context.child), choice('no', context.child)], freeText: false, takesAdded: true };
}

function againParams({ context }: { context: Ctx }): AskParams {
  return { key: `${P}.again`, vars: { child: context.child }, choices: [choice('yes', context.child), choice('no', context.child)], freeText: false, takesAdded: true };
}

const params = ({ context }: { context: Ctx }): ForgetChildParams => ({ caseId: context.caseId, child: context.child, others: context.others });
/** The words added after the button (CHOICE.added), for this child's notes; '' for none. */
const added = ({ context, event }: { context: Ctx; event: FlowEvent }): KeepChildWordsParams => ({ caseId: context.caseId, text: event.type === 'CHOICE' ? (event.added ?? '') : '' });
const keepWords = { type: 'keepChildWords', params: added } as const;

export const forgetChildMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: { ...effects, ...caseFileEffects },
  guards: {
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    isExport: ({ event }) => answerOf(event as FlowEvent) === 'export',
    isNo: ({ event }) => answerOf(event as FlowEvent) === 'no',
    readLoosely: ({ context }) => (context.typed ?? '') !== '',
  },
}).createMachine({
  id: 'forget-child',
  context: ({ input }) => ({
    caseId: typeof input.caseId === 'number' ? input.caseId : -1,
    child: typeof input.child === 'string' ? input.child : '',
    others: typeof input.others === 'string' ? input.others : '',
    typed: typeof input.typed === 'string' ? input.typed : '',
  }),
  initial: 'start',
  states: {
    // "forget beans" taken as Bean: said first, with the way to erase nothing.
    start: {
      always: [
        { guard: 'readLoosely', target: 'confirm', actions: { type: 'say', params: ({ context }) => ({ key: `${P}.read-as`, vars: { typed: context.typed ?? '', child: context.child } }) } },
        { target: 'confirm' },
      ],
    },
    confirm: {
      entry: { type: 'ask', params: confirmParams },
      on: {
        CHOICE: [
          { guard: 'isYes', target: 'erased', actions: { type: 'eraseChild', params } },
          { guard: 'isExport', target: 'again', actions: [keepWords, { type: 'exportChild', params }] },
          { guard: 'isNo', target: 'done', actions: [keepWords, { type: 'say', params: ({ context }) => ({ key: `${P}.kept`, vars: { child: context.child } }) }] },
        ],
      },
    },
    again: {
      entry: { type: 'ask', params: againParams },
      on: {
        CHOICE: [
          { guard: 'isYes', target: 'erased', actions: { type: 'eraseChild', params } },
          { guard: 'isNo', target: 'done', actions: [keepWords, { type: 'say', params: ({ context }) => ({ key: `${P}.kept`, vars: { child: context.child } }) }] },
        ],
      },
    },
    // Silent and not final, as forget's: the store clears the conversation with the child's rows
    // once the turn has committed (it may name the child), and the effect says what happened.
    erased: {},
    done: { type: 'final' },
  },
  output: (): FlowOutput => ({}),
});

export const forgetChildFlow: FlowDef = {
  id: 'forget-child',
  version: 1,
  machine: forgetChildMachine,
  // About the child it names (its input), who need not be the one open: read by its words.
  aboutNoChild: true,
  keys: [`${P}.read-as`, `${P}.confirm`, `${P}.confirm-only`, `${P}.again`, `${P}.choice.yes`, `${P}.choice.export`, `${P}.choice.no`, `${P}.kept`],
  // A command typed at "Erase Noah's notes?" does not bring that question back afterwards.
  dropWhenInterrupted: true,
};
