/**
 * The review day (A-L1), the engine's side: a review date kept becomes a reminder at the end of
 * that school day in the parent's zone (`watchReview`, replacing this child's earlier one); the
 * scheduler's `review-reminder` command asks "How did it go?" (flows/case-file/review-day.flow.ts)
 * in the parent's private conversation; `reviewDay` closes it or asks again a couple of school
 * days on. Mid-conversation, a short line once and the question again; then it waits for the
 * parent, who types "review" when ready (as the follow-up reminder waits). The review's day is said
 * as the day it was ("on Monday 7 December"), whatever day it is asked.
 */
import { reask, startFlow, type RunContext } from '../../core/flow-runner.js';
import { textReply } from '../../core/render.js';
import { defineEffect, type ChatCommand } from '../../core/run-context.js';
import { reviewDayParamsSchema, watchReviewParamsSchema } from '../../../flows/case-file/case-file-effects.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { familyMonthFirstOf } from '../advice/profile.js';
import { schoolWeekFor } from './follow-ups.js';
import { lastRequest } from './letter-from-notes.js';
import { endOfSchoolDay, followupDue, shortDate, weekdayDate } from './school-days.js';
import type { ReviewReminderRow } from './reviews-port.js';

/** School days a "later" waits. */
const LATER_DAYS = 2;

const say = (ctx: RunContext, key: string, vars: Record<string, string> = {}) => ctx.replies.push(textReply(ctx.content, key, vars, ctx.session.seq));
const dateOf = (ctx: RunContext, iso: string) => shortDate(iso, familyMonthFirstOf(ctx.store, ctx.session.userId));
/** The review's own day, as a sentence names it ("Monday 7 December"). */
const reviewDayOf = (ctx: RunContext, iso: string) => weekdayDate(iso, familyMonthFirstOf(ctx.store, ctx.session.userId));

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

/** "How did it go?" about this review, for the child it is about. */
function askHowItWent(ctx: RunContext, r: ReviewReminderRow): void {
  if (r.caseId !== null) ctx.session.caseId = r.caseId;
  const date = reviewDayOf(ctx, r.reviewOn);
  startFlow(ctx, 'review-day', { reminderId: r.id, trial: trialOf(ctx, r), nickname: childOf(ctx, r), date, request: lastRequest(ctx.store, ctx.content, ctx.session.userId, ctx.session.caseId) });
}

/**
 * `review-reminder <id>` (from the scheduler): the review day has come. Says nothing once answered.
 * Mid-conversation it is said once, and then waits for the parent ("review"), never pushed on.
 */
export const reviewReminder: ChatCommand = (args, ctx) => {
  const id = Number(args.trim());
  const r = Number.isInteger(id) ? ctx.store.reviews.get(ctx.session.userId, id) : undefined;
  if (!r || r.status !== 'open' || r.remindedAt !== null) return;
  ctx.store.reviews.markReminded(r.id, ctx.now.toISOString());
  if (busy(ctx)) {
    say(ctx, 'review-day.reminder-busy', { date: reviewDayOf(ctx, r.reviewOn) });
    reask(ctx);
    return;
  }
  askHowItWent(ctx, r);
};

/** `review` (the parent, when ready): how did the review already reminded of go? The latest one waiting. */
export const reviewAsk: ChatCommand = (_args, ctx) => {
  const r = ctx.store.reviews
    .list(ctx.session.userId)
    .filter((x) => x.status === 'open' && x.remindedAt !== null)
    .at(-1);
  if (r) return askHowItWent(ctx, r);
  say(ctx, 'review-day.none');
  if (!reask(ctx)) startFlow(ctx, 'home');
};

/** Said outside the flow (checked at boot). */
export const REVIEW_DAY_KEYS = ['review-day.later', 'review-day.reminder-busy', 'review-day.none'];
