/**
 * The review day's store port (A-L1): a reminder on the day the school said they'd review a trial
 * they agreed. Rows with plain due times, so the scheduler finds what is due without opening
 * anything; the trial's words stay in the `review.date` note a row points to. Domain types only;
 * src/store/sqlite/reviews-store.ts implements it. Added to core's `Store` as `reviews`.
 */

export const REVIEW_STATUSES = ['open', 'done', 'replaced'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface NewReviewReminder {
  userId: string;
  caseId: number | null;
  /** The `review.date` next step it reminds of (its words name the trial). */
  noteId: number | null;
  /** The review's local date, as kept. */
  reviewOn: string;
  /** The reminder's local date (the review day, or a later one when snoozed) and instant. */
  dueOn: string;
  dueAt: string;
  timeZone: string;
  createdAt: string;
}

export interface ReviewReminderRow extends NewReviewReminder {
  id: number;
  status: ReviewStatus;
  remindedAt: string | null;
  closedAt: string | null;
}

/** What the scheduler needs to know about a due reminder (nothing sealed). */
export interface DueReview {
  id: number;
  userId: string;
  dueOn: string;
  dueAt: string;
}

export interface ReviewsStore {
  /** Keeps a reminder; this child's open reminder kept before is replaced (one review day watched per child). */
  watch(r: NewReviewReminder): ReviewReminderRow;
  get(userId: string, id: number): ReviewReminderRow | undefined;
  /** Oldest first. */
  list(userId: string): ReviewReminderRow[];
  /** Open reminders not yet sent whose time has come, for every parent. */
  due(nowIso: string): DueReview[];
  markReminded(id: number, at: string): void;
  /** Asks again on a later day: open, not yet sent, due then. False when the parent has no such open reminder. */
  snooze(userId: string, id: number, dueOn: string, dueAt: string): boolean;
  /** The parent answered it: done. */
  close(userId: string, id: number, at: string): boolean;
}

declare module '../../core/ports.js' {
  interface Store {
    /** The case file: reminders on the day a trial is reviewed. */
    readonly reviews: ReviewsStore;
  }
}
