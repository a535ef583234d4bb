/**
 * "What is due?": what is coming up, not the whole case. Each request still waiting for a reply
 * (on the day its follow-up is due, or said to be overdue) and each next step's date to watch from
 * today on, in date order; in a family of several children, each line names the child. A next
 * step whose letter the school has answered is left out (overtaken-steps.ts), and so is one
 * due the day its case's reply is (the reply's line covers the letter), unless it is a meeting
 * still to come or the review of a trial. `notes` stays the whole case.
 */
import { reaskPending } from '../../core/commands.js';
import { clipAtWord } from '../../core/fit-text.js';
import { textReply } from '../../core/render.js';
import type { ChatCommand, RunContext } from '../../core/run-context.js';
import { ISO_DATE, readableDate } from '../daily-log/dates.js';
import { familyMonthFirstOf } from '../advice/profile.js';
import { localToday, schoolWeekFor } from './follow-ups.js';
import { currentSteps, DATES_THAT_STAY } from './overtaken-steps.js';

/** A next step's words are long ("Ask in writing which data is missing, …"): a line shows the start. */
const MAX_STEP = 110;

interface DueLine {
  date: string;
  caseId: number | null;
  text: string;
  /** The line as read in a shared channel, where it names a command (content/place-words.ts). */
  shared?: string | undefined;
}

const clip = (text: string): string => clipAtWord(text.replace(/\s+/g, ' ').trim(), MAX_STEP);

function dueLines(ctx: RunContext, today: string, monthFirst: boolean, severalChildren: boolean): DueLine[] {
  const { store, content } = ctx;
  const userId = ctx.session.userId;
  const lines: DueLine[] = [];
  // In a family of several, "type letter follow-up" would draft the open case's letter, not this one's.
  const overdue = severalChildren ? 'notes.due.overdue-child' : 'notes.due.overdue';
  // A letter's next step falls due with its reply (both counted from the day it went): one line, the reply's.
  const replyDays = new Set<string>();
  const followups = store.requests.listFollowups(userId);
  for (const f of followups.filter((r) => r.status === 'open')) {
    const vars = { about: f.about, sent_on: readableDate(f.sentOn, monthFirst), due_on: readableDate(f.dueOn, monthFirst) };
    const key = f.dueOn < today ? overdue : 'notes.due.reply';
    lines.push({ date: f.dueOn, caseId: f.caseId, text: content.render(key, vars), shared: content.renderShared?.(key, vars) });
    replyDays.add(`${f.caseId}|${f.dueOn}`);
  }
  const notes = store.listNotes(userId);
  const current = currentSteps(notes, followups);
  for (const n of notes) {
    if (n.kind !== 'next_step' || !n.due || !ISO_DATE.test(n.due) || n.due < today || !current(n)) continue;
    if (!DATES_THAT_STAY.has(n.topic) && replyDays.has(`${n.caseId}|${n.due}`)) continue;
    lines.push({ date: n.due, caseId: n.caseId, text: content.render('notes.due.watch', { step: clip(content.has(n.text) ? content.render(n.text) : n.text) }) });
  }
  // A review day gone by with the parent not yet asked how it went (its reminder missed mid-conversation): waiting for them.
  for (const r of store.reviews.list(userId).filter((x) => x.status === 'open' && x.reviewOn < today)) {
    const vars = { review_on: readableDate(r.reviewOn, monthFirst) };
    lines.push({ date: r.reviewOn, caseId: r.caseId, text: content.render('notes.due.review-passed', vars), shared: content.renderShared?.('notes.due.review-passed', vars) });
  }
  return lines.sort((a, b) => a.date.localeCompare(b.date));
}

export const due: ChatCommand = (_args, ctx) => {
  const userId = ctx.session.userId;
  const monthFirst = familyMonthFirstOf(ctx.store, userId);
  const today = localToday(ctx.now, schoolWeekFor(ctx.store, userId));
  const cases = ctx.store.listCases(userId);
  const named = cases.length > 1;
  const lines = dueLines(ctx, today, monthFirst, named);
  if (lines.length === 0) {
    ctx.replies.push(textReply(ctx.content, 'notes.due.nothing'));
  } else {
    const listed = (shared: boolean) =>
      lines
        .map((l) => {
          const child = named ? cases.find((c) => c.id === l.caseId)?.nickname : undefined;
          const text = shared ? (l.shared ?? l.text) : l.text;
          return ctx.content.render(child ? 'notes.due.line-child' : 'notes.due.line', { date: readableDate(l.date, monthFirst), child: child ?? '', text });
        })
        .join('\n');
    // In a shared channel, every line's command as it is used there, the header's own too.
    const shared = ctx.content.renderShared?.('notes.due.header', { lines: listed(true) });
    ctx.replies.push({ type: 'text', key: 'notes.due.header', text: ctx.content.render('notes.due.header', { lines: listed(false) }), ...(shared === undefined ? {} : { sharedText: shared }) });
  }
  reaskPending(ctx);
};
