/**
 * A next step noted before the school's latest reply in its case has been overtaken by that reply
 * ("ask in writing which data is missing", and they answered): "what is due?" and the Home tab
 * leave it out. A meeting still to come stays (it happens whatever they replied).
 */
import type { NoteRow } from '../../core/ports.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';

/** Whether each next step is still current, given all the parent's notes (any order). */
export function currentSteps(notes: readonly NoteRow[]): (n: NoteRow) => boolean {
  const repliedAfter = new Map<number | null, number>();
  for (const n of notes) if (n.kind === 'response') repliedAfter.set(n.caseId, Math.max(repliedAfter.get(n.caseId) ?? 0, n.id));
  return (n) => n.kind !== 'next_step' || n.topic === MEETING_TOPIC || n.id > (repliedAfter.get(n.caseId) ?? 0);
}
