/**
 * The evidence packet's contents, gathered once and rendered as PDF, Markdown, CSV or JSON:
 * the timeline, requests still waiting for a reply, the letters kept or sent, and for each child
 * with a daily log its summary, attendance chart and days over the packet's range (by default
 * from the first day logged this school year to today). CSV and JSON carry every logged day and
 * every draft.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { CaseRow, NoteRow, Store } from '../../core/ports.js';
import { renderAttendanceChart } from '../daily-log/chart.js';
import type { LogEntry } from '../daily-log/model.js';
import { summarizeFor, type LogSummary } from '../daily-log/summary.js';
import { isIsoDate, readableDate, schoolYearStart } from '../daily-log/dates.js';
import { BLANK_PREFIX } from '../../content/catalog.js';
import { caseTimelineExtras, titledNote } from './case-timeline.js';
import { withSaidOnDays } from './said-on-day.js';
import { familyMonthFirst, letterName, profileFromNotes } from '../advice/profile.js';
import { timelineGroups, timelineText, type TimelineGroup } from './timeline.js';
import { letterOf, localToday, schoolWeekFor } from './follow-ups.js';
import { logEvidence } from './log-evidence.js';
import type { FollowupRow } from './requests-port.js';

export interface ChildLog {
  caseId: number;
  nickname: string;
  /** The child's name as the school knows it (the profile's), else the nickname: what the packet calls them. */
  name: string;
  /** Every logged day (CSV and JSON). */
  entries: LogEntry[];
  /**
   * The days this child's log covers: from the parent's --from, else from this child's own first
   * day logged (a sister logged since Tuesday is not shown weeks of "not logged" from her
   * brother's first day), to the packet's end.
   */
  range: { from: string; to: string };
  /** The days inside the child's range. */
  inRange: LogEntry[];
  /** The summary over the packet's range. */
  summary: LogSummary;
  /** The summary in words (the same sentence letters use), over the range; '' when nothing is in it. */
  evidence: string;
  /** The attendance chart (PNG) over the range, when asked for and there is something to draw. */
  chartPng: Uint8Array | null;
}

export interface PacketLetter {
  date: string;
  template: string | null;
  title: string;
  body: string;
  /** The day it went to the school (the parent said "I've sent it"), or null when only kept. */
  sentOn: string | null;
}

export interface CaseFile {
  userId: string;
  generatedAt: string;
  /** Today in the parent's zone. */
  today: string;
  /** The family's one date style (month first in the US, from the case profile), as their letters write dates. */
  monthFirst: boolean;
  children: CaseRow[];
  /** Each child's name as the school knows it (the profile's), else the nickname, by case id: the packet is for the school. */
  schoolNames: Record<number, string>;
  notes: NoteRow[];
  /** The case as dated lines, grouped by child ('' when empty), in the packet's voice. */
  timeline: string;
  /** The same, as entries for a table (the PDF). */
  timelineGroups: TimelineGroup[];
  followups: FollowupRow[];
  openRequests: FollowupRow[];
  /** Letters for the packet: each one sent, and the latest finished draft of each kind kept. */
  letters: PacketLetter[];
  /** Every draft ever made (the JSON export). */
  drafts: PacketLetter[];
  /** The daily log's range in the packet (inclusive local dates). */
  range: { from: string; to: string };
  logs: ChildLog[];
}

export interface GatherOptions {
  /** Render attendance charts (default true). */
  charts?: boolean;
  /** The daily log's range (default: from the first day logged this school year to today; see defaultFrom). */
  from?: string | undefined;
  to?: string | undefined;
  /** Topics of notes that are settings, not events (the features' `settingTopics`): not in the timeline. */
  settingTopics?: ReadonlySet<string> | undefined;
  /** One child's packet (a family of several: each school gets its own child's only): that case's notes, requests and log. */
  caseId?: number | undefined;
}

/**
 * A draft made with the notes nearly empty: at least half of its template's facts are still
 * blanks (`[ADD: …]`). Every letter keeps a blank or two (the parent's name, often the
 * recipient's), so one or two blanks do not make a draft blank. Only facts that can be blank
 * count: an optional one is left out of the letter when missing, never a blank.
 */
export function isBlankDraft(content: ContentCatalog, template: string | null, body: string): boolean {
  const blanks = body.split(BLANK_PREFIX).length - 1;
  const letter = template ? content.letter(template) : undefined;
  const optional = new Set(letter?.optional ?? []);
  const vars = Object.keys(letter?.vars ?? {}).filter((name) => !optional.has(name)).length;
  return vars > 0 ? blanks * 2 >= vars : blanks > 3;
}

/**
 * Which drafts belong in a packet for the school: every letter the parent said they sent (the
 * latest draft before each "I've sent it"), and, of the rest, the newest draft of each kind for
 * each child unless it is blank. Earlier and blank drafts stay in the notes and the JSON export.
 */
export function packetLetters(content: ContentCatalog, notes: readonly NoteRow[]): PacketLetter[] {
  const sent = new Map<number, string>();
  let pending: NoteRow | undefined;
  for (const n of notes) {
    if (n.kind === 'draft') pending = n;
    if (n.kind === 'request_sent' && pending) {
      sent.set(pending.id, n.day);
      pending = undefined;
    }
  }
  const drafts = notes.filter((n) => n.kind === 'draft');
  const newest = new Map<string, number>();
  for (const n of drafts) newest.set(`${n.caseId ?? ''}:${n.topic}`, n.id);
  return drafts.flatMap((n) => {
    const letter = draftLetter(content, n);
    const sentOn = sent.get(n.id) ?? null;
    if (sentOn) return [{ ...letter, sentOn }];
    return newest.get(`${n.caseId ?? ''}:${n.topic}`) === n.id && !isBlankDraft(content, letter.template, n.text) ? [letter] : [];
  });
}

function draftLetter(content: ContentCatalog, n: NoteRow): PacketLetter {
  const template = letterOf(n);
  return { date: n.day, template, title: (template && content.letter(template)?.title) || content.render('notes.kind.draft'), body: n.text, sentOn: null };
}

/**
 * Where the packet's daily log starts when the parent gave no date: the first day logged this
 * school year (up to `to`), else the first note of the case this school year, else the school
 * year's start. Starting at 1 September showed weeks of grey "not logged" before the first day
 * a parent logged, as if those days were missing.
 */
function defaultFrom(to: string, loggedDays: readonly string[], notes: readonly NoteRow[]): string {
  const start = schoolYearStart(to);
  const earliest = (days: readonly string[]) => days.filter((d) => d >= start && d <= to).sort()[0];
  return earliest(loggedDays) ?? earliest(notes.map((n) => n.day)) ?? start;
}

export function gatherCaseFile(store: Store, content: ContentCatalog, userId: string, now: Date, opts: GatherOptions = {}): CaseFile {
  // One child's packet holds nothing kept with no child either: it may be the sibling's.
  const mine = (caseId: number | null) => opts.caseId === undefined || caseId === opts.caseId;
  const children = store.listCases(userId).filter((c) => mine(c.id));
  const notes = store.listNotes(userId).filter((n) => mine(n.caseId));
  const followups = store.requests.listFollowups(userId).filter((f) => mine(f.caseId));
  const drafts = notes.filter((n) => n.kind === 'draft').map((n) => draftLetter(content, n));
  const letters = packetLetters(content, notes);
  const today = localToday(now, schoolWeekFor(store, userId));
  const monthFirst = familyMonthFirst(notes);
  const schoolNames = Object.fromEntries(children.map((c) => [c.id, letterName(profileFromNotes(notes, c.id), c.nickname).full]));
  const to = opts.to && isIsoDate(opts.to) ? opts.to : today;
  const logged = children.map((c) => ({ c, entries: store.logs.listEntries(userId, { caseId: c.id }) }));
  const from = opts.from && isIsoDate(opts.from) ? opts.from : defaultFrom(to, logged.flatMap((l) => l.entries.map((e) => e.date)), notes);
  const shared = { from, to };
  const hours = store.logs.schoolDayHours(userId);
  const logs: ChildLog[] = [];
  for (const { c, entries } of logged) {
    if (entries.length === 0) continue;
    const childNotes = notes.filter((n) => n.caseId === c.id);
    const name = schoolNames[c.id] ?? c.nickname;
    const range = opts.from && isIsoDate(opts.from) ? shared : { from: defaultFrom(to, entries.map((e) => e.date), childNotes), to };
    const inRange = entries.filter((e) => e.date >= range.from && e.date <= range.to);
    const summary = summarizeFor(store.logs, userId, { caseId: c.id, ...range });
    const chartPng =
      opts.charts === false || inRange.length === 0
        ? null
        : renderAttendanceChart({ entries: inRange, nickname: name, ...range, schoolDayHours: hours, content, monthFirst });
    const evidence = inRange.length ? (logEvidence(store, content, userId, c.id, name, range) ?? '') : '';
    logs.push({ caseId: c.id, nickname: c.nickname, name, range, entries, inRange, summary, evidence, chartPng });
  }
  // The timeline shows the letters the packet prints, and no per-day log notes (the table has the days).
  const inPacket = new Set(letters.map((l) => l.body));
  const timelineNotes = withSaidOnDays(store, userId, notes.filter((n) => n.kind !== 'draft' || inPacket.has(n.text))).map((n) => titledNote(content, n));
  const names = new Map(children.map((c) => [c.nickname, schoolNames[c.id] ?? c.nickname]));
  const groups = timelineGroups(content, timelineNotes, { maxText: 100_000, voice: 'record', monthFirst, names, ...(opts.settingTopics ? { settingTopics: opts.settingTopics } : {}), extras: { followups: (caseTimelineExtras(store, content, userId).followups ?? []).filter((f) => opts.caseId === undefined || f.nickname === children[0]?.nickname) } });
  return {
    userId,
    generatedAt: now.toISOString(),
    today,
    monthFirst,
    children,
    schoolNames,
    notes,
    timeline: timelineText(content, groups),
    timelineGroups: groups,
    followups,
    openRequests: followups.filter((f) => f.status === 'open'),
    letters,
    drafts,
    range: shared,
    logs,
  };
}

/** Nothing at all to put in a packet. */
export function isEmptyCaseFile(cf: CaseFile): boolean {
  return cf.notes.length === 0 && cf.followups.length === 0 && cf.logs.length === 0;
}

/** The packet's title: the child's name, as the school knows it, when there is one child. */
export function packetTitle(content: ContentCatalog, cf: CaseFile): string {
  const only = cf.children.length === 1 ? cf.children[0] : undefined;
  return only ? content.render('case-file.packet.title-child', { nickname: cf.schoolNames[only.id] ?? only.nickname }) : content.render('case-file.packet.title');
}

/** A letter still waiting for a reply, as the packet lists it; `today` (ISO) says whether its follow-up day has passed. */
export function openRequestLine(content: ContentCatalog, f: FollowupRow, monthFirst = false, today = ''): string {
  const key = today && f.dueOn < today ? 'case-file.packet.open-request-line.overdue' : 'case-file.packet.open-request-line';
  return content.render(key, { about: f.about, sent_on: readableDate(f.sentOn, monthFirst), due_on: readableDate(f.dueOn, monthFirst), days: String(f.schoolDays) });
}
