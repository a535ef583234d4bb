/**
 * A day as the daily log says it in chat, in the family's date style: month first for a US family
 * (from the latest case profile, as the notes and letters write dates), "Wed 25 Nov" otherwise.
 */
import type { RunContext } from '../../core/run-context.js';
import { familyMonthFirst, PROFILE_TOPIC } from '../advice/profile.js';
import { dayLabel } from './dates.js';

export function familyDayLabel(ctx: Pick<RunContext, 'store' | 'session'>): (date: string) => string {
  const monthFirst = familyMonthFirst(ctx.store.listNotes(ctx.session.userId, { topics: [PROFILE_TOPIC] }));
  return (date) => dayLabel(date, monthFirst);
}
