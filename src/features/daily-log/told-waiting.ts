/**
 * A day told at the menu whose "Shall I add it to the daily log for Thu 7 Jan?" was left
 * unanswered, overtaken by a log started over it ("log today" the next day: the lead's replay,
 * L13-4). The words are never dropped with the question. A tired parent who told us Thursday
 * expects it still to be there when they come back, without being made to deal with it before
 * what they came to do: so today's log goes first, as asked, and Thursday is offered again once
 * at its end, quoting their words (`earlierTold`, flows/daily-log/told-day-states.ts). A log
 * started for the very day told is that day: the offer is asked again at once. Overtaken a second
 * time, the words are kept in the notes, in the parent's own words, dated the day they were about,
 * and not offered again: asking a third time is nagging, and the notes are where the packet finds them.
 */
import type { RunContext } from '../../core/flow-runner.js';
import { textReply } from '../../core/render.js';
import type { Ctx } from '../../../flows/daily-log/daily-log-steps.js';

/** What the new log is started with, from a log it overtakes: the told day waiting, if any. */
export function toldWaiting(ctx: RunContext, date: string, loggedOn: (date: string) => string[]): Record<string, unknown> {
  const s = ctx.session;
  if (s.flowId !== 'daily-log' || !s.snapshot) return {};
  const c = s.snapshot.context as Partial<Ctx>;
  // A told day already carried on by the log overtaken goes on with the new one.
  const carried = c.earlierTold ? { earlierTold: c.earlierTold } : {};
  if (s.snapshot.value !== 'offerTold' || !c.told || !c.date) return carried;
  const child = c.nickname ? { child: c.nickname } : {};
  if (c.date === date) return { ...carried, told: c.told, offerTold: true, ...child, ...(c.earlier ? { earlier: true } : {}) };
  if (c.earlier) {
    keepInNotes(ctx, c.told.text, c.date, c.nickname ?? '', c.day ?? '');
    return carried;
  }
  return { earlierTold: { told: c.told, date: c.date, day: c.day ?? '', ...child, logged: loggedOn(c.date) } };
}

/** The words kept as the parent's own, dated the day they told, in that child's notes (or with no child). */
function keepInNotes(ctx: RunContext, text: string, date: string, nickname: string, day: string): void {
  const userId = ctx.session.userId;
  const caseId = ctx.store.listCases(userId).find((k) => nickname && k.nickname.toLowerCase() === nickname.toLowerCase())?.id ?? null;
  ctx.store.addNote({ userId, caseId, kind: 'parent_words', topic: 'daily-log.told-kept', text, saidOn: date, at: ctx.now.toISOString(), day: ctx.day });
  ctx.replies.push(textReply(ctx.content, 'daily-log.told-kept', { day }, ctx.session.seq));
}
