/**
 * The evidence packet's contents, gathered once and rendered as PDF, Markdown, CSV or JSON:
 * the timeline, requests still waiting for a reply, the letters drafted, and for each child with
 * a daily log its summary and attendance chart.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { CaseRow, NoteRow, Store } from '../../core/ports.js';
import { renderAttendanceChart } from '../daily-log/chart.js';
import type { LogEntry } from '../daily-log/model.js';
import { summarizeFor, type LogSummary } from '../daily-log/summary.js';
import { caseTimeline } from './case-timeline.js';
import { letterOf, localToday, schoolWeekFor } from './follow-ups.js';
import { logEvidence } from './letter-from-notes.js';
import type { FollowupRow } from './requests-port.js';

export interface ChildLog {
  caseId: number;
  nickname: string;
  entries: LogEntry[];
  summary: LogSummary;
  /** The summary in words (the same sentence letters use). */
  evidence: string;
  /** The attendance chart (PNG), when asked for and there is something to draw. */
  chartPng: Uint8Array | null;
}

export interface PacketLetter {
  date: string;
  template: string | null;
  title: string;
  body: string;
}

export interface CaseFile {
  userId: string;
  generatedAt: string;
  /** Today in the parent's zone. */
  today: string;
  children: CaseRow[];
  notes: NoteRow[];
  /** The case as dated lines, grouped by child ('' when empty). */
  timeline: string;
  followups: FollowupRow[];
  openRequests: FollowupRow[];
  letters: PacketLetter[];
  logs: ChildLog[];
}

export interface GatherOptions {
  /** Render attendance charts (default true). */
  charts?: boolean;
}

export function gatherCaseFile(store: Store, content: ContentCatalog, userId: string, now: Date, opts: GatherOptions = {}): CaseFile {
  const children = store.listCases(userId);
  const notes = store.listNotes(userId);
  const followups = store.requests.listFollowups(userId);
  const letters: PacketLetter[] = notes
    .filter((n) => n.kind === 'draft')
    .map((n) => {
      const template = letterOf(n);
      return { date: n.at.slice(0, 10), template, title: (template && content.letter(template)?.title) || content.render('notes.kind.draft'), body: n.text };
    });
  const hours = store.logs.schoolDayHours(userId);
  const logs: ChildLog[] = [];
  for (const c of children) {
    const entries = store.logs.listEntries(userId, { caseId: c.id });
    if (entries.length === 0) continue;
    const summary = summarizeFor(store.logs, userId, { caseId: c.id });
    const chartPng =
      opts.charts === false
        ? null
        : renderAttendanceChart({ entries, nickname: c.nickname, from: summary.from ?? undefined, to: summary.to ?? undefined, schoolDayHours: hours, content });
    logs.push({ caseId: c.id, nickname: c.nickname, entries, summary, evidence: logEvidence(store, content, userId, c.id, c.nickname) ?? '', chartPng });
  }
  return {
    userId,
    generatedAt: now.toISOString(),
    today: localToday(now, schoolWeekFor(store, userId)),
    children,
    notes,
    timeline: caseTimeline(store, content, userId, { letterTitles: true }),
    followups,
    openRequests: followups.filter((f) => f.status === 'open'),
    letters,
    logs,
  };
}

/** Nothing at all to put in a packet. */
export function isEmptyCaseFile(cf: CaseFile): boolean {
  return cf.notes.length === 0 && cf.followups.length === 0 && cf.logs.length === 0;
}

/** The packet's title: the child's name when there is one child. */
export function packetTitle(content: ContentCatalog, cf: CaseFile): string {
  const only = cf.children.length === 1 ? cf.children[0] : undefined;
  return only ? content.render('case-file.packet.title-child', { nickname: only.nickname }) : content.render('case-file.packet.title');
}

export function openRequestLine(content: ContentCatalog, f: FollowupRow): string {
  return content.render('case-file.packet.open-request-line', { about: f.about, sent_on: f.sentOn, due_on: f.dueOn, days: String(f.schoolDays) });
}
