/**
 * The case, chronologically: notes, plus each request still waiting for a reply (on the day its
 * follow-up is due) and each child's daily-log summary. Shared by `notes` (chat and CLI) and
 * the evidence packet.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow, Store } from '../../core/ports.js';
import { formatTimeline, type TimelineExtras, type TimelineLogSummary } from './timeline.js';
import { letterOf } from './follow-ups.js';
import { logEvidence } from './log-evidence.js';
import { withSaidOnDays } from './said-on-day.js';
import { readableDate } from '../daily-log/dates.js';
import { familyMonthFirst } from '../advice/profile.js';

export function caseTimelineExtras(store: Store, content: ContentCatalog, userId: string): TimelineExtras {
  const cases = store.listCases(userId);
  const nickname = (caseId: number | null) => cases.find((c) => c.id === caseId)?.nickname ?? null;
  const followups = store.requests.listFollowups(userId, { status: 'open' }).map((f) => ({
    nickname: nickname(f.caseId),
    about: f.about,
    sentOn: f.sentOn,
    dueOn: f.dueOn,
    dueAt: f.dueAt,
  }));
  const logSummaries: TimelineLogSummary[] = [];
  for (const c of cases) {
    const dates = store.logs.loggedDates(userId, c.id);
    const last = dates[dates.length - 1];
    if (!last) continue;
    const text = logEvidence(store, content, userId, c.id, c.nickname);
    if (text) logSummaries.push({ nickname: c.nickname, to: last, text });
  }
  return { followups, logSummaries };
}

/** A drafted letter's note shown by its title (for lists; the letter is printed in full elsewhere). */
export function titledNote(content: ContentCatalog, n: NoteRow): NoteRow {
  const template = letterOf(n);
  const title = template ? content.letter(template)?.title : undefined;
  return title ? { ...n, text: title } : n;
}

export interface CaseTimelineOptions {
  maxText?: number;
  /** Show a drafted letter by its title (the evidence packet prints the letters in full elsewhere). */
  letterTitles?: boolean;
  /** The parent's notes, when the caller has already read them. */
  notes?: NoteRow[];
  /** Topics of notes that are settings, not events (the features' `settingTopics`). */
  settingTopics?: ReadonlySet<string>;
}

/** The whole case as text ('' when there is nothing yet). */
export function caseTimeline(store: Store, content: ContentCatalog, userId: string, opts: CaseTimelineOptions = {}): string {
  const maxText = opts.maxText ?? 100_000;
  const notes = withSaidOnDays(store, userId, opts.notes ?? store.listNotes(userId)).map((n) => (opts.letterTitles ? titledNote(content, n) : n));
  const extras = caseTimelineExtras(store, content, userId);
  if (notes.length === 0 && !extras.followups?.length && !extras.logSummaries?.length) return '';
  return formatTimeline(content, notes, { maxText, extras, ...(opts.settingTopics ? { settingTopics: opts.settingTopics } : {}) });
}

/**
 * The parent's notes as one readable text (chat `notes` and the CLI): the timeline, with each
 * drafted letter shown there by its title and printed in full, line breaks kept, under it.
 */
export function caseNotes(store: Store, content: ContentCatalog, userId: string, opts: Pick<CaseTimelineOptions, 'notes' | 'settingTopics'> = {}): string {
  const notes = opts.notes ?? store.listNotes(userId);
  const timeline = caseTimeline(store, content, userId, { ...opts, letterTitles: true, notes });
  const letters = notes.filter((n) => n.kind === 'draft');
  if (!timeline || letters.length === 0) return timeline;
  const out = [timeline, '', content.render('case-file.packet.letters')];
  // In a family of several, each letter says whose it is (the ninth walk's N-L8).
  const cases = store.listCases(userId);
  const childOf = (n: NoteRow) => (cases.length > 1 ? (cases.find((c) => c.id === n.caseId)?.nickname ?? '') : '');
  const monthFirst = familyMonthFirst(notes);
  for (const n of letters) {
    const titled = titledNote(content, n);
    const title = titled === n ? content.render('notes.kind.draft') : titled.text;
    const child = childOf(n);
    const vars = { date: readableDate(n.day, monthFirst), title, ...(child ? { child } : {}) };
    out.push('', content.render(child ? 'case-file.packet.letter-heading-child' : 'case-file.packet.letter-heading', vars), '', n.text.trimEnd());
  }
  return out.join('\n');
}
