/**
 * The review day's reminders (A-L1): the scheduler's DueSource for the day the school said they'd
 * review a trial. Due once the reminder's instant has passed (the end of that school day in the
 * parent's zone), while still open and not yet sent. The key names the reminder's day, so a
 * reminder snoozed to a later day is a new prompt, and each day's is claimed once through the
 * scheduler's `sent_prompts` (key `review:<id>:<due_on>`), whatever restarts or instances.
 */
import type { DueItem, DueSource, Store } from '../../core/ports.js';

export const REVIEW_COMMAND = 'review-reminder';

export function createReviewSource(store: Pick<Store, 'reviews'>): DueSource {
  return {
    name: 'review',
    due(now: Date): DueItem[] {
      return store.reviews.due(now.toISOString()).map((r) => ({
        userId: r.userId,
        key: `review:${r.id}:${r.dueOn}`,
        command: REVIEW_COMMAND,
        args: String(r.id),
        localDate: r.dueOn,
        dueAt: r.dueAt,
      }));
    },
  };
}
