/**
 * The review day (A-L1), the engine's side: a review date kept becomes a reminder at the end of
 * that school day in the parent's zone (`watchReview`, replacing this child's earlier one); the
 * scheduler's `review-reminder` command asks "How did it go?" (flows/case-file/review-day.flow.ts)
 * in the parent's private conversation; `reviewDay` closes it or asks again a couple of school
 * days on. Mid-conversation, a short line and the question again, and the reminder moves to the
 * next school day.
 */
import { reask, startFlow, type RunContext } from '../../core/flow-runner.js';
import { textReply } from '../../core/render.js';
import { defineEffect, type ChatCommand } from '../../core/run-context.js';
import { reviewDayParamsSchema, watchReviewParamsSchema } from '../../../flows/case-file/case-file-effects.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { familyMonthFirstOf } from '../advice/profile.js';
import { schoolWeekFor } from './follow-ups.js';
import { lastRequest } from './letter-from-notes.js';
import { endOfSchoolDay, followupDue, shortDate } from './school-days.js';
import type { ReviewReminderRow } from './reviews-port.js';

/** School days a "later" waits, and a reminder that came mid-conversation. */
const LATER_DAYS = 2;
const BUSY_DAYS = 1;

const say = (ctx: RunContext, key: string, vars: Record<string, string> = {}) => ctx.replies.push(textReply(ctx.content, key, vars, ctx.session.seq));
const dateOf = (ctx: RunContext, iso: string) => shortDate(iso, familyMonthFirstOf(ctx.store, ctx.session.userId));

/** Asks again `n` school days from today, at the end of that day; the day, as the family writes dates. */
function askAgain(ctx: RunContext, id: number, n: number): string {
  const week = schoolWeekFor(ctx.store, ctx.session.userId);
  const next = followupDue(ctx.now, n, week);
  ctx.store.reviews.snooze(ctx.session.userId, id, next.dueOn, next.dueAt.toISOString());
  return dateOf(ctx, next.dueOn);
}

/** Kept as a date to watch: a reminder that day. The note just written names the trial. */
export const watchReview = defineEffect('watchReview', watchReviewParamsSchema, (ctx, p) => {
  const { userId, caseId } = ctx.session;
  const week = schoolWeekFor(ctx.store, userId);
  const note = ctx.store
    .listNotes(userId, { topics: [REVIEW_TOPIC] })
    .filter((n) => n.caseId === caseId && n.due === p.due)
    .at(-1);
  ctx.store.reviews.watch({ userId, caseId, noteId: note?.id ?? null, reviewOn: p.due, dueOn: p.due, dueAt: endOfSchoolDay(p.due, week.zone).toISOString(), timeZone: week.zone, createdAt: ctx.now.toISOString() });
});

/** The reminder answered (done), or asked again later (snooze, said with its day). */
export const reviewDay = defineEffect('reviewDay', reviewDayParamsSchema, (ctx, p) => {
  if (p.outcome === 'done') ctx.store.reviews.close(ctx.session.userId, p.reminderId, ctx.now.toISOString());
  else say(ctx, 'review-day.later', { date: askAgain(ctx, p.reminderId, LATER_DAYS) });
});

/** The trial in the school's words, from the note kept ('' when it was noted in ours). */
function trialOf(ctx: RunContext, r: ReviewReminderRow): string {
  const note = r.noteId === null ? undefined : ctx.store.listNotes(ctx.session.userId, { topics: [REVIEW_TOPIC] }).find((n) => n.id === r.noteId);
  const words = note?.text.trim() ?? '';
  return !words || words === ctx.content.render('review.note') ? '' : words;
}

/** The child, named when the family has several ('' otherwise). */
function childOf(ctx: RunContext, r: ReviewReminderRow): string {
  const cases = ctx.store.listCases(ctx.session.userId);
  return cases.length > 1 ? (cases.find((c) => c.id === r.caseId)?.nickname ?? '') : '';
}

/** Something is under way that a reminder should not interrupt. */
function busy(ctx: RunContext): boolean {
  const s = ctx.session;
  return s.pending !== null && s.flowId !== null && s.flowId !== 'home';
}

/** `review-reminder <id>` (from the scheduler): the review day has come. Says nothing once answered. */
export const reviewReminder: ChatCommand = (args, ctx) => {
  const id = Number(args.trim());
  const r = Number.isInteger(id) ? ctx.store.reviews.get(ctx.session.userId, id) : undefined;
  if (!r || r.status !== 'open' || r.remindedAt !== null) return;
  ctx.store.reviews.markReminded(r.id, ctx.now.toISOString());
  const date = dateOf(ctx, r.reviewOn);
  if (busy(ctx)) {
    say(ctx, 'review-day.reminder-busy', { date, next: askAgain(ctx, r.id, BUSY_DAYS) });
    reask(ctx);
    return;
  }
  if (r.caseId !== null) ctx.session.caseId = r.caseId;
  startFlow(ctx, 'review-day', { reminderId: r.id, trial: trialOf(ctx, r), nickname: childOf(ctx, r), date, request: lastRequest(ctx.store, ctx.content, ctx.session.userId, ctx.session.caseId) });
};

/** Said outside the flow (checked at boot). */
export const REVIEW_DAY_KEYS = ['review-day.later', 'review-day.reminder-busy'];
