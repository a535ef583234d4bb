/**
 * The meetings a parent's notes already keep as dates to watch (the next steps the meeting
 * question noted, flows/advice/meeting-states.ts), and the reviews of trials the school agreed
 * (review-states.ts): this child's, or every child's with none open. Handed to the flows that
 * offer them, so the same day is never offered, and noted, twice.
 */
import type { NoteRow, Store } from '../../core/ports.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';

export function keptMeetingDays(store: Pick<Store, 'listNotes'>, userId: string, caseId: number | null): string[] {
  return keptMeetingDaysIn(store.listNotes(userId, { topics: [MEETING_TOPIC, REVIEW_TOPIC], ...(caseId !== null ? { caseId } : {}) }), caseId);
}

/** The same, from notes already read (any topics: the meeting notes are picked out here). */
export function keptMeetingDaysIn(notes: readonly NoteRow[], caseId: number | null): string[] {
  const mine = notes.filter((n) => (n.topic === MEETING_TOPIC || n.topic === REVIEW_TOPIC) && (caseId === null || n.caseId === caseId));
  return [...new Set(mine.flatMap((n) => (n.kind === 'next_step' && n.due ? [n.due] : [])))];
}
