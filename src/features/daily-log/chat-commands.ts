/**
 * The daily log's chat commands: `log`, `checkin`, `summary`, `chart`, and `checkin-prompt`
 * (what the scheduler sends). Registered in src/core/commands.ts with the others; short phrases
 * ("log yesterday", "remind me at 7:30 on school days", "snooze") reach them through the
 * engine's INTENTS.
 */
import { DateTime } from 'luxon';
import { leaveFlow, reask, startFlow, type RunContext } from '../../core/flow-runner.js';
import type { CaseRow, SessionRow } from '../../core/ports.js';
import { textReply } from '../../core/render.js';
import { renderAttendanceChart } from './chart.js';
import { childrenNamedIn, namesNoChild } from './children-named.js';
import { addDays, isIsoDate, localDate, localTimeOf, rangeLabel, weekdayOf } from './dates.js';
import { familyDayLabel } from './family-day.js';
import { checkinVars, describeSummary, emptySummary } from './describe.js';
import { SCHOOL_DAYS, SNOOZE_MINUTES } from './model.js';
import { findTime, parseDateAhead, parseLogDate, parseReminderRequest } from './parse.js';
import { summarizeFor } from './summary.js';
import { schoolWeek } from './school-week.js';
import { firstCheckinFrom, nextCheckinAfterBreak } from './checkin-source.js';
import { toldWaiting } from './told-waiting.js';

import type { ChatCommand } from '../../core/run-context.js';

const say = (ctx: RunContext, key: string, vars: Record<string, string> = {}) => ctx.replies.push(textReply(ctx.content, key, vars, ctx.session.seq));

/** Before this hour (the parent's), a plain "log" is for the day just ended. */
const SMALL_HOURS_END = 4;

/**
 * Today where the parent is: in the check-in's zone, else their channel's, else UTC (the
 * engine's `ctx.day`: src/core/parent-day.ts); the date is always shown.
 */
function todayOf(ctx: RunContext): string {
  return ctx.day;
}

/** Daily-log states before anything about the day has been saved. */
const UNANSWERED_LOG_STATES: readonly unknown[] = ['offDay', 'pickChild', 'nickname', 'attendance'];
const isUnansweredLog = (s: Pick<SessionRow, 'flowId' | 'snapshot'>) => s.flowId === 'daily-log' && UNANSWERED_LOG_STATES.includes(s.snapshot?.value);

/**
 * Nothing is under way that a check-in would interrupt: no flow, the menu, or a daily log whose
 * first question is still unanswered (yesterday's ignored prompt gives way to today's).
 */
export function isIdle(s: Pick<SessionRow, 'flowId' | 'snapshot'>): boolean {
  return !s.flowId || s.flowId === 'home' || isUnansweredLog(s);
}

/**
 * Drop an unanswered check-in question (after "skip today", "snooze", "stop"); a conversation the
 * log was started over comes back, for the caller's `reask`.
 */
function dropIdleLog(ctx: RunContext): void {
  if (isUnansweredLog(ctx.session)) leaveFlow(ctx);
}

/** Nicknames of the parent's children already logged on `date`. */
function loggedOn(ctx: RunContext, cases: CaseRow[], date: string): string[] {
  const ids = new Set(ctx.store.logs.casesLoggedOn(ctx.session.userId, date));
  return cases.filter((c) => ids.has(c.id)).map((c) => c.nickname);
}

/**
 * Starts the daily log for `date`. `checkOffDay`: the parent only said "log", "log today" or
 * "log yesterday": when that day is not one of their school days (Monday to Friday unless their check-in
 * says otherwise), the flow first offers the last school day instead, so a weekend tap does not
 * record a "didn't go in" that never was a school day.
 */
export function startDailyLog(ctx: RunContext, date: string, prompted: boolean, checkOffDay = false, more: Record<string, unknown> = {}): void {
  const userId = ctx.session.userId;
  const cases = ctx.store.listCases(userId);
  const settings = ctx.store.logs.getCheckin(userId);
  const schoolDays = schoolWeek(settings?.zone, settings?.days).days;
  const dayOf = familyDayLabel(ctx);
  let offDay: Record<string, unknown> = {};
  if (checkOffDay && !schoolDays.includes(weekdayOf(date))) {
    let school = addDays(date, -1);
    while (!schoolDays.includes(weekdayOf(school))) school = addDays(school, -1);
    offDay = { offDay: true, schoolDate: school, schoolDay: dayOf(school), schoolLogged: loggedOn(ctx, cases, school) };
  }
  startFlow(ctx, 'daily-log', {
    date,
    day: dayOf(date),
    isToday: date === todayOf(ctx),
    prompted,
    logged: loggedOn(ctx, cases, date),
    // The check-in tip once, after the first day logged: repeated after every day, it nags.
    tip: !settings?.enabled && cases.every((c) => ctx.store.logs.loggedDates(userId, c.id).length === 0),
    // "half day" typed at "how long?" is half of it.
    schoolDayHours: ctx.store.logs.schoolDayHours(userId),
    ...offDay,
    // A day told at the menu, its offer left unanswered: not dropped with it (told-waiting.ts).
    ...toldWaiting(ctx, date, (d) => loggedOn(ctx, cases, d)),
    ...more,
  });
}

/** `log`, `log yesterday`, `log monday`, `log 20 Nov`, `log 2026-11-20`. */
export const log: ChatCommand = (args, ctx) => {
  const words = args
    .trim()
    .replace(/^\/?log\b/i, '')
    .replace(/^\s*(it\s+)?(for|on)\s+/i, '')
    .trim();
  // A plain "log" before 4 am is the day just ended, said so ("log today" is still today).
  const smallHours = words === '' && DateTime.fromJSDate(ctx.now, { zone: ctx.zone }).hour < SMALL_HOURS_END;
  const r = parseLogDate(smallHours ? 'yesterday' : words || 'today', todayOf(ctx));
  if (smallHours && 'date' in r) say(ctx, 'daily-log.small-hours', { day: familyDayLabel(ctx)(r.date) });
  if ('error' in r) {
    say(ctx, r.error === 'future' ? 'daily-log.future-date' : 'daily-log.bad-date');
    reask(ctx);
    return;
  }
  // "yesterday" on a Sunday is a Saturday the parent may not have thought of; a day named outright is theirs to choose.
  startDailyLog(ctx, r.date, false, words === '' || /^(?:today|yesterday)$/i.test(words));
};

/**
 * The scheduled prompt (args: the local date it is for). Starts today's log, unless the parent
 * is in the middle of something else: then a one-line nudge, and their conversation is untouched.
 */
export const checkinPrompt: ChatCommand = (args, ctx) => {
  const date = isIsoDate(args.trim()) ? args.trim() : todayOf(ctx);
  if (!isIdle(ctx.session)) {
    say(ctx, 'checkin.nudge-log');
    return;
  }
  const resumes = nextCheckinAfterBreak(date, ctx.store.logs.getCheckin(ctx.session.userId)?.days ?? []);
  if (resumes) say(ctx, 'checkin.break-ahead', { day: familyDayLabel(ctx)(resumes) });
  startDailyLog(ctx, date, true);
};

/**
 * `checkin …`: set up ("remind me at 7:30 on school days"), status, stop, skip today, snooze,
 * pause until a date, resume, and the school-day length ("school day is 6 hours").
 */
export const checkin: ChatCommand = (args, ctx) => {
  const text = args.trim();
  const lower = text.toLowerCase();
  const userId = ctx.session.userId;
  const logs = ctx.store.logs;
  const at = ctx.now.toISOString();
  const settings = logs.getCheckin(userId);
  const active = Boolean(settings?.enabled && settings.time && settings.zone);
  const zone = settings?.zone ?? null;
  const today = localDate(ctx.now, zone);
  const notSet = () => {
    say(ctx, 'checkin.not-set');
    reask(ctx);
  };

  if (/\b(stop|turn off|switch off|cancel|no more|unsubscribe)\b/.test(lower)) {
    if (settings) logs.updateCheckin(userId, { enabled: false, snoozeDate: null, snoozeUntil: null }, at);
    dropIdleLog(ctx);
    say(ctx, 'checkin.stopped');
    reask(ctx);
    return;
  }
  if (/\bskip\b/.test(lower)) {
    if (!active) return notSet();
    logs.updateCheckin(userId, { skipDate: today, snoozeDate: null, snoozeUntil: null }, at);
    dropIdleLog(ctx);
    say(ctx, 'checkin.skipped');
    reask(ctx);
    return;
  }
  if (/\b(snooze|later)\b/.test(lower) && !findTime(lower)) {
    if (!active || !zone) return notSet();
    const until = new Date(ctx.now.getTime() + SNOOZE_MINUTES * 60_000);
    dropIdleLog(ctx);
    if (localDate(until, zone) !== today) {
      logs.updateCheckin(userId, { skipDate: today, snoozeDate: null, snoozeUntil: null }, at);
      say(ctx, 'checkin.snooze-too-late');
    } else {
      logs.updateCheckin(userId, { snoozeDate: today, snoozeUntil: until.toISOString() }, at);
      say(ctx, 'checkin.snoozed', { time: localTimeOf(until, zone).replace(/^0/, '') });
    }
    reask(ctx);
    return;
  }
  if (/\b(resume|unpause|back on|start again|turn on)\b/.test(lower) && !findTime(lower)) {
    if (!settings?.time || !settings.zone) return notSet();
    const saved = logs.updateCheckin(userId, { enabled: true, pauseUntil: null, activeFrom: at }, at);
    say(ctx, 'checkin.resumed', checkinVars(ctx.content, saved));
    reask(ctx);
    return;
  }
  if (/\bpause\b/.test(lower)) {
    if (!active) return notSet();
    // "until 5 Jan", or a length: "for 2 weeks", "for a week" (W15-8); a "please" after it is no part of the day.
    const m = /\b(?:until|till|til|to)\s+(.+)$/i.exec(text) ?? /\bfor\s+(.+)$/i.exec(text);
    const until = m ? parseDateAhead((m[1] as string).replace(/[\s,]+(?:please|thanks?(?: you)?|thx)\W*$/i, ''), today) : null;
    if (!until) {
      say(ctx, 'checkin.pause-needs-date');
      reask(ctx);
      return;
    }
    logs.updateCheckin(userId, { pauseUntil: until, snoozeDate: null, snoozeUntil: null }, at);
    dropIdleLog(ctx);
    // The day they start again: the first of the parent's days on or after it.
    say(ctx, 'checkin.paused', { day: familyDayLabel(ctx)(firstCheckinFrom(until, settings?.days ?? [])) });
    reask(ctx);
    return;
  }
  const dayLength = /\bschool ?day\b[^0-9]*(\d{1,2}(?:\.\d+)?)\s*(?:h|hrs?|hours?)?\b/.exec(lower);
  if (dayLength && !findTime(lower)) {
    const hours = Number(dayLength[1]);
    if (hours > 0 && hours <= 12) {
      logs.updateCheckin(userId, { schoolDayHours: hours }, at);
      say(ctx, 'checkin.school-day-set', { hours: String(hours) });
      reask(ctx);
      return;
    }
  }
  if (text === '' || /^(status|settings|show|show settings)$/.test(lower)) {
    if (active && settings) {
      const paused = settings.pauseUntil && settings.pauseUntil > today ? ctx.content.render('checkin.status-paused', { day: familyDayLabel(ctx)(settings.pauseUntil) }) : '';
      say(ctx, 'checkin.status', { ...checkinVars(ctx.content, settings), paused });
      reask(ctx);
      return;
    }
    if (text !== '') {
      say(ctx, 'checkin.status-off');
      reask(ctx);
      return;
    }
  }
  // Setting (or changing) the check-in: ask only for what the words did not say.
  const req = parseReminderRequest(text);
  startFlow(ctx, 'checkin', {
    time: req.time ?? '',
    days: (req.days ?? settings?.days ?? SCHOOL_DAYS).join(','),
    zone: req.zone ?? zone ?? '',
    // No child yet: asked for once it is saved (W15-10).
    noChild: ctx.store.listCases(userId).length === 0,
  });
};

interface Scope {
  child: CaseRow | undefined;
  from: string | undefined;
  to: string | undefined;
  /** The words name someone who is no child of theirs: asked which child, nothing shown. */
  noSuchChild?: boolean;
}

/** No child by the name typed: which of theirs, by name, and the command again. */
function askWhichChild(ctx: RunContext, command: 'summary' | 'chart'): void {
  const names = ctx.store.listCases(ctx.session.userId).map((c) => c.nickname);
  say(ctx, `${command}.which-child`, { children: names.join(', ') });
  reask(ctx);
}

/** Which child and which days a summary or chart is about: named in the words, or the obvious one. */
function scopeOf(ctx: RunContext, args: string): Scope {
  const userId = ctx.session.userId;
  const cases = ctx.store.listCases(userId);
  const lower = ` ${args.toLowerCase()} `;
  // A name that is no child's never falls back to another child's days (review12, 4).
  if (cases.length > 0 && namesNoChild(cases, args)) return { child: undefined, from: undefined, to: undefined, noSuchChild: true };
  let child = childrenNamedIn(cases, args)[0];
  if (!child && cases.length > 1) {
    // The child most recently logged, else the one in the current conversation, else the first.
    const entries = ctx.store.logs.listEntries(userId);
    const last = entries[entries.length - 1];
    child = cases.find((c) => c.id === last?.caseId) ?? cases.find((c) => c.id === ctx.session.caseId);
  }
  child ??= cases[0];
  const today = todayOf(ctx);
  let from: string | undefined;
  let to: string | undefined;
  const last = /\blast (\d{1,3}) (day|days|week|weeks)\b/.exec(lower);
  const fromTo = /\bfrom (.+?) to (.+?)\s*$/.exec(lower.trim());
  const since = /\bsince (.+?)\s*$/.exec(lower.trim());
  if (last) {
    const n = Number(last[1]) * ((last[2] as string).startsWith('week') ? 7 : 1);
    from = addDays(today, -(n - 1));
    to = today;
  } else if (fromTo) {
    const a = parseLogDate(fromTo[1] as string, today);
    const b = parseLogDate(fromTo[2] as string, today);
    if ('date' in a) from = a.date;
    if ('date' in b) to = b.date;
  } else if (since) {
    const a = parseLogDate(since[1] as string, today);
    if ('date' in a) {
      from = a.date;
      to = today;
    }
  }
  return { child, from, to };
}

/** `summary [nickname] [last 2 weeks | since DATE | from DATE to DATE]`. */
export const summary: ChatCommand = (args, ctx) => {
  const { child, from, to, noSuchChild } = scopeOf(ctx, args);
  if (noSuchChild) return askWhichChild(ctx, 'summary');
  if (!child) {
    say(ctx, 'summary.no-child');
    reask(ctx);
    return;
  }
  const s = summarizeFor(ctx.store.logs, ctx.session.userId, { caseId: child.id, from, to });
  // Said by its own key, not inside `summary.text`: its words for a shared channel come with it (review8, 7).
  if (emptySummary(s)) say(ctx, 'summary.empty');
  else say(ctx, 'summary.text', { text: describeSummary(ctx.content, s, child.nickname) });
  if (s.days_logged > 0) say(ctx, 'summary.chart-hint');
  reask(ctx);
};

/** `chart [nickname] [range]`: the attendance chart as an image. */
export const chart: ChatCommand = (args, ctx) => {
  const { child, from, to, noSuchChild } = scopeOf(ctx, args);
  if (noSuchChild) return askWhichChild(ctx, 'chart');
  const userId = ctx.session.userId;
  if (!child) {
    say(ctx, 'summary.no-child');
    reask(ctx);
    return;
  }
  const entries = ctx.store.logs.listEntries(userId, { caseId: child.id, from, to });
  if (entries.length === 0) {
    say(ctx, 'chart.empty', { nickname: child.nickname });
    reask(ctx);
    return;
  }
  const first = from ?? (entries[0]?.date as string);
  const lastDay = to ?? (entries[entries.length - 1]?.date as string);
  const png = renderAttendanceChart({ entries, nickname: child.nickname, from: first, to: lastDay, schoolDayHours: ctx.store.logs.schoolDayHours(userId), content: ctx.content });
  if (!png) {
    say(ctx, 'chart.empty', { nickname: child.nickname });
    reask(ctx);
    return;
  }
  const range = rangeLabel(first, lastDay);
  say(ctx, 'chart.sent', { nickname: child.nickname, range });
  ctx.replies.push({
    type: 'image',
    key: 'daily-log.chart',
    filename: `attendance-${first}-to-${lastDay}.png`,
    alt: ctx.content.render('chart.alt', { nickname: child.nickname, range }),
    data: png,
    caseId: child.id,
  });
  reask(ctx);
};
