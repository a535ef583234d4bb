/**
 * The case file's chat commands: `letter`, `sent`, `replied`, `followup-days`, `export`,
 * `forget`, and `followup-reminder` (what the scheduler sends). Registered in
 * src/core/commands.ts; short phrases ("I've sent it", "they replied") reach them through the
 * engine's INTENTS.
 */
import { reask, startFlow, type RunContext } from '../../core/flow-runner.js';
import { textReply } from '../../core/render.js';
import { exportCaseFile, isExportFormat, isPacketFormat, type ExportFormat } from './export.js';
import { childrenWithUnsentLetters, latestUnsentDraft, localToday, recordReply, recordSent, schoolWeekFor } from './follow-ups.js';
import { lastRequest } from './letter-from-notes.js';
import { isLetterKind, LETTER_KINDS } from './letter-kinds.js';
import { ownWordsByKind } from './own-words-lines.js';
import { MAX_FOLLOWUP_DAYS, MIN_FOLLOWUP_DAYS, schoolDaysBetween, shortDate } from './school-days.js';
import { familyMonthFirstOf } from '../advice/profile.js';
import { childDates, meetingBefore } from '../advice/kept-meetings.js';
import { daysBetween } from '../daily-log/dates.js';
import { parseLogDate } from '../daily-log/parse.js';
import { trialReview } from '../../../flows/advice/trial-review.js';
import { meetingToCome } from '../../../flows/advice/meeting-day.js';

import type { CaseRow } from '../../core/ports.js';
import type { ChatCommand } from '../../core/run-context.js';

const say = (ctx: RunContext, key: string, vars: Record<string, string> = {}) => ctx.replies.push(textReply(ctx.content, key, vars, ctx.session.seq));

/** The family's date style (month first in the US), from their case profiles, as their letters and notes write dates. */
const familyDates = (ctx: RunContext): boolean => familyMonthFirstOf(ctx.store, ctx.session.userId);

/** Back to where the parent was: the pending question, or the menu. */
function carryOn(ctx: RunContext): void {
  if (!reask(ctx)) startFlow(ctx, 'home');
}

/**
 * After the draft is kept or sent: the pending question, unless it is the menu, which may still be
 * "Keep this draft?" (the parent typed "I've sent it" rather than tapping it): the plain menu then.
 */
function carryOnAfterDraft(ctx: RunContext): void {
  if (ctx.session.flowId === 'home') startFlow(ctx, 'home');
  else carryOn(ctx);
}

/** Words a parent might use for a letter, mapped to its id. */
const LETTER_ALIASES: Record<string, string> = {
  followup: 'follow-up',
  'follow-up': 'follow-up',
  chase: 'follow-up',
  recap: 'meeting-recap',
  meeting: 'meeting-recap',
  nos: 'restate-nos',
  'every-no': 'restate-nos',
  decision: 'decision-in-writing',
  pwn: 'decision-in-writing',
  data: 'data-request',
  need: 'need-request',
  resources: 'resources-request',
  precedent: 'precedent-request',
};

/** The letter kind a parent's words name ('' for none). */
function letterKindIn(args: string): string {
  const raw = args.trim().toLowerCase().replace(/\s+/g, '-');
  return LETTER_ALIASES[raw] ?? raw;
}

/**
 * `letter [kind]`: buttons to choose one, or straight to the letter named. A follow-up letter is
 * about a child whose letter waits for a reply (W12-2): the only one waiting, whichever child was
 * talked about last; with several waiting, the parent is asked which (then `letter-child`).
 */
export const letter: ChatCommand = (args, ctx) => {
  if (letterKindIn(args) === 'follow-up') {
    const cases = ctx.store.listCases(ctx.session.userId);
    const waiting = cases.length > 1 ? waitingCases(ctx, cases) : [];
    if (waiting.length > 1) {
      startFlow(ctx, 'which-child', { then: 'letter-child', args: 'follow-up', children: waiting.map((w) => w.nickname) });
      return;
    }
    if (waiting[0]) ctx.session.caseId = waiting[0].caseId;
  }
  letterForOpenCase(args, ctx);
};

/** `letter [kind]` for the open case's child (after which-child, or as `letter` decided). */
export const letterForOpenCase: ChatCommand = (args, ctx) => {
  const kind = letterKindIn(args);
  // Nothing waiting and the school has answered (their reply, or their words through "what do I
  // say next?"): a letter saying there has been no reply would not be true (W15-2).
  if (kind === 'follow-up' && answeredNothingWaiting(ctx)) {
    say(ctx, 'case-file.letter.follow-up-answered');
    carryOn(ctx);
    return;
  }
  // The lines the letter would carry in the parent's chat words (each letter's, when the parent
  // is still to choose one): the flow has them checked before drafting.
  const named = isLetterKind(kind) ? [kind] : LETTER_KINDS;
  const ownWords = ownWordsByKind(ctx.store, ctx.content, ctx.session.userId, ctx.session.caseId, ctx.now, named);
  startFlow(ctx, 'letter', kind ? { kind, ownWords } : { ownWords });
};

/** The open case's letters: none waits for a reply, and one was answered. */
function answeredNothingWaiting(ctx: RunContext): boolean {
  const mine = ctx.store.requests.listFollowups(ctx.session.userId).filter((f) => f.caseId === ctx.session.caseId);
  return mine.some((f) => f.status === 'answered') && !mine.some((f) => f.status === 'open');
}

/** `keep`: the letter just drafted goes into the notes (and the evidence packet). */
export const keep: ChatCommand = (_args, ctx) => {
  say(ctx, ctx.store.keepDraft(ctx.session.userId) ? 'case-file.keep.kept' : 'case-file.keep.nothing');
  carryOnAfterDraft(ctx);
};

/** Words for the day a letter went ("yesterday", "last night", "this morning", "on Monday"), as a day to log reads them. */
const SAME_DAY = /^(?:today|now|just now|earlier(?: today)?|this (?:morning|afternoon|evening)|tonight)$/;
const DAY_BEFORE = /^(?:last night|yesterday (?:morning|afternoon|evening))$/;

/** The instant the parent says the letter went: `now`, moved back by the days `words` name ("sent it yesterday"); undefined when they name no day. */
function sentAt(words: string, ctx: RunContext): Date | undefined {
  const t = words.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return undefined;
  const today = localToday(ctx.now, schoolWeekFor(ctx.store, ctx.session.userId));
  const day = SAME_DAY.test(t) ? { date: today } : parseLogDate(DAY_BEFORE.test(t) ? 'yesterday' : t.replace(/^on /, ''), today);
  // daysBetween counts both ends: the same day is 1.
  return 'date' in day ? new Date(ctx.now.getTime() - (daysBetween(day.date, today) - 1) * 86_400_000) : undefined;
}

/**
 * `sent [what]`: the request went out (on the day named, "sent it yesterday"); remind after N
 * school days without a reply. The letter just shown, or this child's kept one not yet sent;
 * with none for this child, a brother's or sister's (review10 3): the only one, said whose, or
 * the parent is asked which child (then `sent-child`).
 */
export const sent: ChatCommand = (args, ctx) => {
  const { userId, caseId } = ctx.session;
  const ours = ctx.store.hasUnkeptDraft(userId) || caseId === null || latestUnsentDraft(ctx.store.listNotes(userId, { caseId })) !== undefined;
  const others = ours ? [] : childrenWithUnsentLetters(ctx.store, userId);
  if (others.length > 1) {
    const cases = ctx.store.listCases(userId);
    const children = others.flatMap((id) => cases.filter((c) => c.id === id).map((c) => c.nickname));
    startFlow(ctx, 'which-child', { then: 'sent-child', ...(args ? { args } : {}), children });
    return;
  }
  recordAndSay(args, ctx, others[0]);
};

/** `sent [what]` for the open case's child's letter (after which-child). */
export const sentForOpenCase: ChatCommand = (args, ctx) => recordAndSay(args, ctx, ctx.session.caseId ?? undefined);

/** Records it (`draftOf`: that child's letter, named to the parent) and says when the reminder comes. */
function recordAndSay(args: string, ctx: RunContext, draftOf: number | undefined): void {
  const when = sentAt(args, ctx);
  const r = recordSent(ctx.store, ctx.content, { userId: ctx.session.userId, caseId: ctx.session.caseId, at: when ?? ctx.now, about: when ? undefined : args || undefined, draftOf });
  const mf = familyDates(ctx);
  const whose = draftOf === undefined ? '' : namedChild(ctx, r.followup.caseId);
  if (whose) say(ctx, 'case-file.sent.whose', { nickname: whose });
  say(ctx, r.already ? 'case-file.sent.already' : 'case-file.sent.recorded', {
    about: r.about,
    sent_on: shortDate(r.followup.sentOn, mf),
    days: String(r.days),
    due_on: shortDate(r.followup.dueOn, mf),
  });
  // A meeting kept to watch comes before the reply's day: said, so the reminder is not a surprise (W13-7).
  const first = meetingBefore(ctx.store, ctx.session.userId, r.followup.caseId, r.followup.sentOn, r.followup.dueOn);
  if (first && !r.already) say(ctx, 'case-file.sent.meeting-first', { date: shortDate(first, mf), due_on: shortDate(r.followup.dueOn, mf) });
  carryOnAfterDraft(ctx);
}

/** The children whose requests wait for a reply (each once, in the order their requests went out). */
function waitingCases(ctx: RunContext, cases: readonly CaseRow[]): { caseId: number; nickname: string }[] {
  const ids = [...new Set(ctx.store.requests.listFollowups(ctx.session.userId, { status: 'open' }).map((f) => f.caseId))];
  return ids.flatMap((id) => cases.filter((c) => c.id === id).map((c) => ({ caseId: c.id, nickname: c.nickname })));
}

/** A child's letters waiting for a reply (the follow-up flow asks which was answered when there are several). */
function lettersWaiting(ctx: RunContext, caseId: number | null): { id: number; about: string; sentOn: string }[] {
  const mf = familyDates(ctx);
  return ctx.store.requests
    .listFollowups(ctx.session.userId, { status: 'open' })
    .filter((f) => f.caseId === caseId)
    .map((f) => ({ id: f.id, about: f.about, sentOn: shortDate(f.sentOn, mf) }));
}

/** The open case's child, named when the family has more than one child ('' otherwise). */
function namedChild(ctx: RunContext, caseId: number | null): string {
  const cases = ctx.store.listCases(ctx.session.userId);
  return cases.length > 1 ? (cases.find((c) => c.id === caseId)?.nickname ?? '') : '';
}

/**
 * `replied [what they said]`: keep the answer; with no words, ask for them. The reply belongs to
 * the child whose request is waiting, not to whichever child was talked about last; with several
 * waiting, the parent says whose school it was.
 */
export const replied: ChatCommand = (args, ctx) => {
  const text = args.trim();
  const { userId, caseId: open } = ctx.session;
  const cases = ctx.store.listCases(userId);
  const waiting = waitingCases(ctx, cases);
  // Several waiting, or one that is not the child talked about last: asked, never guessed. Every
  // child is offered, those waiting first (a school may answer what was never sent from here).
  if (waiting.length > 1 || (waiting[0] && open !== null && waiting[0].caseId !== open)) {
    const others = cases.filter((c) => !waiting.some((w) => w.caseId === c.id));
    const all = [...waiting, ...others.map((c) => ({ caseId: c.id, nickname: c.nickname }))];
    // Each child's own kept dates and date order: the flow's input is the open case's (review8, 9).
    const waitingFor = all.map((w) => ({ nickname: w.nickname, request: lastRequest(ctx.store, ctx.content, userId, w.caseId), letters: lettersWaiting(ctx, w.caseId), ...childDates(ctx.store, userId, w.caseId) }));
    startFlow(ctx, 'follow-up', { mode: 'replied', reply: text, waiting: waitingFor });
    return;
  }
  if (waiting[0]) ctx.session.caseId = waiting[0].caseId;
  // Several letters waiting for this child: which one they answered is asked (the others stay watched).
  const letters = lettersWaiting(ctx, ctx.session.caseId);
  if (!text || letters.length > 1) {
    const request = lastRequest(ctx.store, ctx.content, userId, ctx.session.caseId);
    startFlow(ctx, 'follow-up', { mode: 'replied', reply: text, letters, nickname: namedChild(ctx, ctx.session.caseId), request });
    return;
  }
  recordReply(ctx.store, { userId: ctx.session.userId, caseId: ctx.session.caseId, at: ctx.now, day: ctx.day, text });
  say(ctx, 'case-file.replied.saved');
  // A reply that agrees to try something with a review, or names a meeting still to come: its day
  // offered as a date to watch (read in the family's own order: review8, 8; W13-7).
  const { dates, keptMeetings } = childDates(ctx.store, userId, ctx.session.caseId);
  const meeting = meetingToCome(text, ctx.day, dates.monthFirst);
  if (trialReview(text, ctx.day, dates) || (meeting && !keptMeetings.includes(meeting))) startFlow(ctx, 'follow-up', { mode: 'review', reply: text, today: ctx.day });
  else carryOn(ctx);
};

/** `followup-days [N]`: show or set how many school days to wait before a reminder. */
export const followupDays: ChatCommand = (args, ctx) => {
  const userId = ctx.session.userId;
  const raw = args.trim();
  if (!raw) say(ctx, 'case-file.followup-days.show', { days: String(ctx.store.requests.followupDays(userId)) });
  else {
    const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= MIN_FOLLOWUP_DAYS && n <= MAX_FOLLOWUP_DAYS) {
      ctx.store.requests.setFollowupDays(userId, n, ctx.now.toISOString());
      say(ctx, 'case-file.followup-days.set', { days: String(n) });
    } else say(ctx, 'case-file.followup-days.invalid');
  }
  carryOn(ctx);
};

/** Something is under way that a reminder should not interrupt. */
function busy(ctx: RunContext): boolean {
  const s = ctx.session;
  return s.pending !== null && s.flowId !== null && s.flowId !== 'home';
}

/**
 * `followup-reminder <id>` (from the scheduler): no reply after N school days. Says nothing if
 * the school answered meanwhile. Mid-conversation, a short reminder and back to the question.
 */
export const followupReminder: ChatCommand = (args, ctx) => {
  const id = Number(args.trim());
  const f = Number.isInteger(id) ? ctx.store.requests.getFollowup(ctx.session.userId, id) : undefined;
  if (!f || f.status !== 'open' || f.remindedAt !== null) return;
  ctx.store.requests.markReminded(f.id, ctx.now.toISOString());
  // Said late (the parent was away), it counts the school days that really passed.
  const week = schoolWeekFor(ctx.store, ctx.session.userId);
  const days = Math.max(f.schoolDays, schoolDaysBetween(f.sentOn, localToday(ctx.now, week), week.days));
  const child = namedChild(ctx, f.caseId);
  const about = child ? ctx.content.render('case-file.followup.about-child', { about: f.about, nickname: child }) : f.about;
  const vars = { days: String(days), about, sent_on: shortDate(f.sentOn, familyDates(ctx)) };
  if (busy(ctx)) {
    say(ctx, 'case-file.followup.reminder-busy', vars);
    reask(ctx);
    return;
  }
  // The follow-up letter and the reply are about the child this request was for.
  if (f.caseId !== null) ctx.session.caseId = f.caseId;
  startFlow(ctx, 'follow-up', { mode: 'reminder', followupId: f.id, nickname: child, about: vars.about, sentOn: vars.sent_on, days: vars.days, request: lastRequest(ctx.store, ctx.content, ctx.session.userId, ctx.session.caseId) });
};

/**
 * `export [pdf|md|csv|json]`: the case file as a document (PDF by default). The packet (PDF,
 * Markdown) goes to a school: in a family of several children it is one child's, asked first
 * (which-child, then `export-child`); CSV and JSON stay whole (W12-9).
 */
export const exportCommand: ChatCommand = (args, ctx) => {
  const format = args.trim().toLowerCase().replace(/^\./, '') || 'pdf';
  if (isExportFormat(format) && isPacketFormat(format) && ctx.store.listCases(ctx.session.userId).length > 1) {
    startFlow(ctx, 'which-child', { then: 'export-child', args: format });
    return;
  }
  exportForOpenCase(args, ctx);
};

/** `export` as the parent asked it: the packet the open case's child's when the family has several. */
export const exportForOpenCase: ChatCommand = (args, ctx) => {
  const format = args.trim().toLowerCase().replace(/^\./, '') || 'pdf';
  if (!isExportFormat(format)) {
    say(ctx, 'case-file.export.unknown-format');
    carryOn(ctx);
    return;
  }
  const several = ctx.store.listCases(ctx.session.userId).length > 1;
  const caseId = several && isPacketFormat(format) ? (ctx.session.caseId ?? undefined) : undefined;
  exportReplies(ctx, format, caseId);
  carryOn(ctx);
};

/** The export's files as documents, each under its line (one child's packet: `caseId`). */
export function exportReplies(ctx: RunContext, format: ExportFormat, caseId: number | undefined): void {
  const files = exportCaseFile(ctx.store, ctx.content, ctx.session.userId, ctx.now, format, { settingTopics: ctx.settingTopics, caseId });
  if (!files) say(ctx, 'case-file.export.empty');
  for (const f of files ?? []) {
    say(ctx, f.key);
    ctx.replies.push({
      type: 'document',
      key: `case-file.export.${format}`,
      title: ctx.content.render(f.titleKey ?? 'case-file.packet.title'),
      filename: f.filename,
      mime: f.mime,
      // Text formats travel as the body; the PDF as bytes (`data`), with an empty body.
      body: typeof f.data === 'string' ? f.data : '',
      ...(typeof f.data === 'string' ? {} : { data: f.data }),
      ...(caseId === undefined ? {} : { caseId }),
    });
  }
}

/** The family's children by name ("Rosie and Alfie"), when there is more than one; else ''. */
function childrenNamed(ctx: RunContext): string {
  const names = ctx.store.listCases(ctx.session.userId).map((c) => c.nickname);
  if (names.length < 2) return '';
  return ctx.content.render('case-file.forget.children', { some: names.slice(0, -1).join(', '), last: names.at(-1) ?? '' });
}

/** `forget`: ask first (buttons), then erase everything about the parent (naming the children, if several). */
export const forget: ChatCommand = (_args, ctx) => {
  startFlow(ctx, 'forget', { children: childrenNamed(ctx) });
};
