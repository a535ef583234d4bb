/**
 * A meeting still to come in the school's words ("his review on 15 January"), offered to the
 * parent as a date to watch: read back with its day in the family's order, kept with a tap, the
 * right day typed instead (read back as kept), or left out. Shared by the flows that take the
 * school's words: the situation question every "no" told through triage passes, and "What do I
 * say next?". A flow registers `meetingAssigns` and `meetingGuards` (made for its own way of
 * knowing the family's order of day and month) and spreads `meetingStates(next)` among its states.
 */
import { partRead, type AskParams, type FlowEvent, type FlowInput, type NoteParams, type SayParams } from '../../src/core/flow-kit.js';
import type { Category } from '../../src/core/types.js';
import { letterDay } from '../../src/features/advice/letter-facts.js';
import { meetingToCome } from './meeting-day.js';
import { dueFrom } from './parent-answers.js';

export interface MeetingCtx {
  /** The school's words (a flow that keeps them elsewhere, a reply, says where: `meetingParts`'s `wordsOf`). */
  statement?: string;
  /** The kind of no, when the words are one (a reply is not). */
  category?: Category;
  /** The day of a meeting still to come those words name (ISO), or ''. */
  meeting: string;
  /** The days of meetings already kept as dates to watch (`input.keptMeetings`; absent in a flow saved before them). */
  keptMeetings?: readonly string[];
  /** The parent's day when the flow starts on the offer (no event carries one then). */
  today?: string;
}

/** The topic of the next step a kept meeting is noted as. */
export const MEETING_TOPIC = 'meeting.to-come';

export const MEETING_KEYS = [
  'situation.meeting',
  'situation.choice.keep-meeting',
  'situation.choice.leave-meeting',
  'situation.meeting-note',
  'situation.meeting-kept',
  'situation.meeting-already-kept',
  'situation.meeting-unread',
  'situation.meeting-kept-words',
];

/** The days (ISO) of the meetings the notes already keep, from the flow's input (the advice feature's, or the say command's). */
export function keptMeetingsOf(input: FlowInput): string[] {
  const kept = Array.isArray(input['keptMeetings']) ? (input['keptMeetings'] as unknown[]) : [];
  return kept.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
}

type Args<C> = { context: C; event: FlowEvent };

/**
 * The pieces a flow registers, given how it knows the family's order (month first in the US;
 * undefined before the case has a profile: a date in numbers is then not read at all).
 */
export function meetingParts<C extends MeetingCtx>(monthFirstOf: (context: C) => boolean | undefined, wordsOf: (context: C) => string = (context) => context.statement ?? '') {
  /** A day the parent typed for the meeting, in the family's order: one still to come, or ''. */
  function typedDay(context: C, event: FlowEvent): string {
    if (event.type !== 'TEXT') return '';
    const day = dueFrom(event.text, `${event.day}T12:00:00.000Z`, monthFirstOf(context)) ?? '';
    return day > event.day ? day : '';
  }
  const shown = (context: C) => letterDay(context.meeting, monthFirstOf(context) === true);
  /** Already in the notes as a date to watch: noted again, it would be there twice. */
  const kept = (context: C, day: string) => day !== '' && (context.keptMeetings ?? []).includes(day);

  const params = {
    offer: ({ context }: { context: C }): AskParams => ({
      key: 'situation.meeting',
      vars: { date: shown(context) },
      choices: [
        { id: 'yes', key: 'situation.choice.keep-meeting' },
        { id: 'no', key: 'situation.choice.leave-meeting' },
      ],
      freeText: true,
    }),
    /** The meeting as a next step, due on its day: a date to watch in the notes and "what is due?". */
    note: ({ context }: { context: C }): NoteParams => ({ kind: 'next_step', topic: MEETING_TOPIC, text: 'situation.meeting-note', ...(context.category ? { category: context.category } : {}), due: context.meeting }),
    /** The day the parent typed, read back as kept: they see the date they meant (a tap's was in the question). */
    kept: ({ context }: { context: C }): SayParams => ({ key: 'situation.meeting-kept', vars: { date: shown(context) } }),
    /**
     * No date in what was typed, the question again: what the words say (a day's story, what the school
     * said) is the engine's to keep, thanked for; words that add nothing get what the question needs
     * (typed21: src/core/added-words.ts).
     */
    unread: partRead({ kept: 'situation.meeting-kept-words', otherwise: 'situation.meeting-unread' }),
    /** A meeting the notes already keep: said so, not asked again. */
    alreadyKept: ({ context }: { context: C }): SayParams => ({ key: 'situation.meeting-already-kept', vars: { date: shown(context) } }),
  };

  return {
    params,
    assigns: {
      /** The meeting in the school's words, from the parent's day at this turn. */
      readMeeting: ({ context, event }: Args<C>): Partial<MeetingCtx> => {
        const day = typeof event.day === 'string' ? event.day : (context.today ?? '');
        return { meeting: day ? (meetingToCome(wordsOf(context), day, monthFirstOf(context)) ?? '') : '' };
      },
      keepTypedMeeting: ({ context, event }: Args<C>): Partial<MeetingCtx> => ({ meeting: typedDay(context, event) }),
    },
    guards: {
      meetingToCome: ({ context }: { context: C }) => context.meeting !== '' && !kept(context, context.meeting),
      meetingKept: ({ context }: { context: C }) => kept(context, context.meeting),
      typedMeetingDay: ({ context, event }: Args<C>) => typedDay(context, event) !== '',
      typedMeetingKept: ({ context, event }: Args<C>) => kept(context, typedDay(context, event)),
    },
  };
}

/**
 * `meetingRead` (passing through: reads the meeting, asks only when there is one the notes do not
 * keep yet) and `meeting` (the question), both going on to `next`. The actions and guards named
 * are `meetingParts`'s.
 */
export function meetingStates<C extends MeetingCtx>(parts: ReturnType<typeof meetingParts<C>>, next: string) {
  const { params } = parts;
  return {
    meetingRead: {
      entry: 'readMeeting',
      always: [{ guard: 'meetingToCome', target: 'meeting' }, { guard: 'meetingKept', target: next, actions: { type: 'say', params: params.alreadyKept } }, { target: next }],
    },
    meeting: {
      entry: { type: 'ask', params: params.offer },
      on: {
        CHOICE: [{ guard: 'isYes', target: next, actions: { type: 'note', params: params.note } }, { target: next }],
        // The right day typed instead is the one kept; other words: what it needs, and the question again.
        TEXT: [
          // A day the notes already keep: read back, not noted twice.
          { guard: 'typedMeetingKept', target: next, actions: ['keepTypedMeeting', { type: 'say', params: params.kept }] },
          { guard: 'typedMeetingDay', target: next, actions: ['keepTypedMeeting', { type: 'note', params: params.note }, { type: 'say', params: params.kept }] },
          { target: 'meeting', reenter: true, actions: { type: 'readPart', params: params.unread } },
        ],
      },
    },
  } as const;
}
