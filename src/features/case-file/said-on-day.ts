/**
 * The day the school said something, for the notes and the packet, when it was kept in the
 * parent's words: triage keeps "12/1" or "two weeks ago" as typed while the order of day and
 * month is not yet known (the place comes after "When was this?"). A letter reads those words in
 * the case's order (`monthFirst`); the timeline must date the statement the same way, or the
 * record and the letter give two dates for one thing said. Words that name no day ("at the
 * review meeting"), or a day worth checking (in the future, over a year ago), are left as they
 * are: the statement then sits on the day it was noted, as before.
 */
import { weekStartOf } from '../../../flows/advice/parent-answers.js';
import type { NoteRow, Store } from '../../core/ports.js';
import { parentNoon } from '../../core/flow-kit.js';
import { isIsoDate } from '../daily-log/dates.js';
import { pastDate } from '../advice/letter-facts.js';
import { caseProfile, monthFirst } from '../advice/profile.js';

export function withSaidOnDays(store: Pick<Store, 'listNotes'>, userId: string, notes: readonly NoteRow[]): NoteRow[] {
  // A case's order of day and month, once its place is known: until then "12/1" could be either.
  const order = new Map<number | null, boolean | undefined>();
  const mfOf = (caseId: number | null): boolean | undefined => {
    if (!order.has(caseId)) {
      const profile = caseProfile(store, userId, caseId);
      order.set(caseId, profile ? monthFirst(profile) : undefined);
    }
    return order.get(caseId);
  };
  return notes.map((n) => {
    const words = n.saidOn?.trim() ?? '';
    if (!words || isIsoDate(words) || weekStartOf(words)) return n;
    const mf = mfOf(n.caseId);
    if (mf === undefined) return n;
    const found = pastDate(words, parentNoon(n), mf);
    return found && !found.doubtful ? { ...n, saidOn: found.date } : n;
  });
}
