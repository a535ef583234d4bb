/**
 * The parent's case at a glance, for a channel's home screen (Slack's App Home): each child's
 * kinds of "no" as last stated, the latest notes, and what is due next. A read model over the
 * store's cases and notes; `today` comes from the injected clock. Settings (the features'
 * `settingTopics`: the case profile, the sign-off, the check-in time) are left out by the same
 * rule as the timeline's (`caseEvents`), so none shows as a raw value.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import { clip } from '../../core/fit-text.js';
import type { CaseGlance, CaseRow, NoteRow, Store } from '../../core/ports.js';
import type { Category } from '../../core/types.js';
import { titledNote } from './case-timeline.js';
import { localToday, schoolWeekFor } from './follow-ups.js';
import { caseEvents, noteLine } from './timeline.js';
import { familyMonthFirst } from '../advice/profile.js';
import { readableDate } from '../daily-log/dates.js';
import { currentSteps } from './overtaken-steps.js';
import type { FollowupRow } from './requests-port.js';

const MAX_CASES = 10;
const LATEST = 5;
const DUE = 3;

export interface OpenKind {
  category: Category;
  who?: string | undefined;
  saidOn?: string | undefined;
}
export interface HomeSummary {
  cases: { nickname: string; kinds: OpenKind[] }[];
  /** Newest first. */
  latest: NoteRow[];
  /** Soonest first; only dates from today on. */
  due: NoteRow[];
  /** The family's date style (month first in the US), as their letters and notes write dates. */
  monthFirst: boolean;
}

/**
 * `today` is an ISO date (YYYY-MM-DD) from the injected clock; notes on `settingTopics` are left
 * out; `followups` (the parent's, any status) say which letters were answered.
 */
export function summarizeCase(
  cases: readonly CaseRow[],
  allNotes: readonly NoteRow[],
  today: string,
  settingTopics?: ReadonlySet<string>,
  followups: readonly FollowupRow[] = [],
): HomeSummary {
  const notes = caseEvents(allNotes, settingTopics);
  const summary: HomeSummary = { cases: [], latest: [], due: [], monthFirst: familyMonthFirst(allNotes) };
  for (const c of cases.slice(-MAX_CASES)) {
    // Each kind of "no" the school gave for this child, as last stated.
    const kinds = new Map<Category, OpenKind>();
    for (const n of notes) {
      if (n.caseId !== c.id || n.kind !== 'statement' || !n.category) continue;
      kinds.set(n.category, { category: n.category, who: n.who, saidOn: n.saidOn });
    }
    summary.cases.push({ nickname: c.nickname, kinds: [...kinds.values()] });
  }
  summary.latest = [...notes].reverse().slice(0, LATEST);
  // As "what is due?" lists them: a next step whose letter was answered, and a reply no longer waited for, are left out.
  const current = currentSteps(notes, followups);
  summary.due = notes
    .filter((n) => n.due !== undefined && /^\d{4}-\d{2}-\d{2}/.test(n.due) && n.due.slice(0, 10) >= today && current(n))
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))
    .slice(0, DUE);
  return summary;
}

const LINE_MAX = 150;

/** The case at a glance in words, for a channel to lay out (Slack's Home tab): plain text, no markup. */
export function glanceView(summary: HomeSummary, content: ContentCatalog): CaseGlance {
  const label = (c: Category) => (content.has(`category.${c}.label`) ? content.render(`category.${c}.label`) : c);
  return {
    empty: summary.cases.length === 0 && summary.latest.length === 0,
    children: summary.cases.map((c) => ({
      nickname: c.nickname,
      kinds: c.kinds.map((k) => {
        const detail = [k.who, k.saidOn].filter((x): x is string => Boolean(x)).join(', ');
        return `${label(k.category)}${detail ? ` (${detail})` : ''}`;
      }),
    })),
    latest: summary.latest.map((n) => noteLine(content, titledNote(content, n), LINE_MAX, summary.monthFirst)),
    due: summary.due.map((n) => ({ date: readableDate((n.due ?? '').slice(0, 10), summary.monthFirst), text: clip(n.text.replace(/\s+/g, ' '), LINE_MAX) })),
  };
}

/** One parent's case at a glance from the store, as of `now` (the composition root binds the features' settings). */
export function caseAtAGlance(store: Pick<Store, 'listCases' | 'listNotes' | 'logs' | 'channelZone' | 'requests'>, content: ContentCatalog, userId: string, now: Date, settingTopics: ReadonlySet<string>): CaseGlance {
  const today = localToday(now, schoolWeekFor(store, userId));
  return glanceView(summarizeCase(store.listCases(userId), store.listNotes(userId), today, settingTopics, store.requests.listFollowups(userId)), content);
}
