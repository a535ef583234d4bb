/**
 * The meetings a parent's notes already keep as dates to watch (the next steps the meeting
 * question noted, flows/advice/meeting-states.ts): this child's, or every child's with none open.
 * Handed to the flows that offer a meeting, so the same meeting is never offered, and noted, twice.
 */
import type { Store } from '../../core/ports.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';

export function keptMeetingDays(store: Pick<Store, 'listNotes'>, userId: string, caseId: number | null): string[] {
  const notes = store.listNotes(userId, { topics: [MEETING_TOPIC], ...(caseId !== null ? { caseId } : {}) });
  return [...new Set(notes.flatMap((n) => (n.kind === 'next_step' && n.due ? [n.due] : [])))];
}
