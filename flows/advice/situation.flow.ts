/**
 * After triage: the case profile first, if this case has none (asked once), then the situation
 * behind the "no", where it changes the advice: support already agreed but not delivered, a
 * refusal to assess, the need itself disputed, or attendance enforcement threatened. Each has
 * its own flow (situations.ts); anything else goes on to the flow for the kind of "no".
 * Before going on, a meeting still to come in the school's words ("his review on 15 January") is
 * read back as a date to watch, kept with a tap, retyped, or left out (meeting-day.ts); so is the
 * review of a trial they agreed ("but we'll try 9:15 for two weeks": review-states.ts).
 */
import { assign, setup } from 'xstate';
import { answerOf, effects, type AskParams, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, type NoteParams } from '../../src/core/flow-kit.js';
import { CATEGORIES, type Category } from '../../src/core/types.js';
import { monthFirst, parseProfile } from '../../src/features/advice/profile.js';
import { keptMeetingsOf, meetingParts, meetingStates, MEETING_KEYS, type MeetingCtx } from './meeting-states.js';
import { cued, SITUATIONS, type Situation } from './situation-cues.js';
import { REVIEW_KEYS, reviewOptionsOf, reviewParts, type ReviewCtx } from './review-states.js';
import { partialYesGuards, signingStates } from './partial-yes.js';

export { SITUATIONS, type Situation };
const CHOICES = [...SITUATIONS, 'none'] as const;

interface Ctx extends ReviewCtx {
  input: Record<string, unknown>;
  category: Category;
  statement: string;
  request: string;
  hasProfile: boolean;
  picked: string;
  /** The day of a meeting still to come the school's words name ('' when none). */
  meeting: string;
  keptMeetings?: MeetingCtx['keptMeetings'];
}

function askParams({ context }: { context: Ctx }): AskParams {
  const first = cued(`${context.statement} ${context.request}`);
  // A child already off the roll is offered only when the words say so (situations16): never a button for everyone.
  const order = [...first, ...CHOICES.filter((c) => !(first as string[]).includes(c) && c !== 'off-roll-done')];
  return { key: 'situation.ask', vars: {}, choices: order.map((id) => ({ id, key: `situation.choice.${id}` })), freeText: true };
}

/**
 * The one situation the school's words clearly point to, if they point to exactly one ("the
 * counselling in her plan hasn't started"). Only their words: the parent's request often names
 * the plan or an assessment whatever the school answered.
 */
function clearlyOne(context: Ctx): Situation | undefined {
  const found = cued(context.statement);
  if (found.length === 1) return found[0];
  // Else the one the parent's words at "Which sounds closest?" named (triage's hand-over: W14-14).
  const hint = context.input['situationHint'];
  return found.length === 0 && (SITUATIONS as readonly unknown[]).includes(hint) ? (hint as Situation) : undefined;
}

function confirmParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `situation.confirm.${context.picked}`,
    choices: [
      { id: 'yes', key: 'situation.choice.yes' },
      { id: 'pick', key: 'triage.choice.pick-another' },
    ],
    freeText: true,
  };
}

/** Month first in the US, as the case's letters write and read dates. */
const usOrder = (context: Ctx): boolean => monthFirst(parseProfile(context.input['profile']));
const meeting = meetingParts<Ctx>(usOrder);
const review = reviewParts<Ctx>((c) => c.statement, (c) => ({ ...reviewOptionsOf(c.input), saidOn: str(c.input['saidOn']) }));

function situationNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: 'situation', text: `situation.choice.${context.picked}`, category: context.category };
}

function onward({ context }: { context: Ctx }): FlowOutput {
  if (!context.hasProfile) return { next: 'profile', input: { then: 'situation', thenInput: context.input } };
  const input = { ...context.input, situation: context.picked };
  if ((SITUATIONS as readonly string[]).includes(context.picked)) return { next: `situation.${context.picked}`, input };
  return { next: `no.${context.category}`, input };
}

function pick(event: FlowEvent): string {
  const a = answerOf(event);
  if (event.type === 'CHOICE') return (CHOICES as readonly string[]).includes(a) ? a : 'none';
  return cued(a)[0] ?? 'none';
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export const situationMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    setPicked: assign({ picked: ({ event }) => pick(event as FlowEvent) }),
    pickCued: assign({ picked: ({ context }) => clearlyOne(context) ?? 'none' }),
    unpick: assign({ picked: 'none' }),
    readMeeting: assign(meeting.assigns.readMeeting),
    keepTypedMeeting: assign(meeting.assigns.keepTypedMeeting),
    ...review.effects,
    readReview: assign(review.actions.readReview),
    keepTypedReview: assign(review.actions.keepTypedReview),
    // Back after another dialogue ran over this one ("change profile"): the profile handed on is the one as it is now.
    refreshProfile: assign({ input: ({ context, event }) => (event.type === 'INPUT' && event.input.profile !== undefined ? { ...context.input, profile: event.input.profile } : context.input) }),
  },
  guards: {
    hasProfile: ({ context }) => context.hasProfile,
    named: ({ context }) => context.picked !== 'none',
    clearlyOne: ({ context }) => clearlyOne(context) !== undefined,
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    namesOne: ({ event }) => pick(event as FlowEvent) !== 'none',
    ...meeting.guards,
    ...review.guards,
    asksAboutSigning: partialYesGuards.asksAboutSigning,
  },
}).createMachine({
  id: 'situation',
  context: ({ input }) => {
    const category = (CATEGORIES as readonly string[]).includes(str(input.category)) ? (input.category as Category) : 'other';
    const carried = Object.fromEntries(
      ['nickname', 'request', 'statement', 'who', 'saidOn', 'category', 'profile', 'situationHint'].filter((k) => input[k] !== undefined).map((k) => [k, input[k]]),
    );
    return {
      input: carried,
      category,
      statement: str(input.statement),
      request: str(input.request),
      hasProfile: parseProfile(input.profile) !== undefined,
      picked: 'none',
      meeting: '',
      review: '',
      reviewAsk: '',
      keptMeetings: keptMeetingsOf(input),
    };
  },
  initial: 'start',
  on: { INPUT: { actions: 'refreshProfile' } },
  states: {
    start: { always: [{ guard: 'hasProfile', target: 'decide' }, { target: 'done' }] },
    // Words that clearly point to one situation: confirmed ("It sounds like… Is that right?"), not the whole list.
    decide: { always: [{ guard: 'clearlyOne', target: 'confirm', actions: 'pickCued' }, { target: 'ask' }] },
    confirm: {
      entry: { type: 'ask', params: confirmParams },
      on: {
        CHOICE: [{ guard: 'isYes', target: 'meetingRead' }, { target: 'ask', actions: 'unpick' }],
        // Typed words that name a situation ("they won't assess") are that answer; anything else, the list.
        TEXT: [{ guard: 'namesOne', target: 'meetingRead', actions: 'setPicked' }, { target: 'ask', actions: 'unpick' }],
      },
    },
    ask: {
      entry: { type: 'ask', params: askParams },
      on: {
        CHOICE: { target: 'meetingRead', actions: 'setPicked' },
        TEXT: { target: 'meetingRead', actions: 'setPicked' },
      },
    },
    // A meeting still to come in their words: offered as a date to watch first (meeting-states.ts).
    ...meetingStates(meeting, 'reviewRead'),
    // A trial they agreed, with a review: its day offered as a date to watch too (review-states.ts).
    ...review.states('signRead'),
    // "Should I sign it?" after a meeting: what to check first, information only (partial-yes.ts).
    ...signingStates('saved'),
    // "None of these" is nothing to record: a school reading the notes would learn nothing from it.
    saved: { always: [{ guard: 'named', target: 'record' }, { target: 'done' }] },
    record: { entry: { type: 'note', params: situationNote }, always: 'done' },
    done: { type: 'final' },
  },
  output: onward,
});

export const situationFlow: FlowDef = {
  id: 'situation',
  // 2: the situation the school's words clearly point to is confirmed (`decide`, `confirm`).
  // 3: a meeting still to come in the school's words is offered as a date to watch (`meetingRead`, `meeting`, then `saved`).
  // The review of a trial they agreed (`reviewRead`, `review`, `reviewWhen`) added states only: conversations saved at 3 restore as they were.
  version: 3,
  machine: situationMachine,
  keys: [
    'situation.ask',
    ...CHOICES.map((c) => `situation.choice.${c}`),
    ...SITUATIONS.map((c) => `situation.confirm.${c}`),
    'situation.choice.yes',
    ...REVIEW_KEYS,
    'triage.choice.pick-another',
    ...MEETING_KEYS,
    'partial-yes.signing',
  ],
};
