/**
 * Follow-up reminders: the scheduler's DueSource for requests with no reply after N school days.
 *
 * A follow-up is due once its reminder instant has passed (the end of the Nth school day after
 * the request went out, in the parent's zone: see school-days.ts), while it is still open (no
 * "they replied") and not yet reminded. It lives in the database, so it survives restarts; the
 * scheduler's `sent_prompts` row (key `followup:<id>`) makes the reminder once-only.
 */
import type { Store } from '../../core/ports.js';
import type { DueItem, DueSource } from '../../core/ports.js';

export const FOLLOWUP_COMMAND = 'followup-reminder';

export const followupKey = (id: number): string => `followup:${id}`;

export function createFollowupSource(store: Pick<Store, 'requests'>): DueSource {
  return {
    name: 'followup',
    due(now: Date): DueItem[] {
      return store.requests.dueFollowups(now.toISOString()).map((f) => ({
        userId: f.userId,
        key: followupKey(f.id),
        command: FOLLOWUP_COMMAND,
        args: String(f.id),
        localDate: f.dueOn,
        dueAt: f.dueAt,
      }));
    },
  };
}
