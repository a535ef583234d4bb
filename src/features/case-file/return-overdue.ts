/**
 * Back after a while (the engine runs it before "Welcome back", src/core/commands.ts
 * RETURN_COMMAND): each letter whose reply is overdue, said once, with the way to a follow-up
 * (fifteenth walk, W15-13: "where we were" was the menu, the overdue letter unsaid). Nothing
 * overdue: nothing said. It never asks; the question waiting comes after.
 */
import { textReply } from '../../core/render.js';
import type { ChatCommand } from '../../core/run-context.js';
import { readableDate } from '../daily-log/dates.js';
import { familyMonthFirstOf } from '../advice/profile.js';
import { localToday, schoolWeekFor } from './follow-ups.js';

export const RETURN_KEYS = ['notes.due.on-return'];

export const onReturn: ChatCommand = (_args, ctx) => {
  const userId = ctx.session.userId;
  const today = localToday(ctx.now, schoolWeekFor(ctx.store, userId));
  const overdue = ctx.store.requests.listFollowups(userId).filter((f) => f.status === 'open' && f.dueOn < today);
  if (overdue.length === 0) return;
  const monthFirst = familyMonthFirstOf(ctx.store, userId);
  const cases = ctx.store.listCases(userId);
  const named = cases.length > 1;
  const key = named ? 'notes.due.overdue-child' : 'notes.due.overdue';
  const lines = overdue
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((f) => {
      const child = named ? cases.find((c) => c.id === f.caseId)?.nickname : undefined;
      const text = ctx.content.render(key, { about: f.about, sent_on: readableDate(f.sentOn, monthFirst), due_on: readableDate(f.dueOn, monthFirst) });
      return ctx.content.render(child ? 'notes.due.line-child' : 'notes.due.line', { date: readableDate(f.dueOn, monthFirst), child: child ?? '', text });
    })
    .join('\n');
  ctx.replies.push(textReply(ctx.content, 'notes.due.on-return', { lines }, ctx.session.seq));
};
