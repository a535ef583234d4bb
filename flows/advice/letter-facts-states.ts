/**
 * Before a letter is drafted: the facts it needs that the notes lack are asked for, not left
 * blank. Who it greets (when the parent named only a role, "the SENCO", or a button), and the
 * day the school said it (when the parent's words named no day). A date more than a year ago
 * or in the future is checked with the parent. Skipping leaves the blank, by the parent's choice.
 * Used in a flow's setup (`factsAssigns` wrapped in `assign`, `factsGuards`) and states (`factsStates(next)`).
 */
import type { AskParams, FlowEvent, NoteParams } from '../../src/core/flow-kit.js';
import { greetingName, isDoubtfulDay, letterDay, pastDate } from '../../src/features/advice/letter-facts.js';

/** What these states read and write in a flow's context. */
export interface FactsCtx {
  /** The name the letter greets ("Mr Dunn"), or '' for a blank. */
  recipient: string;
  /** The day it was said, ISO, or ''. */
  saidOn: string;
  /** 'yes' when the family is in the US (05/11 is 11 May). */
  monthFirst: string;
  place: string;
  saidOnChecked: string;
  /** When the school said it, in the parent's words, when those named no date triage could read. */
  saidOnWords: string;
}

type Ctx = FactsCtx & Record<string, string>;
type Args = { context: Ctx; event: FlowEvent };

export const FACT_KEYS = [
  'facts.ask-recipient',
  'facts.choice.skip-name',
  'facts.ask-said-on',
  'facts.choice.skip-date',
  'facts.date-unclear',
  'facts.confirm-said-on',
  'facts.choice.date-right',
  'facts.choice.date-wrong',
] as const;

/** A typed name: "Mr Dunn" from "it was mr dunn", or a plain name as typed ("Sarah Jones"). */
function nameFrom(text: string): string {
  const titled = greetingName(text);
  if (titled) return titled;
  const t = text.trim().replace(/[.!]+$/, '');
  return /^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}$/.test(t) ? t : '';
}

function dayFrom({ context, event }: { context: FactsCtx; event: FlowEvent }) {
  return event.type === 'TEXT' ? pastDate(event.text, event.at, context.monthFirst === 'yes') : undefined;
}

function keepRecipient({ event }: { event: FlowEvent }): Partial<FactsCtx> {
  return { recipient: event.type === 'TEXT' ? nameFrom(event.text) : '' };
}
function keepSaidOn({ context, event }: { context: FactsCtx; event: FlowEvent }): Partial<FactsCtx> {
  return { saidOn: dayFrom({ context, event })?.date ?? '', saidOnChecked: 'typed' };
}
/**
 * Triage kept "two weeks ago" or "05/11" in the parent's words: read it now that the place (and
 * so the order of day and month) is known, counted from when the parent answered. A date over a
 * year old or in the future is checked with them, not taken silently.
 */
function readSaidOnWords({ context, event }: { context: FactsCtx; event: FlowEvent }): Partial<FactsCtx> {
  // A date triage read already: checked too, unless the parent has confirmed or typed it here.
  if (context.saidOn) return context.saidOnChecked === '' && isDoubtfulDay(context.saidOn, event.at) ? { saidOnChecked: 'doubtful' } : {};
  if (!context.saidOnWords) return {};
  const found = pastDate(context.saidOnWords, event.at, context.monthFirst === 'yes');
  if (!found) return { saidOnWords: '' };
  return { saidOn: found.date, saidOnWords: '', saidOnChecked: found.doubtful ? 'doubtful' : '' };
}
function markChecked(): Partial<FactsCtx> {
  return { saidOnChecked: 'confirmed' };
}
function forgetSaidOn(): Partial<FactsCtx> {
  return { saidOn: '' };
}

/** Context updates, wrapped in `assign` by the flow that uses them (so they take its context type). */
export const factsAssigns = { keepRecipient, keepSaidOn, readSaidOnWords, markChecked, forgetSaidOn };

export const factsGuards = {
  needsRecipient: ({ context }: { context: Ctx }) => context.recipient === '',
  needsSaidOn: ({ context }: { context: Ctx }) => context.saidOn === '',
  saidOnDoubtful: ({ context }: { context: Ctx }) => context.saidOnChecked === 'doubtful',
  doubtfulDay: (args: Args) => dayFrom(args)?.doubtful === true,
  namesDay: (args: Args) => dayFrom(args) !== undefined,
  saidRight: ({ event }: Args) => event.type === 'CHOICE' && event.id === 'right',
};

function recipientNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: 'facts.recipient', text: context.recipient };
}
function saidOnNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: 'facts.said-on', text: context.saidOn };
}
function confirmParams({ context }: { context: Ctx }): AskParams {
  return {
    key: 'facts.confirm-said-on',
    vars: { date: letterDay(context.saidOn, context.monthFirst === 'yes') },
    choices: [
      { id: 'right', key: 'facts.choice.date-right' },
      { id: 'wrong', key: 'facts.choice.date-wrong' },
    ],
    freeText: false,
  };
}

const askRecipient: AskParams = { key: 'facts.ask-recipient', choices: [{ id: 'skip', key: 'facts.choice.skip-name' }], freeText: true };
const askSaidOn: AskParams = { key: 'facts.ask-said-on', choices: [{ id: 'skip', key: 'facts.choice.skip-date' }], freeText: true };

/** The states, named `facts…`, `recipient`, `saidOn`, `confirmSaidOn`; `next` follows them. */
export function factsStates(next: string) {
  return {
    facts: {
      entry: 'readSaidOnWords',
      always: [{ guard: 'needsRecipient', target: 'recipient' }, { target: 'factsDate' }],
    },
    recipient: {
      entry: { type: 'ask', params: askRecipient },
      on: {
        TEXT: { target: 'factsDate', actions: ['keepRecipient', { type: 'note', params: recipientNote }] },
        CHOICE: 'factsDate',
      },
    },
    factsDate: {
      always: [{ guard: 'needsSaidOn', target: 'saidOn' }, { guard: 'saidOnDoubtful', target: 'confirmSaidOn' }, { target: next }],
    },
    saidOn: {
      entry: { type: 'ask', params: askSaidOn },
      on: {
        TEXT: [
          { guard: 'doubtfulDay', target: 'confirmSaidOn', actions: 'keepSaidOn' },
          { guard: 'namesDay', target: next, actions: ['keepSaidOn', { type: 'note', params: saidOnNote }] },
          { target: 'saidOn', reenter: true, actions: { type: 'say', params: { key: 'facts.date-unclear' } } },
        ],
        CHOICE: next,
      },
    },
    confirmSaidOn: {
      entry: { type: 'ask', params: confirmParams },
      on: {
        CHOICE: [
          { guard: 'saidRight', target: next, actions: ['markChecked', { type: 'note', params: saidOnNote }] },
          { target: 'saidOn', actions: 'forgetSaidOn' },
        ],
      },
    },
  } as const;
}
