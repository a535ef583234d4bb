/**
 * A new message typed at a question that takes only buttons (a school email pasted, a long account
 * told, at "Shall I add it to the daily log?"): never met with "please pick one" and dropped. The
 * words are kept at once, in the parent's own words and with no child (`parent_words`: never as the
 * school's words, which only what reads them can tell), and the parent is asked, in buttons,
 * whether to look at it now or finish the question first:
 * - "Look at it now": read as if typed at the menu (FlowOutput.read), the question kept aside to
 *   come back to when what the message starts ends.
 * - "Finish the question first": the question asked again; this comes back when that conversation
 *   ends (FlowOutput.later: started again quietly beneath it), offering "look at it now" or "leave it".
 * At a question not come back to (FlowDef.dropWhenInterrupted: "Erase everything?") it is offered
 * alone: now, or leave it. A second long message at its question joins the first. Never offered
 * over the safety check ("Are you or your child safe right now?" is answered first): kept, the
 * check asked again at once, and this comes back after it, as after "finish the question first"
 * (the crisis screen has read every word before this; a message it fires on never gets here). The engine's own
 * small dialogue, registered by assemble; its words in content/prompts/engine.yaml.
 */
import { assign, setup } from 'xstate';
import { schoolWords } from '../classify/school-words.js';
import { answerOf, clip, effects, nestedQuote, type AskParams, type FlowDef, type FlowEvent, type FlowOutput, type NoteParams } from './flow-kit.js';
import type { Store } from './ports.js';

export const NEW_MESSAGE_FLOW = 'new-message';

/**
 * Typed instead of tapped, words enough to be a new message (the first-contact length): at a
 * buttons-only question, offered here; at "pick that up again, or leave it?" (aside-offer.ts), the
 * old question let go and the words read at the menu. Shorter words ("what?") get "pick one".
 */
export const NEW_MESSAGE_AT = 40;

/** The words typed, long enough to be a message of their own. */
export function isNewMessage(text: string): boolean {
  return text.trim().length >= NEW_MESSAGE_AT;
}

/** The topic of the parent's own words kept when they came. */
export const NEW_MESSAGE_TOPIC = 'engine.new-message';

/**
 * The same words, with no child, kept already as a new message when they came: what reads them
 * after "Look at it now" (triage's first message) does not note them a second time.
 */
export function heldAlready(store: Pick<Store, 'listNotes'>, userId: string, topic: string, text: string): boolean {
  if (topic === NEW_MESSAGE_TOPIC) return false;
  const said = text.trim();
  return store.listNotes(userId, { topics: [NEW_MESSAGE_TOPIC] }).some((n) => n.caseId === null && n.text.trim() === said);
}

/**
 * What "look at it now" reads: the message, and of the words added at its question only those that
 * are the school's (a quotation, "they said…", "Email from the head:"). The parent's own added words
 * stay theirs, in the notes as they came, never read as what the school said.
 */
const toRead = (context: Ctx) => [context.words, ...context.added.filter((w) => schoolWords(w) !== null)].join('\n\n');

type Outcome = 'read' | 'later' | 'left' | '';

interface Ctx {
  words: string;
  /** Long messages typed at its question after it (each noted as it came). */
  added: string[];
  /** There is a question to finish first (not one dropped when something else starts). */
  canWait: boolean;
  /** Started again beneath the question the parent chose to finish first (already kept). */
  back: boolean;
  /** Typed at the safety check: kept, and the check asked again before anything else. */
  safetyFirst: boolean;
  outcome: Outcome;
}

const P = 'engine.new-message';

const question = (key: string, choices: string[]) => ({ context }: { context: Ctx }): AskParams => ({
  key: `${P}.${key}`,
  vars: { what: nestedQuote(clip(context.words, 160)) },
  choices: choices.map((c) => ({ id: `new:${c}`, key: `${P}.choice.${c}` })),
  freeText: false,
});

const keep = ({ event, context }: { event: FlowEvent; context: Ctx }): NoteParams => ({
  kind: 'parent_words',
  topic: NEW_MESSAGE_TOPIC,
  text: event.type === 'TEXT' ? event.text.trim() : context.words,
  caseless: true,
});

const moreWords = { type: 'say', params: { key: `${P}.more` } } as const;

/**
 * One of the offer's three questions (`state`, asked as `<P>.<key>`): "Look at it now", or its
 * other way on: "later" (finish the question first, `ask`) or "leave" (`alone`, `held`). More long
 * words typed there join the message.
 */
function offered(state: 'ask' | 'alone' | 'held', key: string, other: 'later' | 'leave') {
  const otherWay =
    other === 'later'
      ? { guard: 'isLater' as const, target: 'done', actions: ['later' as const, { type: 'say' as const, params: { key: `${P}.later` } }] }
      : { guard: 'isLeave' as const, target: 'done', actions: ['leave' as const, { type: 'say' as const, params: { key: `${P}.left` } }] };
  return {
    entry: { type: 'ask' as const, params: question(key, ['now', other]) },
    on: {
      CHOICE: [{ guard: 'isNow' as const, target: 'done', actions: 'now' as const }, otherWay],
      TEXT: { guard: 'isMore' as const, target: state, reenter: true, actions: [{ type: 'note' as const, params: keep }, 'addWords' as const, moreWords] },
    },
  };
}

const machine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as Record<string, unknown>, output: {} as FlowOutput },
  actions: {
    ...effects,
    now: assign({ outcome: 'read' as Outcome }),
    later: assign({ outcome: 'later' as Outcome }),
    leave: assign({ outcome: 'left' as Outcome }),
    // More words at its question join the first (`toRead`: the school's words among them are read with it).
    addWords: assign({ added: ({ context, event }) => [...context.added, answerOf(event)] }),
  },
  guards: {
    isNow: ({ event }) => event.type === 'CHOICE' && event.id === 'new:now',
    isLater: ({ event }) => event.type === 'CHOICE' && event.id === 'new:later',
    isLeave: ({ event }) => event.type === 'CHOICE' && event.id === 'new:leave',
    isMore: ({ event }) => event.type === 'TEXT' && isNewMessage(event.text),
    canWait: ({ context }) => context.canWait,
    isBack: ({ context }) => context.back,
    isSafetyFirst: ({ context }) => context.safetyFirst,
  },
}).createMachine({
  id: NEW_MESSAGE_FLOW,
  context: ({ input }) => ({
    words: String(input['words'] ?? ''),
    added: Array.isArray(input['added']) ? input['added'].filter((w): w is string => typeof w === 'string') : [],
    canWait: input['canWait'] === true, back: input['back'] === true, safetyFirst: input['safetyFirst'] === true,
    outcome: '',
  }),
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'isBack', target: 'held' },
        // At the safety check: no offer over it. Kept, the check asked again at once, this after it.
        { guard: 'isSafetyFirst', target: 'done', actions: [{ type: 'note', params: keep }, 'later', { type: 'say', params: { key: `${P}.safety-first` } }] },
        { guard: 'canWait', target: 'ask', actions: { type: 'note', params: keep } },
        { target: 'alone', actions: { type: 'note', params: keep } },
      ],
    },
    ask: offered('ask', 'ask', 'later'),
    alone: offered('alone', 'ask-alone', 'leave'),
    held: offered('held', 'held', 'leave'),
    done: { type: 'final' },
  },
  output: ({ context }): FlowOutput => {
    if (context.outcome === 'read') return { read: toRead(context) };
    if (context.outcome === 'later') return { later: { words: context.words, added: context.added, back: true } };
    return {};
  },
});

export const newMessageFlow: FlowDef = {
  id: NEW_MESSAGE_FLOW,
  version: 1,
  machine,
  // New words kept with no child yet.
  aboutNoChild: true,
  keys: [
    `${P}.ask`,
    `${P}.ask-alone`,
    `${P}.held`,
    `${P}.back-to`,
    `${P}.more`,
    `${P}.later`,
    `${P}.safety-first`,
    `${P}.left`,
    `${P}.choice.now`,
    `${P}.choice.later`,
    `${P}.choice.leave`,
  ],
  // "look at it now please, it's the email from the head": about the message held, not words to keep apart.
  addedWordsAreItsOwn: true,
  // Come back by itself after the question finished first: said with what it is about.
  backTo: () => ({ key: `${P}.back-to` }),
  // Left waiting since an earlier day: the offer quotes the parent's words.
  leftAbout: (context) => (typeof context['words'] === 'string' ? context['words'] : null),
};
