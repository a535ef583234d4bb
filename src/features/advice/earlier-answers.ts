/**
 * The parent's answers last time that a kind of no offers again (`KindQuestion.reuse`: the
 * child's need): a second no of the same kind within a few weeks asks "Same as before: …?"
 * instead of the question afresh. This child's, typed (a button's answer is not offered), the
 * latest on each topic, given in the last six weeks.
 */
import type { NoteRow, Store } from '../../core/ports.js';
import { KIND_OF_NO_FLOWS } from '../../../flows/advice/kinds-of-no.js';

/** How long an answer is offered again: "a few weeks". */
const OFFERED_FOR_DAYS = 42;

/** The topics offered again, from the kinds of no that declare them. */
export const REUSED_TOPICS: readonly string[] = KIND_OF_NO_FLOWS.flatMap((f) => f.reusedTopics);

/** A button's answer is noted as its content key: not words to offer back. */
const BUTTON_KEY = /^[a-z-]+\.(?:choice|letter)\.[a-z-]+$/;

/** By topic, this child's latest typed answer from the last six weeks (none: an empty object). */
export function earlierAnswers(store: Store, userId: string, caseId: number, now: Date): Record<string, string> {
  return earlierAnswersIn(store.listNotes(userId, { caseId, topics: [...REUSED_TOPICS] }), caseId, now);
}

/** `earlierAnswers` from notes already read (oldest first; other topics and children are passed over). */
export function earlierAnswersIn(notes: readonly NoteRow[], caseId: number, now: Date): Record<string, string> {
  const since = new Date(now.getTime() - OFFERED_FOR_DAYS * 86_400_000).toISOString();
  const found: Record<string, string> = {};
  for (const n of notes) {
    if (n.caseId !== caseId || !REUSED_TOPICS.includes(n.topic)) continue;
    if (n.kind === 'answer' && n.at >= since && n.text.trim() && !BUTTON_KEY.test(n.text.trim())) found[n.topic] = n.text.trim();
  }
  return found;
}
