/**
 * A trial the school agreed, with a review (trial-review.ts), offered to the parent as a date to
 * watch: the day it was understood as, read back in the family's order, kept with a tap, the
 * right day typed instead, or left out; where the day cannot be known (half term, "at the next
 * meeting") the parent is asked for it. Kept, it is a next step due on that day (so "what is
 * due?", the notes, the Home tab and the packet show it), with a second step: write down how each
 * day of the trial goes (the daily log). Shared by the flows that read the school's words: the
 * reply to a letter (follow-up.flow.ts), the situation question every "no" passes, and "What do I
 * say next?". A flow registers `reviewParts`'s actions and guards and spreads `reviewStates(next)`.
 */
import type { AskParams, FlowEvent, FlowInput, NoteParams, SayParams } from '../../src/core/flow-kit.js';
import { letterDay } from '../../src/features/advice/letter-facts.js';
import { monthFirst, parseProfile } from '../../src/features/advice/profile.js';
import { dueFrom } from './parent-answers.js';
import { trialReview, type TrialOptions } from './trial-review.js';

export interface ReviewCtx {
  /** The review's day as understood (ISO), or ''. */
  review: string;
  /** No day could be known: what to ask ('' when nothing was agreed, or a day was read). */
  reviewAsk: '' | 'half-term' | 'when';
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

/** The pieces a flow registers, given the school's words and how to read them (`opts`). */
export function reviewParts<C extends ReviewCtx>(wordsOf: (context: C) => string, optsOf: (context: C) => TrialOptions) {
  function typedDay(context: C, event: FlowEvent): string {
    if (event.type !== 'TEXT') return '';
    const day = dueFrom(event.text, `${event.day}T12:00:00.000Z`, optsOf(context).monthFirst) ?? '';
    return day > event.day ? day : '';
  }
  const shown = (context: C) => letterDay(context.review, optsOf(context).monthFirst === true);
  const kept = (context: C, day: string) => day !== '' && (context.keptMeetings ?? []).includes(day);
  const logNote: NoteParams = { kind: 'next_step', topic: REVIEW_LOG_TOPIC, text: 'review.log-note' };
  const logSteps = [
    { type: 'note', params: logNote },
    { type: 'say', params: { key: 'review.log-step' } },
  ] as const;
  // The date to watch names the trial in their words ("what is due?": "a date to watch: They'll do a 9:15 start…").
  const note = ({ context }: { context: C }): NoteParams => ({ kind: 'next_step', topic: REVIEW_TOPIC, text: context.reviewWords || 'review.note', due: context.review });
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
      key: context.reviewAsk === 'half-term' ? 'review.when-half-term' : 'review.when',
      choices: [{ id: 'review-not-known', key: 'review.choice.not-known' }],
      freeText: true,
    }),
  };
  const keepTyped = ['keepTypedReview', { type: 'note', params: note }, said('review.kept'), ...logSteps] as const;

  return {
    params,
    actions: {
      readReview: ({ context, event }: Args<C>): Partial<ReviewCtx> => {
        const day = typeof event.day === 'string' ? event.day : (context.today ?? '');
        const r = day ? trialReview(wordsOf(context), day, optsOf(context)) : undefined;
        return { review: r && 'due' in r ? r.due : '', reviewAsk: r && 'ask' in r ? r.ask : '', reviewWords: r?.words ?? '' };
      },
      keepTypedReview: ({ context, event }: Args<C>): Partial<ReviewCtx> => ({ review: typedDay(context, event) }),
    },
    guards: {
      reviewDated: ({ context }: { context: C }) => context.review !== '' && context.review !== context.meeting && !kept(context, context.review),
      reviewKept: ({ context }: { context: C }) => kept(context, context.review),
      reviewAsked: ({ context }: { context: C }) => context.reviewAsk !== '',
      keepsReview: ({ event }: Args<C>) => event.type === 'CHOICE' && event.id === 'keep-review',
      typedReviewDay: ({ context, event }: Args<C>) => typedDay(context, event) !== '',
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
              { guard: 'keepsReview', target: next, actions: [{ type: 'note', params: note }, said('review.kept'), ...logSteps] },
              { target: next, actions: logSteps },
            ],
            TEXT: [
              { guard: 'typedReviewDay', target: next, actions: keepTyped },
              { target: 'review', reenter: true, actions: { type: 'say', params: { key: 'review.unread' } } },
            ],
          },
        },
        reviewWhen: {
          entry: { type: 'ask', params: params.when },
          on: {
            CHOICE: { target: next, actions: [{ type: 'say', params: { key: 'review.no-date' } }, ...logSteps] },
            TEXT: [
              { guard: 'typedReviewDay', target: next, actions: keepTyped },
              { target: 'reviewWhen', reenter: true, actions: { type: 'say', params: { key: 'review.unread' } } },
            ],
          },
        },
      } as const;
    },
  };
}
