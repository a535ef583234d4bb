/**
 * The parent's case at a glance, for a channel's home screen (Slack's App Home): each child's
 * kinds of "no" as last stated, the latest notes, and what is due next. A read model over the
 * store's cases and notes; `today` comes from the injected clock.
 */
import type { CaseRow, NoteRow } from '../../core/ports.js';
import type { Category } from '../../core/types.js';

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
}

/** `today` is an ISO date (YYYY-MM-DD) from the injected clock. */
export function summarizeCase(cases: readonly CaseRow[], notes: readonly NoteRow[], today: string): HomeSummary {
  const summary: HomeSummary = { cases: [], latest: [], due: [] };
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
  summary.due = notes
    .filter((n) => n.due !== undefined && /^\d{4}-\d{2}-\d{2}/.test(n.due) && n.due.slice(0, 10) >= today)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))
    .slice(0, DUE);
  return summary;
}
