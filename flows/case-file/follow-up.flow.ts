/**
 * Follow-ups. Two ways in: the scheduler's reminder after N school days without a reply
 * ("Has the school answered?": yes / draft a follow-up letter / not yet), and the parent saying
 * "they replied". A reply is kept as a dated `response` note and stops the reminders. In a family
 * of several children, the question names the child; with requests waiting for more than one, it
 * asks first whose school replied (so a reply is never filed in a brother's or sister's notes).
 * With several letters waiting for that child, it asks which one they answered, and closes that
 * one alone (the others are still watched, and their next steps stay). A reply that agrees to try
 * something with a review ("a 9:15 start for two weeks, then we'll review it") is kept, then its
 * review day offered as a date to watch (review-states.ts); mode `review` is that offer alone, for
 * a reply already kept ("they replied: …").
 */
import { assign, setup } from 'xstate';
import { caseFileEffects, type CloseFollowupsParams, type DraftFromNotesParams } from './case-file-effects.js';
import {
  answerOf,
  clipLines,
  effects,
  type AskParams,
  type ChoiceRef,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
  type OpenCaseParams,
} from '../../src/core/flow-kit.js';
import { choicesOf } from '../advice/parent-answers.js';
import { childButtons, chosenChild } from '../advice/child-buttons.js';
import { keptMeetingsOf, MEETING_KEYS, meetingParts, meetingStates, type MeetingCtx } from '../advice/meeting-states.js';
import { REVIEW_KEYS, reviewOptionsOf, reviewParts, type ReviewCtx } from '../advice/review-states.js';
import type { TrialOptions } from '../advice/trial-review.js';

const P = 'case-file.followup';
const R = 'case-file.replied';

interface Ctx extends ReviewCtx, MeetingCtx {
  /** A meeting still to come the reply names (ISO), or '' (read on `meetingRead`, before it is used). */
  meeting: string;
  mode: 'reminder' | 'replied' | 'review';
  about: string;
  sentOn: string;
  days: string;
  reply: string;
  /** What the parent asked for (the case's last request), for triage when the reply is a no. */
  request: string;
  /** Their reply is another no: work through it in triage (filed there as what they said). */
  respond: boolean;
  /** The child the reply is about, named when the family has several ('' otherwise). */
  nickname?: string;
  /** Children with a request waiting, when more than one: the parent says whose school replied. */
  waiting?: Waiting[];
  /** The reminder's follow-up, or the letter chosen: a reply to it answers that letter alone. */
  followupId?: number;
  /** The child's letters waiting for a reply, when more than one: the parent says which was answered. */
  letters?: Letter[];
  /**
   * How the reply's dates are read (the family's order of day and month, half terms): the chosen
   * child's once the parent says whose school replied. Absent in a conversation saved before it
   * (version 1 kept: the states are the same, and such a conversation reads dates as before a profile).
   */
  dates?: Pick<TrialOptions, 'monthFirst' | 'halfTerms'>;
}

/**
 * A child with a request waiting for a reply, what was asked for in that case, and their letters
 * waiting; and that child's dates already kept to watch and date options (the flow's input is the
 * open case's, which may be another child's).
 */
interface Waiting {
  nickname: string;
  request: string;
  letters?: Letter[];
  keptMeetings?: string[];
  dates?: Pick<TrialOptions, 'monthFirst' | 'halfTerms'>;
}

/** A letter waiting for a reply: its follow-up's id, what was sent, and the day (as the parent reads dates). */
interface Letter {
  id: number;
  about: string;
  sentOn: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function reminderParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.reminder`,
    vars: { days: context.days, about: context.about, sent_on: context.sentOn },
    choices: choicesOf(P, ['replied', 'draft', 'wait']),
    freeText: false,
  };
}

function askReplyParams({ context }: { context: Ctx }): AskParams {
  const child = context.nickname ?? '';
  return { key: child ? `${R}.ask-child` : `${R}.ask`, vars: child ? { nickname: child } : {}, choices: choicesOf(R, ['skip']), freeText: true };
}

function whichParams({ context }: { context: Ctx }): AskParams {
  const waiting = context.waiting ?? [];
  return { key: `${R}.ask-which`, choices: childButtons(`${R}.choice.child`, waiting.map((w) => w.nickname)), freeText: false };
}

function chosen(context: Ctx, event: FlowEvent): Waiting | undefined {
  return chosenChild(context.waiting ?? [], event);
}

function whichLetterParams({ context }: { context: Ctx }): AskParams {
  const letters: ChoiceRef[] = (context.letters ?? []).map((l, i) => ({ id: `letter:${i}`, key: `${R}.choice.letter`, vars: { about: l.about, sent_on: l.sentOn } }));
  return { key: `${R}.ask-which-letter`, choices: [...letters, { id: 'letters-unsure', key: `${R}.choice.letters-unsure` }], freeText: false };
}

function chosenLetter(context: Ctx, event: FlowEvent): Letter | undefined {
  const m = /^letter:(\d+)$/.exec(answerOf(event));
  return m ? context.letters?.[Number(m[1])] : undefined;
}

/** The chosen child's case becomes the open one: the reply, and any letter after it, are theirs. */
function childCase({ context }: { context: Ctx }): OpenCaseParams {
  return { nickname: context.nickname ?? '' };
}

function waitingOf(v: unknown): Waiting[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((w: { nickname?: unknown; request?: unknown; letters?: unknown; keptMeetings?: unknown; dates?: unknown }) =>
    typeof w?.nickname === 'string' && w.nickname
      ? [{ nickname: w.nickname, request: str(w.request), letters: lettersOf(w.letters), keptMeetings: keptMeetingsOf({ keptMeetings: w.keptMeetings }), ...datesOf(w.dates) }]
      : [],
  );
}

/** A child's date options as handed over (booleans only), or nothing. */
function datesOf(v: unknown): { dates?: Pick<TrialOptions, 'monthFirst' | 'halfTerms'> } {
  if (typeof v !== 'object' || v === null) return {};
  const { monthFirst, halfTerms } = v as Record<string, unknown>;
  return { dates: { ...(typeof monthFirst === 'boolean' ? { monthFirst } : {}), ...(typeof halfTerms === 'boolean' ? { halfTerms } : {}) } };
}

function lettersOf(v: unknown): Letter[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((l: { id?: unknown; about?: unknown; sentOn?: unknown }) => (Number.isInteger(l?.id) ? [{ id: l.id as number, about: str(l.about), sentOn: str(l.sentOn) }] : []));
}

/** The school's answer in the parent's words, or (when they only tapped) that an answer came. */
function responseNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'response', topic: 'case-file.response', text: context.reply || `${R}.no-details` };
}
function closeParams({ context }: { context: Ctx }): CloseFollowupsParams {
  return context.followupId === undefined ? { status: 'answered' } : { status: 'answered', followupId: context.followupId };
}
const followUpLetter: DraftFromNotesParams = { kind: 'follow-up' };

const draftNote: NoteParams = { kind: 'next_step', topic: 'followup.draft', text: `${P}.draft-note` };
const waitNote: NoteParams = { kind: 'next_step', topic: 'followup.wait', text: `${P}.wait-note` };

/** Home, or (their reply being another no) triage with the reply as what the school said. */
function afterReply({ context }: { context: Ctx }): FlowOutput {
  if (!context.respond || !context.reply) return {};
  return { next: 'triage', input: { statement: context.reply, request: context.request, continuing: true } };
}

const anotherParams: AskParams = { key: `${R}.another`, choices: choicesOf(R, ['respond', 'keep']), freeText: false };

/** Keep the reply as a dated note, stop watching for one, and say so (`said`). */
function keepReply(said: string) {
  return [{ type: 'note' as const, params: responseNote }, { type: 'closeFollowups' as const, params: closeParams }, { type: 'say' as const, params: { key: `${R}.${said}` } }];
}
const saved = keepReply('saved');

/** A review the reply names: read from their words, on the parent's day (the reply is today's). */
const review = reviewParts<Ctx>((context) => context.reply, (context) => context.dates);
/** A meeting still to come the reply names ("there will be a meeting on Tuesday 16 March"): offered first, as for the school's words (W13-7). */
const meeting = meetingParts<Ctx>((context) => context.dates?.monthFirst, (context) => context.reply);

/** The child whose school replied: their case's request, letters, kept dates and date options become the flow's. */
function childChosen(context: Ctx, event: FlowEvent): Partial<Ctx> {
  const w = chosen(context, event);
  if (!w) return {};
  return { nickname: w.nickname, request: w.request || context.request, letters: w.letters ?? [], keptMeetings: w.keptMeetings ?? [], ...(w.dates ? { dates: w.dates } : {}) };
}

export const followUpMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    ...caseFileEffects,
    readReview: assign(review.actions.readReview),
    keepTypedReview: assign(review.actions.keepTypedReview),
    readMeeting: assign(meeting.assigns.readMeeting),
    keepTypedMeeting: assign(meeting.assigns.keepTypedMeeting),
    setReply: assign({ reply: ({ event }) => ((event as FlowEvent).type === 'TEXT' ? clipLines(answerOf(event as FlowEvent), 4000) : '') }),
  },
  guards: {
    isReplied: ({ context }) => context.mode === 'replied',
    picked: ({ event }, id: string) => answerOf(event as FlowEvent) === id,
    asksWhich: ({ context }) => (context.waiting ?? []).length > 1,
    hasReply: ({ context }) => context.reply !== '',
    isWaitingChild: ({ context, event }) => chosen(context, event as FlowEvent) !== undefined,
    asksWhichLetter: ({ context }) => context.mode === 'replied' && (context.letters ?? []).length > 1,
    isLetter: ({ context, event }) => chosenLetter(context, event as FlowEvent) !== undefined,
    isReview: ({ context }) => context.mode === 'review',
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    ...meeting.guards,
    ...review.guards,
  },
}).createMachine({
  id: 'follow-up',
  context: ({ input }) => ({
    mode: input.mode === 'replied' || input.mode === 'review' ? input.mode : 'reminder',
    about: str(input.about),
    sentOn: str(input.sentOn),
    days: str(input.days),
    reply: str(input.reply),
    request: str(input.request),
    respond: false,
    nickname: str(input.nickname),
    waiting: waitingOf(input.waiting),
    letters: lettersOf(input.letters),
    ...(Number.isInteger(input.followupId) ? { followupId: input.followupId as number } : {}),
    review: '',
    reviewAsk: '',
    meeting: '',
    today: str(input.today),
    keptMeetings: keptMeetingsOf(input),
    dates: reviewOptionsOf(input),
  }),
  initial: 'start',
  states: {
    start: {
      always: [{ guard: 'isReview', target: 'meetingRead' }, { guard: 'asksWhich', target: 'whichChild' }, { guard: 'asksWhichLetter', target: 'whichLetter' }, { guard: 'isReplied', target: 'askReply' }, { target: 'remind' }],
    },
    whichChild: {
      entry: { type: 'ask', params: whichParams },
      on: {
        CHOICE: {
          guard: 'isWaitingChild',
          target: 'chosenChild',
          actions: [
            assign(({ context, event }) => childChosen(context, event as FlowEvent)),
            { type: 'openCase', params: childCase },
          ],
        },
      },
    },
    // Their words given with "they replied: …" are kept once the child is known; else asked for.
    chosenChild: {
      always: [{ guard: 'asksWhichLetter', target: 'whichLetter' }, { guard: 'hasReply', target: 'another' }, { target: 'askReply' }],
    },
    // Several letters waiting for this child: which one they answered (or "not sure": all of them, as before).
    whichLetter: {
      entry: { type: 'ask', params: whichLetterParams },
      on: {
        CHOICE: [
          {
            guard: 'isLetter',
            target: 'chosenLetter',
            actions: assign(({ context, event }) => {
              const id = chosenLetter(context, event as FlowEvent)?.id;
              return id === undefined ? {} : { followupId: id };
            }),
          },
          { guard: { type: 'picked', params: 'letters-unsure' }, target: 'chosenLetter' },
        ],
      },
    },
    chosenLetter: {
      always: [{ guard: 'hasReply', target: 'another' }, { target: 'askReply' }],
    },
    remind: {
      entry: { type: 'ask', params: reminderParams },
      on: {
        CHOICE: [
          { guard: { type: 'picked', params: 'replied' }, target: 'askReply' },
          {
            guard: { type: 'picked', params: 'draft' },
            target: 'done',
            actions: [
              { type: 'note', params: draftNote },
              { type: 'say', params: { key: 'case-file.letter.intro' } },
              { type: 'draftFromNotes', params: followUpLetter },
              { type: 'say', params: { key: 'case-file.letter.after' } },
            ],
          },
          {
            guard: { type: 'picked', params: 'wait' },
            target: 'done',
            actions: [{ type: 'note', params: waitNote }, { type: 'say', params: { key: `${P}.wait` } }],
          },
        ],
      },
    },
    askReply: {
      entry: { type: 'ask', params: askReplyParams },
      on: {
        TEXT: { target: 'another', actions: 'setReply' },
        CHOICE: { target: 'done', actions: saved },
      },
    },
    // Their words are in hand and kept as the reply either way (nothing is lost if triage is
    // left half-way). Another no? Then triage also files it as what they said (who, when, what
    // kind) and works through it.
    another: {
      entry: { type: 'ask', params: anotherParams },
      on: {
        CHOICE: [
          {
            guard: { type: 'picked', params: 'respond' },
            target: 'done',
            actions: [assign({ respond: true }), ...keepReply('to-triage')],
          },
          // Kept as it is: a meeting it names, and a trial it agrees with a review, are offered as dates to watch.
          { target: 'meetingRead', actions: keepReply('kept') },
        ],
      },
    },
    ...meetingStates(meeting, 'reviewRead'),
    ...review.states('done'),
    done: { type: 'final' },
  },
  output: afterReply,
});

export const followUpFlow: FlowDef = {
  id: 'follow-up',
  version: 1,
  machine: followUpMachine,
  keys: [
    `${P}.reminder`,
    `${P}.choice.replied`,
    `${P}.choice.draft`,
    `${P}.choice.wait`,
    `${P}.wait`,
    `${P}.wait-note`,
    `${P}.draft-note`,
    'case-file.letter.intro',
    'case-file.letter.after',
    `${R}.ask`,
    `${R}.ask-child`,
    `${R}.ask-which`,
    `${R}.choice.child`,
    `${R}.ask-which-letter`,
    `${R}.choice.letter`,
    `${R}.choice.letters-unsure`,
    `${R}.choice.skip`,
    `${R}.no-details`,
    `${R}.saved`,
    `${R}.another`,
    `${R}.choice.respond`,
    `${R}.choice.keep`,
    `${R}.to-triage`,
    `${R}.kept`,
    ...REVIEW_KEYS,
    ...MEETING_KEYS,
  ],
  templates: ['follow-up'],
};
