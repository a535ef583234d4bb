/**
 * A next step overtaken by the school's reply: "what is due?" and the Home tab leave it out.
 *
 * A step belongs to the letter sent after it in its case (the advice comes first, then the letter
 * that asks for it: "ask in writing which data is missing", then the data request). It is
 * overtaken once that letter was answered: its follow-up closed by a reply (or, for a letter
 * chased by a follow-up letter, the follow-up answered). A reply to another letter in the same
 * case leaves it. Where the notes cannot say, the step stays (the safe side): no letter sent after
 * it yet, a follow-up row not tied to its request note (older rows), or one reply that closed
 * several letters of the case at once (before replies answered one letter, a reply closed every
 * letter waiting in its case; which it answered is not known). A meeting still to come, and the
 * review of a trial the school agreed, always stay (they happen whatever they replied).
 */
import type { NoteRow } from '../../core/ports.js';
import type { FollowupRow } from './requests-port.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';

/** Dates that stay whatever the school replied: a meeting still to come, the review of a trial they agreed. */
export const DATES_THAT_STAY: ReadonlySet<string> = new Set([MEETING_TOPIC, REVIEW_TOPIC]);

/** The follow-up that carried this one on: the follow-up letter sent the moment it was closed as followed up. */
function chasedBy(f: FollowupRow, rows: readonly FollowupRow[]): FollowupRow | undefined {
  return rows.find((g) => g.id !== f.id && g.caseId === f.caseId && g.letter === 'follow-up' && g.sentAt === f.closedAt);
}

/** Whether the school answered this letter alone (following it through any follow-up letters). */
function answeredAlone(f: FollowupRow, rows: readonly FollowupRow[]): boolean {
  const seen = new Set<number>();
  let at: FollowupRow | undefined = f;
  while (at?.status === 'followed_up' && !seen.has(at.id)) {
    seen.add(at.id);
    at = chasedBy(at, rows);
  }
  if (at?.status !== 'answered') return false;
  const { id, caseId, closedAt } = at;
  return !rows.some((g) => g.id !== id && g.caseId === caseId && g.status === 'answered' && g.closedAt === closedAt);
}

/**
 * Whether each next step is still current, given all the parent's notes and follow-ups (any
 * order); and each request sent, whose reply is no longer due once its follow-up is closed
 * (answered, or followed up by a later letter). Other notes are always current.
 */
export function currentSteps(notes: readonly NoteRow[], followups: readonly FollowupRow[]): (n: NoteRow) => boolean {
  const requests = notes.filter((n) => n.kind === 'request_sent').sort((a, b) => a.id - b.id);
  return (n) => {
    if (n.kind === 'request_sent') return !followups.some((f) => f.requestNoteId === n.id && f.status !== 'open');
    if (n.kind !== 'next_step' || DATES_THAT_STAY.has(n.topic)) return true;
    const request = requests.find((r) => r.caseId === n.caseId && r.id > n.id);
    const f = request && followups.find((r) => r.requestNoteId === request.id);
    return !f || !answeredAlone(f, followups);
  };
}
