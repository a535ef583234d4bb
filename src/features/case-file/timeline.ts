/** A parent's notes as a readable, dated timeline (chat, CLI and exports share it). */
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow } from '../../core/ports.js';
import { ISO_DATE } from '../daily-log/dates.js';

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
function dateToWatch(content: ContentCatalog, n: NoteRow): string {
  return n.kind === 'next_step' && n.due && ISO_DATE.test(n.due) ? ` ${content.render('notes.due', { due: n.due })}` : '';
}

export function noteLine(content: ContentCatalog, n: NoteRow, maxText = 240): string {
  // Triage keeps "who said it" buttons as ids ("senco"): show their label.
  const who = n.who && content.has(`triage.who.${n.who}`) ? content.render(`triage.who.${n.who}`) : n.who;
  return content.render('notes.line', {
    date: n.saidOn && ISO_DATE.test(n.saidOn) ? n.saidOn : n.at.slice(0, 10),
    kind: content.has(`notes.topic.${n.topic}`)
      ? `${content.render(`notes.kind.${n.kind}`)} (${content.render(`notes.topic.${n.topic}`)})`
      : content.render(`notes.kind.${n.kind}`),
    category: n.category ? ` (${content.render(`category.${n.category}.label`)})` : '',
    who: who ? ` · ${who}` : '',
    text: clipLine(readableNoteText(content, n.text), maxText) + dateToWatch(content, n),
  });
}

/**
 * Where a note goes in the timeline: on the day it is dated. A note about an earlier day (what
 * the school said last Thursday, a day's log filled in later) sits on that day, ahead of what
 * was recorded since; otherwise notes keep the order they were written in.
 */
function noteSortAt(n: NoteRow): string {
  return n.saidOn && ISO_DATE.test(n.saidOn) && n.saidOn < n.at.slice(0, 10) ? `${n.saidOn}T12:00:00.000Z` : n.at;
}

interface Item {
  nickname: string;
  /** ISO instant (or date) the item sorts by. */
  sortAt: string;
  line: string;
}

/**
 * Notes grouped by child, oldest first; with `extras`, each child's open follow-ups appear on
 * their due date and their daily-log summary on the last day it covers.
 */
export function formatTimeline(content: ContentCatalog, notes: NoteRow[], maxText = 240, extras: TimelineExtras = {}): string {
  const items: Item[] = notes.map((n) => ({ nickname: n.nickname ?? '', sortAt: noteSortAt(n), line: noteLine(content, n, maxText) }));
  for (const f of extras.followups ?? []) {
    items.push({
      nickname: f.nickname ?? '',
      sortAt: f.dueAt,
      line: content.render('notes.line', {
        date: f.dueOn,
        kind: content.render('case-file.timeline.followup-due'),
        category: '',
        who: '',
        text: clipLine(content.render('case-file.timeline.followup-due-text', { about: f.about, sent_on: f.sentOn }), maxText),
      }),
    });
  }
  for (const s of extras.logSummaries ?? []) {
    items.push({
      nickname: s.nickname ?? '',
      sortAt: `${s.to}T23:59:59.999Z`,
      line: content.render('notes.line', { date: s.to, kind: content.render('notes.kind.log_summary'), category: '', who: '', text: clipLine(s.text, maxText) }),
    });
  }
  const byChild = new Map<string, Item[]>();
  for (const it of items) byChild.set(it.nickname, [...(byChild.get(it.nickname) ?? []), it]);
  const parts: string[] = [];
  for (const [nickname, rows] of byChild) {
    parts.push(nickname ? content.render('notes.header', { nickname }) : content.render('notes.header-general'));
    // Stable: notes keep their stored order; extras slot in by date.
    const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.sortAt < b.r.sortAt ? -1 : a.r.sortAt > b.r.sortAt ? 1 : a.i - b.i));
    for (const { r } of sorted) parts.push(r.line);
  }
  return parts.join('\n');
}
