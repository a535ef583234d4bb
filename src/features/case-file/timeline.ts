/** A parent's notes as a readable, dated timeline (chat, CLI and exports share it). */
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow } from '../../core/ports.js';
import { ISO_DATE, readableDate } from '../daily-log/dates.js';
import { isSchoolsOwnWords, schoolAnswerOf, statedReasonKey } from '../advice/letter-facts.js';
import { familyMonthFirst } from '../advice/profile.js';
import { speaksOfThemselves } from '../advice/whose-voice.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { settledAnswers } from './settled-answers.js';
import { schoolWordsForRecord, withoutChatAside } from './record-words.js';
import { onlyOurQuestion, topicLabelKey, voiced } from './timeline-labels.js';
import { withNamesCased } from '../advice/person-names.js';
import { tidyTyping } from '../../../flows/advice/letter-casing.js';

/** Who said it, for the record: a titled name and the typing as the letters write them ("his case manager, Ms Rodriguez"); the notes keep the typing. */
const namesAsLetters = (who: string): string => tidyTyping(withNamesCased(who), '');

/** A request still waiting for a reply, shown on the day its follow-up is due. */
export interface TimelineFollowup {
  nickname: string | null;
  about: string;
  sentOn: string;
  dueOn: string;
  dueAt: string;
}

/** A summary of a child's daily log, shown on the last day it covers. */
export interface TimelineLogSummary {
  nickname: string | null;
  to: string;
  text: string;
}

export interface TimelineExtras {
  followups?: readonly TimelineFollowup[];
  logSummaries?: readonly TimelineLogSummary[];
}

/**
 * Flows record a button answer or a standard piece of advice by its content key: show the words.
 * Only keys that need no variables; anything else is the parent's own text, shown as it is.
 */
export function readableNoteText(content: ContentCatalog, text: string): string {
  const t = text.trim();
  return content.has(t) && content.varsOf(t).length === 0 ? content.render(t) : text;
}

function clipLine(text: string, maxText: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > maxText ? `${t.slice(0, maxText - 1)}…` : t;
}

/**
 * A next step's date (the school's "by 14 January", the next meeting). A sent request's own
 * date is its follow-up, shown as a timeline item of its own while still awaited.
 */
function dateToWatch(content: ContentCatalog, n: NoteRow, monthFirst: boolean, voice: TimelineVoice): string {
  return n.kind === 'next_step' && n.due && ISO_DATE.test(n.due) ? ` ${content.render(voiced(content, voice, 'notes.due'), { due: readableDate(n.due, monthFirst) })}` : '';
}

/**
 * Whose voice the timeline speaks in: `parent` is the chat's ("You told me…"), for the parent's
 * own eyes; `record` is the evidence packet's, for a school to read ("The parent reported…"),
 * without the bot's own advice and next steps. Both write dates in the family's one style
 * ("5 November 2026", "November 5, 2026" in the US), as their letters do.
 */
export type TimelineVoice = 'parent' | 'record';

/** Note kinds a school-facing record leaves out: the bot's advice to the parent, and per-day log notes (the packet's table has the days). */
const NOT_IN_RECORD: ReadonlySet<NoteRow['kind']> = new Set(['advice', 'next_step', 'log_summary']);

/** The parent's own worries typed beside "what do I say next?" (advice's `WORRY_TOPIC`, W14-5): theirs, never in what the school reads. */
const PRIVATE_TOPICS: ReadonlySet<string> = new Set(['say-next.worry']);

/** In the record all the same: the day the school said they'd review a trial they agreed (a date in the case, not advice). */
const inRecord = (n: NoteRow): boolean => !PRIVATE_TOPICS.has(n.topic) && !onlyOurQuestion(n) && (!NOT_IN_RECORD.has(n.kind) || (n.kind === 'next_step' && n.topic === REVIEW_TOPIC));


/** One timeline entry, before it is laid out as a line (chat) or a table row (the PDF). */
export interface TimelineEntry {
  date: string;
  /** "School said (They want more data first) · Mr Brennan" */
  label: string;
  text: string;
}

function noteEntry(content: ContentCatalog, n: NoteRow, maxText: number, voice: TimelineVoice, monthFirst: boolean): TimelineEntry {
  // Triage keeps "who said it" buttons as ids ("senco"): show their label.
  const who = n.who && content.has(`triage.who.${n.who}`) ? content.render(`triage.who.${n.who}`) : n.who && voice === 'record' ? namesAsLetters(n.who) : n.who;
  // The parent's account of what the school said is theirs, not "School said" (nor "The school said" in the packet).
  const told = n.kind === 'statement' && !isSchoolsOwnWords(n.text);
  const kind = content.render(voiced(content, voice, told ? 'notes.kind.statement-told' : `notes.kind.${n.kind}`));
  const topicKey = topicLabelKey(content, n.topic, voice, n.kind);
  const date = n.saidOn && ISO_DATE.test(n.saidOn) ? n.saidOn : n.day;
  return {
    date: readableDate(date, monthFirst),
    label:
      (topicKey ? `${kind} (${content.render(topicKey)})` : kind) +
      // The catch-all kind ("Something else") says nothing about the note: left out.
      (n.category && n.category !== 'other' ? ` (${content.render(`category.${n.category}.label`)})` : '') +
      (who ? ` · ${who}` : ''),
    text: clipLine(told && voice === 'record' && speaksOfThemselves(n.text) ? toldForRecord(content, n) : recordText(content, n, told, voice), maxText) + dateToWatch(content, n, monthFirst, voice),
  };
}

/**
 * A note's words; in the record (W13-12), the school's own words without an email's headers and
 * frame, and the parent's without a chat aside at the end ("…, i told you already").
 */
function recordText(content: ContentCatalog, n: NoteRow, told: boolean, voice: TimelineVoice): string {
  const text = readableNoteText(content, n.text);
  if (voice !== 'record' || text !== n.text) return text;
  return n.kind === 'statement' && !told ? schoolWordsForRecord(text) : withoutChatAside(content, text);
}

/**
 * The parent's account in the record, for the school to read: what they were told, as a letter
 * sets it down (the school's words they quoted, else the part after "phoned me and said"), else
 * the kind of no alone (else that the account is in the parent's own notes); never the whole of an account in their own voice, which may say who they
 * are and what is private ("I'm Leo's mum, his dad is…"). The parent's own notes keep the whole.
 */
function toldForRecord(content: ContentCatalog, n: NoteRow): string {
  const { quote, account } = schoolAnswerOf(n.text, true);
  if (quote) return quote;
  if (account) return `${account.charAt(0).toUpperCase()}${account.slice(1)}.`;
  // None of their words, and no kind of no they gave: nothing is said for them (never "The answer was no.", W14-4).
  const reason = statedReasonKey(n.category);
  return content.render(reason || 'case-file.packet.account-kept');
}

function entryLine(content: ContentCatalog, e: TimelineEntry): string {
  return content.render('notes.line', { date: e.date, kind: e.label, category: '', who: '', text: e.text });
}

export function noteLine(content: ContentCatalog, n: NoteRow, maxText = 240, monthFirst = false): string {
  return entryLine(content, noteEntry(content, n, maxText, 'parent', monthFirst));
}

/**
 * Where a note goes in the timeline: on the day it is dated. A note about an earlier day (what
 * the school said last Thursday, a day's log filled in later) sits on that day, ahead of what
 * was recorded since; otherwise notes keep the order they were written in.
 */
function noteSortAt(n: NoteRow): string {
  return n.saidOn && ISO_DATE.test(n.saidOn) && n.saidOn < n.day ? `${n.saidOn}T12:00:00.000Z` : n.at;
}

interface Item {
  nickname: string;
  /** ISO instant (or date) the item sorts by. */
  sortAt: string;
  entry: TimelineEntry;
}

/** One child's part of the timeline (or the general notes, `nickname` ''). */
export interface TimelineGroup {
  nickname: string;
  header: string;
  entries: TimelineEntry[];
}

export interface TimelineOptions {
  maxText?: number;
  extras?: TimelineExtras;
  voice?: TimelineVoice;
  /**
   * Topics of answers that are settings, not events in the case (each feature declares its own:
   * `Feature.settingTopics`, e.g. the case profile, how letters are signed, the check-in time).
   * Kept as notes (the JSON export has them), never shown as lines of the timeline, where they
   * read as raw values ("{"place":"england",...}") and say nothing about the school.
   */
  settingTopics?: ReadonlySet<string>;
  /** The family's date style (month first in the US); default, from the profile among `notes`. */
  monthFirst?: boolean;
  /** What each child's heading calls them, by nickname (the packet: the name the school knows); default, the nickname. */
  names?: ReadonlyMap<string, string>;
}

/**
 * The notes that are events in the case, in their order: a note whose topic is a setting
 * (`TimelineOptions.settingTopics`) is left out. Every list of notes a parent reads takes its
 * notes from here: the timeline (chat and CLI `notes`, the packet) and a home screen's latest
 * notes (case-at-a-glance.ts).
 */
export function caseEvents(notes: readonly NoteRow[], settingTopics: ReadonlySet<string> = new Set()): NoteRow[] {
  return notes.filter((n) => !settingTopics.has(n.topic));
}

/** Words compared as the same whatever their spacing and case. */
const sameWords = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The record says a thing once: words kept with no child (a first message, before the child was
 * chosen) are left out when a child's record already holds them all (the same email, filed as
 * what the school said once the child was chosen). The parent's own notes keep both.
 */
function onceInRecord(notes: NoteRow[]): NoteRow[] {
  const filed = notes.filter((n) => n.caseId != null).map((n) => sameWords(n.text));
  return notes.filter((n) => n.caseId != null || !filed.some((t) => t.includes(sameWords(n.text))));
}

/**
 * Notes grouped by child, oldest first; with `extras`, each child's open follow-ups appear on
 * their due date and their daily-log summary on the last day it covers.
 */
export function timelineGroups(content: ContentCatalog, notes: NoteRow[], opts: TimelineOptions = {}): TimelineGroup[] {
  const maxText = opts.maxText ?? 240;
  const voice = opts.voice ?? 'parent';
  const monthFirst = opts.monthFirst ?? familyMonthFirst(notes);
  const day = (d: string) => readableDate(d, monthFirst);
  const events = caseEvents(notes, opts.settingTopics);
  // The record shows each answer as the parent last settled it (nothing they left out of a letter).
  const kept = voice === 'record' ? onceInRecord(settledAnswers(content, events).filter(inRecord)) : events;
  const items: Item[] = kept.map((n) => ({ nickname: n.nickname ?? '', sortAt: noteSortAt(n), entry: noteEntry(content, n, maxText, voice, monthFirst) }));
  for (const f of opts.extras?.followups ?? []) {
    items.push({
      nickname: f.nickname ?? '',
      sortAt: f.dueAt,
      entry: {
        date: day(f.dueOn),
        label: content.render('case-file.timeline.followup-due'),
        text: clipLine(content.render('case-file.timeline.followup-due-text', { about: f.about, sent_on: day(f.sentOn) }), maxText),
      },
    });
  }
  for (const s of opts.extras?.logSummaries ?? []) {
    items.push({ nickname: s.nickname ?? '', sortAt: `${s.to}T23:59:59.999Z`, entry: { date: day(s.to), label: content.render('notes.kind.log_summary'), text: clipLine(s.text, maxText) } });
  }
  const byChild = new Map<string, Item[]>();
  for (const it of items) byChild.set(it.nickname, [...(byChild.get(it.nickname) ?? []), it]);
  return [...byChild].map(([nickname, rows]) => ({
    nickname,
    header: nickname ? content.render('notes.header', { nickname: opts.names?.get(nickname) ?? nickname }) : content.render('notes.header-general'),
    // Stable: notes keep their stored order; extras slot in by date.
    entries: rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r.sortAt < b.r.sortAt ? -1 : a.r.sortAt > b.r.sortAt ? 1 : a.i - b.i))
      .map(({ r }) => r.entry),
  }));
}

/** Groups as text: a header per child, one line per entry. */
export function timelineText(content: ContentCatalog, groups: readonly TimelineGroup[]): string {
  return groups.flatMap((g) => [g.header, ...g.entries.map((e) => entryLine(content, e))]).join('\n');
}

/** The timeline as text: a header per child, one line per entry. */
export function formatTimeline(content: ContentCatalog, notes: NoteRow[], opts: Omit<TimelineOptions, 'voice'> = {}): string {
  return timelineText(content, timelineGroups(content, notes, { maxText: 240, ...opts }));
}
