/**
 * Effects of the daily-log and check-in flows: `saveLog` (one answer at a time into the day's
 * entry) and `saveCheckin` (the parent's check-in time, days and zone). Both run inside the
 * turn's transaction, so an answer and the question after it are committed together.
 */
import { isIsoDate, isValidZone } from './dates.js';
import { familyDayLabel } from './family-day.js';
import { checkinVars, describeEntry } from './describe.js';
import { SCHOOL_DAYS, isWeekday, saveCheckinParamsSchema, saveLogParamsSchema } from './model.js';
import { textReply } from '../../core/render.js';
import { defineEffect, type Effect, type RunContext } from '../../core/run-context.js';
import type { LogEntry } from './model.js';

const saveLog = defineEffect('saveLog', saveLogParamsSchema, (ctx, p) => {
  const userId = ctx.session.userId;
  const at = ctx.now.toISOString();
  const logs = ctx.store.logs;
  // No date from the flow: the parent's today (the check-in's zone, else their channel's).
  const date = isIsoDate(p.date) ? p.date : ctx.day;
  // The flow names the child; openCase finds that child's case (or starts one for a new nickname).
  const child = ctx.store.openCase(userId, p.child || 'my child', at);
  const caseId = child.id;
  switch (p.op) {
    case 'start':
      logs.startEntry(userId, caseId, date, p.attendance, at);
      return;
    case 'attendance':
      logs.setAttendance(userId, caseId, date, p.attendance, at);
      return;
    case 'hours':
      logs.setHours(userId, caseId, date, { hours: p.hours, arrived: p.arrived ?? null, left: p.left ?? null }, at);
      return;
    case 'difficulty':
      logs.setDifficulty(userId, caseId, date, Math.max(0, Math.min(10, Math.round(p.value))), at);
      return;
    case 'trigger':
      logs.addTrigger(userId, caseId, date, { id: p.id, detail: p.detail ?? null }, at);
      return;
    case 'triggers':
      for (const id of p.ids) logs.addTrigger(userId, caseId, date, { id, detail: null }, at);
      for (const detail of p.others ?? []) logs.addTrigger(userId, caseId, date, { id: 'other', detail }, at);
      return;
    case 'support':
      logs.addSupport(userId, caseId, date, { id: p.id, detail: p.detail ?? null }, at);
      return;
    case 'helped':
      logs.setHelped(userId, caseId, date, p.id, p.helped, at);
      return;
    case 'note':
      logs.setNote(userId, caseId, date, p.text, at);
      return;
    case 'excused':
      logs.setExcused(userId, caseId, date, p.value, at);
      return;
    case 'told':
      logs.startEntry(userId, caseId, date, p.attendance, at);
      if (p.attendance === 'partial' && p.hours !== null) logs.setHours(userId, caseId, date, { hours: p.hours, arrived: p.arrived, left: p.left }, at);
      if (p.difficulty !== null) logs.setDifficulty(userId, caseId, date, Math.max(0, Math.min(10, Math.round(p.difficulty))), at);
      for (const t of p.triggers) logs.addTrigger(userId, caseId, date, t, at);
      logs.setNote(userId, caseId, date, p.note, at);
      // What was read from their words, so a wrong reading is seen before the questions go on.
      noted(ctx, logs.getEntry(userId, caseId, date));
      return;
    case 'finish': {
      const entry = logs.getEntry(userId, caseId, date);
      if (!entry) return;
      ctx.replies.push(
        textReply(ctx.content, 'daily-log.saved', { nickname: child.nickname, day: familyDayLabel(ctx)(date), summary: describeEntry(ctx.content, entry) }, ctx.session.seq),
      );
      return;
    }
  }
});

function noted(ctx: RunContext, entry: LogEntry | null | undefined): void {
  if (entry) ctx.replies.push(textReply(ctx.content, 'daily-log.told-noted', { summary: describeEntry(ctx.content, entry) }, ctx.session.seq));
}

const saveCheckin = defineEffect('saveCheckin', saveCheckinParamsSchema, (ctx, p) => {
  if (!isValidZone(p.zone)) throw new Error('check-in zone is not a valid IANA zone');
  const days = p.days.split(',').filter(isWeekday);
  const saved = ctx.store.logs.updateCheckin(
    ctx.session.userId,
    {
      enabled: true,
      time: p.time,
      zone: p.zone,
      days: days.length ? days : [...SCHOOL_DAYS],
      // A new time starts from now: a time already past today waits for the next school day.
      activeFrom: ctx.now.toISOString(),
      pauseUntil: null,
      snoozeDate: null,
      snoozeUntil: null,
    },
    ctx.now.toISOString(),
  );
  ctx.replies.push(textReply(ctx.content, 'checkin.saved', checkinVars(ctx.content, saved), ctx.session.seq));
});

export const DAILY_LOG_EFFECTS: readonly Effect[] = [saveLog, saveCheckin];
