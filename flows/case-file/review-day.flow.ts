/**
 * The review day (A-L1): the scheduler's reminder on the day the school said they'd review a trial
 * they agreed ("a 9:15 start for two weeks, then we'll review it"). "How did it go?", naming the
 * trial in the school's words, with four ways on:
 * - it went well: noted as the review's outcome, the reminder done;
 * - they want to stop or change it: what they said is asked, kept as their reply, and handed to
 *   triage as another no (nothing typed: noted that they want a change);
 * - not reviewed yet: a next step to ask for the review, with a short message to send;
 * - later: noted as waiting, and asked again in a couple of school days (the `reviewDay` effect says when).
 * Started by the `review-reminder` command (src/features/case-file/review-day.ts).
 */
import { assign, setup } from 'xstate';
import { caseFileEffects, type ReviewDayParams } from './case-file-effects.js';
import { answerOf, clipLines, effects, type AskParams, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, type NoteParams } from '../../src/core/flow-kit.js';
import { choicesOf } from '../advice/parent-answers.js';

const P = 'review-day';

interface Ctx {
  reminderId: number;
  /** The sentence that agreed the trial, in their words ('' when the review was noted in ours). */
  trial: string;
  /** The review's day, as the family writes dates. */
  date: string;
  /** The child, named when the family has several ('' otherwise). */
  nickname: string;
  /** What the parent asked for (the case's last request), for triage. */
  request: string;
  /** What the school said at the review, when they want to stop or change it. */
  said: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function askParams({ context }: { context: Ctx }): AskParams {
  return {
    key: !context.trial ? `${P}.ask-plain` : context.nickname ? `${P}.ask-child` : `${P}.ask`,
    vars: !context.trial ? { date: context.date } : { trial: context.trial, date: context.date, ...(context.nickname ? { nickname: context.nickname } : {}) },
    choices: choicesOf(P, ['went-well', 'change', 'not-yet', 'later']),
    freeText: false,
  };
}
const whatSaidParams: AskParams = { key: `${P}.what-said`, choices: choicesOf(P, ['skip']), freeText: true };

const outcome = (o: ReviewDayParams['outcome']) => ({ type: 'reviewDay' as const, params: ({ context }: { context: Ctx }): ReviewDayParams => ({ reminderId: context.reminderId, outcome: o }) });
/** How the review went, as the parent tells it; what the school said there, as their reply. */
const outcomeNote = (text: string): NoteParams => ({ kind: 'answer', topic: 'review.outcome', text });
const saidNote = ({ context }: { context: Ctx }): NoteParams => ({ kind: 'response', topic: 'review.outcome', text: context.said });
const askNote: NoteParams = { kind: 'next_step', topic: 'review.ask', text: `${P}.not-yet-note` };
const laterNote: NoteParams = { kind: 'next_step', topic: 'review.later', text: `${P}.later-note` };

/** Triage on what they said, as another no; home when nothing was typed. */
function after({ context }: { context: Ctx }): FlowOutput {
  return context.said ? { next: 'triage', input: { statement: context.said, request: context.request, continuing: true } } : {};
}

export const reviewDayMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    ...caseFileEffects,
    setSaid: assign({ said: ({ event }) => ((event as FlowEvent).type === 'TEXT' ? clipLines(answerOf(event as FlowEvent), 4000) : '') }),
  },
  guards: {
    picked: ({ event }, id: string) => answerOf(event as FlowEvent) === id,
  },
}).createMachine({
  id: P,
  context: ({ input }) => ({
    reminderId: Number.isInteger(input.reminderId) ? (input.reminderId as number) : -1,
    trial: str(input.trial),
    date: str(input.date),
    nickname: str(input.nickname),
    request: str(input.request),
    said: '',
  }),
  initial: 'ask',
  states: {
    ask: {
      entry: { type: 'ask', params: askParams },
      on: {
        CHOICE: [
          {
            guard: { type: 'picked', params: 'went-well' },
            target: 'done',
            actions: [{ type: 'note', params: outcomeNote(`${P}.well-note`) }, outcome('done'), { type: 'say', params: { key: `${P}.well` } }],
          },
          { guard: { type: 'picked', params: 'change' }, target: 'whatSaid' },
          {
            guard: { type: 'picked', params: 'not-yet' },
            target: 'done',
            actions: [{ type: 'note', params: askNote }, outcome('done'), { type: 'say', params: ({ context }: { context: Ctx }) => ({ key: `${P}.not-yet`, vars: { date: context.date } }) }],
          },
          { guard: { type: 'picked', params: 'later' }, target: 'done', actions: [{ type: 'note', params: laterNote }, outcome('snooze')] },
        ],
      },
    },
    whatSaid: {
      entry: { type: 'ask', params: whatSaidParams },
      on: {
        TEXT: { target: 'done', actions: ['setSaid', { type: 'note', params: saidNote }, outcome('done'), { type: 'say', params: { key: `${P}.to-triage` } }] },
        CHOICE: { target: 'done', actions: [{ type: 'note', params: outcomeNote(`${P}.change-note`) }, outcome('done'), { type: 'say', params: { key: `${P}.change-no-words` } }] },
      },
    },
    done: { type: 'final' },
  },
  output: after,
});

export const reviewDayFlow: FlowDef = {
  id: P,
  version: 1,
  machine: reviewDayMachine,
  keys: [
    `${P}.ask`,
    `${P}.ask-plain`,
    `${P}.ask-child`,
    `${P}.choice.went-well`,
    `${P}.choice.change`,
    `${P}.choice.not-yet`,
    `${P}.choice.later`,
    `${P}.well-note`,
    `${P}.well`,
    `${P}.what-said`,
    `${P}.choice.skip`,
    `${P}.to-triage`,
    `${P}.change-note`,
    `${P}.change-no-words`,
    `${P}.not-yet-note`,
    `${P}.not-yet`,
    `${P}.later-note`,
  ],
};
