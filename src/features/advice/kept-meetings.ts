/**
 * The meetings a parent's notes already keep as dates to watch (the next steps the meeting
 * question noted, flows/advice/meeting-states.ts), and the reviews of trials the school agreed
 * (review-states.ts): this child's, or every child's with none open. Handed to the flows that
 * offer them, so the same day is never offered, and noted, twice.
 */
import type { NoteRow, Store } from '../../core/ports.js';
import { REVIEW_TOPIC, reviewOptionsOf } from '../../../flows/advice/review-states.js';
import type { TrialOptions } from '../../../flows/advice/trial-review.js';
import { PROFILE_TOPIC, profileFromNotes } from './profile.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';

export function keptMeetingDays(store: Pick<Store, 'listNotes'>, userId: string, caseId: number | null): string[] {
  return keptMeetingDaysIn(store.listNotes(userId, { topics: [MEETING_TOPIC, REVIEW_TOPIC], ...(caseId !== null ? { caseId } : {}) }), caseId);
}

/** The same, from notes already read (any topics: the meeting notes are picked out here). */
export function keptMeetingDaysIn(notes: readonly NoteRow[], caseId: number | null): string[] {
  const mine = notes.filter((n) => (n.topic === MEETING_TOPIC || n.topic === REVIEW_TOPIC) && (caseId === null || n.caseId === caseId));
  return [...new Set(mine.flatMap((n) => (n.kind === 'next_step' && n.due ? [n.due] : [])))];
}

/**
 * What reading a school's reply for one child needs, from one read of their notes: the days
 * already kept to watch, and how their family reads dates (month first, half terms). For a reply
 * read outside that child's flow input (`replied <words>`, or the child chosen after it started).
 */
export function childDates(store: Pick<Store, 'listNotes'>, userId: string, caseId: number | null): { keptMeetings: string[]; dates: Pick<TrialOptions, 'monthFirst' | 'halfTerms'> } {
  const notes = store.listNotes(userId, { topics: [MEETING_TOPIC, REVIEW_TOPIC, PROFILE_TOPIC], ...(caseId !== null ? { caseId } : {}) });
  return { keptMeetings: keptMeetingDaysIn(notes, caseId), dates: reviewOptionsOf({ profile: profileFromNotes(notes, caseId) }) };
}

/** The first meeting this child's notes keep to watch after `from` and before `to` (ISO days), if any: a reply's day falling after it. */
export function meetingBefore(store: Pick<Store, 'listNotes'>, userId: string, caseId: number | null, from: string, to: string): string | undefined {
  const notes = store.listNotes(userId, { topics: [MEETING_TOPIC], ...(caseId !== null ? { caseId } : {}) });
  const days = notes.flatMap((n) => (n.kind === 'next_step' && n.due && n.due > from && n.due < to && (caseId === null || n.caseId === caseId) ? [n.due] : []));
  return days.sort()[0];
}
