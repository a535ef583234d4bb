/**
 * A trial the school agreed, with a review (trial-review.ts), offered to the parent as a date to
 * watch: the day it was understood as, read back in the family's order, kept with a tap, the
 * right day typed instead, or left out; where the day cannot be known (half term, "at the next
 * meeting") the parent is asked for it. Kept, it is a next step due on that day (so "what is
 * due?", the notes, the Home tab and the packet show it), with a second step: write down how each
 * day of the trial goes (the daily log). Shared by the flows that read the school's words: the
 * reply to a letter (follow-up.flow.ts), the situation question every "no" passes, and "What do I
 * say next?". A flow registers `reviewParts`'s effects, actions and guards and spreads `reviewStates(next)`.
 * A day already come, or by the winter break, is asked with the day read (never offered as it is);
 * a review "at the meeting" is the meeting's day, offered once; "I don't know" typed is not knowing.
 */
import type { AskParams, FlowEvent, FlowInput, NoteParams, SayParams } from '../../src/core/flow-kit.js';
import { letterDay } from '../../src/features/advice/letter-facts.js';
import { monthFirst, parseProfile } from '../../src/features/advice/profile.js';
import { caseFileEffects, type WatchReviewParams } from '../case-file/case-file-effects.js';
import { dueFrom } from './parent-answers.js';
import { trialReview, type ReviewAsk, type TrialOptions } from './trial-review.js';

export interface ReviewCtx {
  /** The review's day as understood (ISO), or ''. */
  review: string;
  /** No day to offer: what to ask ('' when nothing was agreed, or a day was read); 'passed': the day read has come. */
  reviewAsk: '' | ReviewAsk | 'passed';
  /** The day read when it is asked about (it has come, or falls by the winter break); absent or '' otherwise. */
  reviewNear?: string;
  /** The sentence that agreed the trial, in their words: what the date to watch is for (absent in a flow saved before it). */
  reviewWords?: string;
  /** Days already kept as dates to watch (`input.keptMeetings`: meetings and reviews). */
  keptMeetings?: readonly string[];
  /** A meeting day just offered from the same words (meeting-states.ts): not offered twice. */
  meeting?: string;
  /** The parent's day when the flow starts on the offer (no event carries one then). */
  today?: string;
}

/** The topic of the next step a kept review is noted as; and of the daily log's step beside it. */
export const REVIEW_TOPIC = 'review.date';
export const REVIEW_LOG_TOPIC = 'review.daily-log';

export const REVIEW_KEYS = [
  'review.offer',
  'review.choice.keep',
  'review.choice.leave',
  'review.when',
  'review.when-half-term',
  'review.when-term-end',
  'review.when-break',
  'review.passed',
  'review.left-out',
  'review.choice.not-known',
  'review.note',
  'review.kept',
  'review.already-kept',
  'review.unread',
  'review.no-date',
  'review.log-note',
  'review.log-step',
];

/** Places whose schools have half terms. */
const HALF_TERMS = new Set(['england', 'wales', 'scotland', 'northern-ireland', 'ireland']);
export const hasHalfTerms = (place: string | undefined): boolean => HALF_TERMS.has(place ?? '');

/** What the reading needs from a flow's input: the family's order of day and month, and whether they have half terms. */
export function reviewOptionsOf(input: FlowInput): Pick<TrialOptions, 'monthFirst' | 'halfTerms'> {
  const profile = parseProfile(input['profile']);
  return profile ? { monthFirst: monthFirst(profile), halfTerms: hasHalfTerms(profile.place) } : {};
}

type Args<C> = { context: C; event: FlowEvent };

/** The question for each kind of day not known. */
const WHEN_KEYS: Record<ReviewCtx['reviewAsk'], string> = {
  '': 'review.when',
  when: 'review.when',
  'half-term': 'review.when-half-term',
  'term-end': 'review.when-term-end',
  break: 'review.when-break',
  passed: 'review.passed',
};
/** "I don't know", "not sure yet", "no idea": typed at the question, taken as not knowing the day. */
const NOT_KNOWN = /^\W*(?:i\s+)?(?:(?:don'?t|do not|dont)\s+know|not\s+sure|unsure|no\s+idea|dunno|not\s+(?:yet|known)|no)\b(?:\s+(?:yet|the day|when))?\W*$/i;

/** The pieces a flow registers, given the school's words and how to read them (`opts`). */
export function reviewParts<C extends ReviewCtx>(wordsOf: (context: C) => string, readOptsOf: (context: C) => TrialOptions | undefined) {
  // A conversation saved before a flow kept the options (follow-up's `dates`) has none: read as before a profile.
  const optsOf = (context: C): TrialOptions => readOptsOf(context) ?? {};
  function typedDay(context: C, event: FlowEvent): string {
    if (event.type !== 'TEXT') return '';
    const day = dueFrom(event.text, `${event.day}T12:00:00.000Z`, optsOf(context).monthFirst) ?? '';
    return day > event.day ? day : '';
  }
  const shownDay = (context: C, day: string) => letterDay(day, optsOf(context).monthFirst === true);
  const shown = (context: C) => shownDay(context, context.review);
  const kept = (context: C, day: string) => day !== '' && (context.keptMeetings ?? []).includes(day);
  const logNote: NoteParams = { kind: 'next_step', topic: REVIEW_LOG_TOPIC, text: 'review.log-note' };
  const logSteps = [
    { type: 'note', params: logNote },
    { type: 'say', params: { key: 'review.log-step' } },
  ] as const;
  // The date to watch names the trial in their words ("what is due?": "a date to watch: They'll do a 9:15 start…").
  // The day the school said it, when known (the letter dates the trial by it, never by the day we were told).
  const note = ({ context }: { context: C }): NoteParams => {
    const on = optsOf(context).saidOn;
    return { kind: 'next_step', topic: REVIEW_TOPIC, text: context.reviewWords || 'review.note', due: context.review, ...(on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? { said_on: on } : {}) };
  };
  // Kept, the review day is also a reminder on that day (src/features/case-file/review-day.ts).
  const watch = { type: 'watchReview' as const, params: ({ context }: { context: C }): WatchReviewParams => ({ due: context.review }) };
  const said = (key: string) => ({ type: 'say' as const, params: ({ context }: { context: C }): SayParams => ({ key, vars: { date: shown(context) } }) });

  const params = {
    offer: ({ context }: { context: C }): AskParams => ({
      key: 'review.offer',
      vars: { date: shown(context) },
      choices: [
        { id: 'keep-review', key: 'review.choice.keep' },
        { id: 'leave-review', key: 'review.choice.leave' },
      ],
      freeText: true,
    }),
    when: ({ context }: { context: C }): AskParams => ({
      key: WHEN_KEYS[context.reviewAsk],
      ...(context.reviewNear ? { vars: { date: shownDay(context, context.reviewNear) } } : {}),
      choices: [{ id: 'review-not-known', key: 'review.choice.not-known' }],
      freeText: true,
    }),
  };
  const keepTyped = ['keepTypedReview', { type: 'note', params: note }, watch, said('review.kept'), ...logSteps] as const;
  // A day typed that the notes already keep (a meeting's, a review's): said so, not noted twice.
  const typedKept = ['keepTypedReview', said('review.already-kept'), ...logSteps] as const;
  const typedNotKnown = ({ event }: Args<C>) => event.type === 'TEXT' && NOT_KNOWN.test(event.text.trim());

  return {
    params,
    /** The effect a flow registers beside the actions (`...review.effects`). */
    effects: { watchReview: caseFileEffects.watchReview },
    actions: {
      readReview: ({ context, event }: Args<C>): Partial<ReviewCtx> => {
        const day = typeof event.day === 'string' ? event.day : (context.today ?? '');
        const r = day ? trialReview(wordsOf(context), day, optsOf(context)) : undefined;
        const ask = !r ? '' : 'ask' in r ? r.ask : 'passed' in r ? 'passed' : '';
        // A review with no day of its own, in words that name a meeting: it is at that meeting (its day offered already).
        const atMeeting = ask === 'when' && (context.meeting ?? '') !== '';
        const near = r && 'passed' in r ? r.passed : r && 'near' in r ? (r.near ?? '') : '';
        return { review: r && 'due' in r ? r.due : '', reviewAsk: atMeeting ? '' : ask, reviewNear: near, reviewWords: r?.words ?? '' };
      },
      keepTypedReview: ({ context, event }: Args<C>): Partial<ReviewCtx> => ({ review: typedDay(context, event) }),
    },
    guards: {
      reviewDated: ({ context }: { context: C }) => context.review !== '' && context.review !== context.meeting && !kept(context, context.review),
      reviewKept: ({ context }: { context: C }) => kept(context, context.review),
      reviewAsked: ({ context }: { context: C }) => context.reviewAsk !== '',
      keepsReview: ({ event }: Args<C>) => event.type === 'CHOICE' && event.id === 'keep-review',
      typedReviewDay: ({ context, event }: Args<C>) => typedDay(context, event) !== '',
      typedReviewKept: ({ context, event }: Args<C>) => kept(context, typedDay(context, event)),
      typedNotKnown,
    },
    /** The states, going on to `next`; the actions and guards named are the ones above. */
    states(next: string) {
      return {
        reviewRead: {
          entry: 'readReview',
          always: [
            { guard: 'reviewDated', target: 'review' },
            { guard: 'reviewKept', target: next, actions: said('review.already-kept') },
            { guard: 'reviewAsked', target: 'reviewWhen' },
            { target: next },
          ],
        },
        review: {
          entry: { type: 'ask', params: params.offer },
          on: {
            CHOICE: [
              { guard: 'keepsReview', target: next, actions: [{ type: 'note', params: note }, watch, said('review.kept'), ...logSteps] },
              { target: next, actions: logSteps },
            ],
            TEXT: [
              { guard: 'typedReviewKept', target: next, actions: typedKept },
              { guard: 'typedReviewDay', target: next, actions: keepTyped },
              { guard: 'typedNotKnown', target: next, actions: [{ type: 'say', params: { key: 'review.left-out' } }, ...logSteps] },
              { target: 'review', reenter: true, actions: { type: 'say', params: { key: 'review.unread' } } },
            ],
          },
        },
        reviewWhen: {
          entry: { type: 'ask', params: params.when },
          on: {
            CHOICE: { target: next, actions: [{ type: 'say', params: { key: 'review.no-date' } }, ...logSteps] },
            TEXT: [
              { guard: 'typedReviewKept', target: next, actions: typedKept },
              { guard: 'typedReviewDay', target: next, actions: keepTyped },
              { guard: 'typedNotKnown', target: next, actions: [{ type: 'say', params: { key: 'review.no-date' } }, ...logSteps] },
              { target: 'reviewWhen', reenter: true, actions: { type: 'say', params: { key: 'review.unread' } } },
            ],
          },
        },
      } as const;
    },
  };
}
