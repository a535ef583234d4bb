/**
 * Requests sent and replies received: the `request_sent` / `response` notes and the follow-up
 * row that makes the scheduler remind the parent after N school days without an answer.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import { firstRealZone } from '../../core/parent-day.js';
import { dayIn } from '../../core/zones.js';
import type { NoteRow, Store } from '../../core/ports.js';
import type { FollowupRow } from './requests-port.js';
import { followupDue } from './school-days.js';
import { schoolWeek, type SchoolWeek } from '../daily-log/school-week.js';

/**
 * The parent's school week: their check-in days (else Mon–Fri), in their zone: the check-in's,
 * else the one their channel gave (src/core/parent-day.ts), else UTC.
 */
export function schoolWeekFor(store: Pick<Store, 'logs' | 'channelZone'>, userId: string): SchoolWeek {
  const checkin = store.logs.getCheckin(userId);
  return schoolWeek(firstRealZone(checkin?.zone, store.channelZone(userId)), checkin?.days);
}

/** Today's date in the parent's zone. */
export function localToday(now: Date, week: SchoolWeek): string {
  return dayIn(now, week.zone);
}

/** The letter template a draft note was made from (`letter.<id>` topics). */
export function letterOf(note: NoteRow): string | null {
  return note.kind === 'draft' && note.topic.startsWith('letter.') ? note.topic.slice('letter.'.length) : null;
}

/** The most recent drafted letter not yet followed by a "sent", if any. */
export function latestUnsentDraft(notes: readonly NoteRow[]): NoteRow | undefined {
  for (let i = notes.length - 1; i >= 0; i--) {
    const n = notes[i] as NoteRow;
    if (n.kind === 'request_sent') return undefined;
    if (n.kind === 'draft') return n;
  }
  return undefined;
}

/**
 * Whether "I've sent it" has a letter to speak of: a drafted letter not yet said to be sent (the
 * one just shown, or the child's latest kept draft with no "sent" after it), or one said sent
 * today (said again, it is noted already).
 */
export function letterWaitsToGo(store: Store, at: { userId: string; caseId: number | null; day: string }): boolean {
  const { userId, caseId } = at;
  if (store.hasUnkeptDraft(userId)) return true;
  if (store.requests.listFollowups(userId, { status: 'open' }).some((f) => f.sentOn === at.day && (caseId === null || f.caseId === caseId))) return true;
  // This child's kept letter not yet sent, or a brother's or sister's (review10 3): `sent` says whose it took.
  return caseId === null ? latestUnsentDraft(store.listNotes(userId)) !== undefined : childrenWithUnsentLetters(store, userId).length > 0;
}

/** The children whose latest kept letter has not been said to be sent (their case ids, in case order). */
export function childrenWithUnsentLetters(store: Pick<Store, 'listCases' | 'listNotes'>, userId: string): number[] {
  return store
    .listCases(userId)
    .map((c) => c.id)
    .filter((caseId) => latestUnsentDraft(store.listNotes(userId, { caseId })) !== undefined);
}

export interface SentInput {
  userId: string;
  /** The child the conversation is about (the draft's own case wins). */
  caseId: number | null;
  at: Date;
  /** The parent's own words for what they sent, if they gave any. */
  about?: string | undefined;
  /** Only this child's unsent letter is the one sent (the parent said whose, or it was the family's only one). */
  draftOf?: number | undefined;
}

export interface SentResult {
  followup: FollowupRow;
  noteId: number;
  about: string;
  days: number;
  /** Said again the same day with nothing new (no draft, no words): the open follow-up already noted. */
  already?: true;
}

/** Records that a request went out, and when to follow up if nobody answers. */
export function recordSent(store: Store, content: ContentCatalog, input: SentInput): SentResult {
  const { userId, at } = input;
  // A letter sent is a letter kept: the one just drafted goes into the notes first.
  store.keepDraft(userId);
  const draft = latestUnsentDraft(store.listNotes(userId, input.draftOf === undefined ? {} : { caseId: input.draftOf }));
  const letter = draft ? letterOf(draft) : null;
  const title = letter ? content.letter(letter)?.title : undefined;
  const about =
    input.about?.trim() ||
    (title ? content.render('case-file.sent.letter-about', { title }) : content.render('case-file.sent.generic-about'));
  const caseId = draft?.caseId ?? input.caseId;
  const days = store.requests.followupDays(userId);
  const week = schoolWeekFor(store, userId);
  const due = followupDue(at, days, week);
  const iso = at.toISOString();

  // "I've sent it" again the same day, no new letter and no words of what: the same request, not a second one.
  if (!draft && !input.about?.trim()) {
    const same = store.requests.listFollowups(userId, { status: 'open' }).find((f) => f.sentOn === due.sentOn && f.caseId === caseId && f.requestNoteId !== null);
    if (same?.requestNoteId) return { followup: same, noteId: same.requestNoteId, about: same.about, days: same.schoolDays, already: true };
  }

  // A follow-up letter answers the earlier silence: that request is followed up, not forgotten.
  if (letter === 'follow-up') for (const id of followedUpBy(store, userId, caseId, due.sentOn)) store.requests.closeFollowups(userId, 'followed_up', iso, { id });

  const noteId = store.addNote({
    userId,
    caseId,
    kind: 'request_sent',
    topic: letter ? `sent.letter.${letter}` : 'sent.request',
    text: about,
    due: due.dueOn,
    at: iso,
    // The day it went, where the parent is (the school week's zone).
    day: due.sentOn,
  });
  const followup = store.requests.openFollowup({
    userId,
    caseId,
    requestNoteId: noteId,
    letter,
    about,
    sentAt: iso,
    sentOn: due.sentOn,
    schoolDays: days,
    dueOn: due.dueOn,
    dueAt: due.dueAt.toISOString(),
    timeZone: week.zone,
  });
  return { followup, noteId, about, days };
}

/** Records the school's reply (the parent's words, or that it came) and stops the reminders. */
export function recordReply(store: Store, input: { userId: string; caseId: number | null; at: Date; day: string; text: string }): { noteId: number; closed: number } {
  const iso = input.at.toISOString();
  const noteId = store.addNote({ userId: input.userId, caseId: input.caseId, kind: 'response', topic: 'case-file.response', text: input.text, at: iso, day: input.day });
  const closed = store.requests.closeFollowups(input.userId, 'answered', iso, { caseId: input.caseId });
  return { noteId, closed };
}

/**
 * The letters a follow-up letter follows up: this child's open ones whose reply is overdue (due
 * on or before the day it goes), else, sent early, the oldest open one; never a letter whose
 * reply is still to come while another is overdue (it keeps its own reminder).
 */
function followedUpBy(store: Store, userId: string, caseId: number | null, sentOn: string): number[] {
  const open = store.requests.listFollowups(userId, { status: 'open' }).filter((f) => f.caseId === caseId || f.caseId === null);
  const overdue = open.filter((f) => f.dueOn <= sentOn);
  return (overdue.length > 0 ? overdue : open.slice(0, 1)).map((f) => f.id);
}

