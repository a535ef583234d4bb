/**
 * A question left waiting (W13-2). A conversation put aside under another dialogue comes back by
 * itself when that dialogue ends, but only while it is fresh: asked on the parent's own day (in
 * their zone) and come back by itself fewer than twice. Past that, the parent has moved on (they
 * came back another day to log a day, or walked past it twice), and dropping them into an old
 * question is a riddle; so it is offered once instead: "Earlier you started telling me about …:
 * pick that up again, or leave it?" "Pick it up" asks it again as if asked today; "leave it" lets
 * it go (the notes made so far stay: every flow notes answers as they come); doing something else
 * at the offer lets it go too, and so does a new message typed there (new-message.ts's length):
 * the menu is started quietly and the message read as typed at it (typed-reading.ts). The offer is the engine's own small dialogue, its words in
 * content/prompts/engine.yaml.
 */
import { assign, setup } from 'xstate';
import { clip, effects, nestedQuote, type AskParams, type FlowDef, type FlowEvent, type FlowOutput } from './flow-kit.js';
import type { Aside, PendingQuestion } from './ports.js';
import type { ContentCatalog } from '../content/catalog.js';

export const ASIDE_OFFER_FLOW = 'aside-offer';

/** Times a question comes back by itself on the day it was asked before it is offered instead. */
export const COMES_BACK_AT_MOST = 2;

/** Left waiting too long to be dropped back into: asked on an earlier day, or come back by itself twice already. */
export function leftTooLong(pending: PendingQuestion, day: string): boolean {
  return (pending.askedOn !== undefined && pending.askedOn < day) || (pending.cameBack ?? 0) >= COMES_BACK_AT_MOST;
}

/** The offer's words: the parent's own words it is about, when its flow can tell, else the question itself, quoted. */
export function offerInput(content: ContentCatalog, flow: FlowDef | undefined, aside: Aside): { key: string; what: string } {
  const words = flow?.leftAbout?.(aside.snapshot.context, aside.snapshot.value);
  if (words) return { key: 'engine.aside-offer.words', what: nestedQuote(clip(words, 120)) };
  const question = content.render(aside.pending.key, aside.pending.vars, Number(aside.pending.promptId.replace(/\D/g, '')) - 1 || 0);
  return { key: 'engine.aside-offer.question', what: nestedQuote(clip(question, 160)) };
}

interface Ctx {
  key: string;
  what: string;
  letGo: boolean;
}

const askParams = ({ context }: { context: Ctx }): AskParams => ({
  key: context.key,
  vars: { what: context.what },
  choices: [
    { id: 'aside:pick-up', key: 'engine.aside-offer.choice.pick-up' },
    { id: 'aside:leave', key: 'engine.aside-offer.choice.leave' },
  ],
  freeText: false,
});

const machine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as Record<string, unknown>, output: {} as FlowOutput },
  actions: { ...effects, leave: assign({ letGo: true }) },
  guards: {
    isLeave: ({ event }) => event.type === 'CHOICE' && event.id === 'aside:leave',
    isPickUp: ({ event }) => event.type === 'CHOICE' && event.id === 'aside:pick-up',
  },
}).createMachine({
  id: ASIDE_OFFER_FLOW,
  context: ({ input }) => ({ key: String(input['key'] ?? 'engine.aside-offer.question'), what: String(input['what'] ?? ''), letGo: false }),
  initial: 'ask',
  states: {
    ask: {
      entry: { type: 'ask', params: askParams },
      on: {
        CHOICE: [
          { guard: 'isLeave', target: 'done', actions: ['leave', { type: 'say', params: { key: 'engine.aside-left' } }] },
          { guard: 'isPickUp', target: 'done' },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => (context.letGo ? { letGo: true } : {}),
});

export const asideOfferFlow: FlowDef = {
  id: ASIDE_OFFER_FLOW,
  version: 1,
  machine,
  keys: ['engine.aside-offer.words', 'engine.aside-offer.question', 'engine.aside-offer.choice.pick-up', 'engine.aside-offer.choice.leave', 'engine.aside-left'],
};
