/**
 * A kind of no's next step, as its wrap-up says it (kind-of-no.ts): due on the day an answer
 * named, else two weeks after the letter; said as passed when that day has gone, and after a
 * meeting kept to watch that comes first (W13-7). Pure; moved out of kind-of-no.ts by topic
 * (review19 R11), behaviour unchanged.
 */
import type { SayParams } from '../../src/core/flow-kit.js';
import { letterDay } from '../../src/features/advice/letter-facts.js';
import { meetingBefore } from './after-meeting.js';
import { NEXT_STEP_BY, NEXT_STEP_BY_MEETING, NEXT_STEP_PASSED } from './kind-of-no-keys.js';
import { nextStepDue } from './parent-answers.js';
import { inRegionWords } from './region-keys.js';

/** What the next step reads from a kind of no's context: the day an answer named, the letter's day, the family's date order. */
type Ctx = Record<string, string> & { date: string };

/** The next step's date: the one an answer named, else two weeks after the letter. */
export const dueOf = (context: Ctx): string => nextStepDue(context['due'], context.date);
/** The day the parent's answer named (no default follow-up day), or ''. */
export const namedDay = (context: Ctx): string => (typeof context['due'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(context['due']) ? context['due'] : '');

export function nextStepByParams({ context }: { context: Ctx }, dueSay: string | undefined): SayParams {
  const due = dueOf(context);
  // A date they gave that has already passed (a period counted from the day they said it): said as passed, not put in the diary.
  const passed = due !== '' && /^\d{4}-\d{2}-\d{2}$/.test(context.date) && due < context.date;
  const key = passed ? NEXT_STEP_PASSED : dueSay && context['due'] ? dueSay : NEXT_STEP_BY;
  const shown = (day: string) => (day ? letterDay(day, context['monthFirst'] === 'yes') : '');
  // A meeting kept to watch comes before the day: named, so the follow-up day after it is no surprise (W13-7).
  const first = key === NEXT_STEP_BY ? meetingBefore(context, due) : '';
  // In the family's region's words where content has them ("on your calendar" in the US, W21 L3).
  const place = context['place'];
  return first ? { key: inRegionWords(NEXT_STEP_BY_MEETING, place), vars: { date: shown(due), meeting: shown(first) } } : { key: inRegionWords(key, place), vars: { date: shown(due) } };
}
