/**
 * A day as the daily log says it in chat, in the family's date style: month first for a US family
 * (from the latest case profile, as the notes and letters write dates), "Wed 25 Nov" otherwise.
 */
import type { RunContext } from '../../core/run-context.js';
import { familyMonthFirstOf } from '../advice/profile.js';
import { dayLabel } from './dates.js';

export function familyDayLabel(ctx: Pick<RunContext, 'store' | 'session'>): (date: string) => string {
  const monthFirst = familyMonthFirstOf(ctx.store, ctx.session.userId);
  return (date) => dayLabel(date, monthFirst);
}
