/**
 * The App Home tab: the parent's own case at a glance. Slack shows a published Home view only
 * to the user it was published for (`views.publish` with their user_id).
 *
 * `summarizeCase` is a read model over the store's notes; other channels could share it
 * (a candidate for src/core).
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { CaseRow, NoteRow } from '../../core/ports.js';
import { noteLine } from '../../features/case-file/timeline.js';
import { titledNote } from '../../features/case-file/case-timeline.js';
import type { Category } from '../../core/types.js';
import { clip, escapeMrkdwn, SECTION_MAX } from './to-blocks.js';
import type { SlackBlock } from './to-turn.js';
import type { Words } from './words.js';

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

function sectionOf(lines: string[]): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(lines.join('\n'), SECTION_MAX) } };
}

const heading = (text: string): SlackBlock => ({ type: 'header', text: { type: 'plain_text', text: clip(text, 150), emoji: true } });

export function homeView(summary: HomeSummary, content: ContentCatalog, words: Words): { type: 'home'; blocks: SlackBlock[] } {
  const label = (c: Category) => (content.has(`category.${c}.label`) ? content.render(`category.${c}.label`) : c);
  const blocks: SlackBlock[] = [
    heading(words('slack.home.title')),
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(words('slack.home.private')) }] },
  ];
  if (summary.cases.length === 0 && summary.latest.length === 0) {
    blocks.push(sectionOf([escapeMrkdwn(words('slack.home.empty'))]));
    return { type: 'home', blocks };
  }

  blocks.push({ type: 'divider' }, heading(words('slack.home.open-kinds')));
  for (const c of summary.cases) {
    const lines = c.kinds.map((k) => {
      const detail = [k.who, k.saidOn].filter((x): x is string => Boolean(x)).join(', ');
      return `• ${escapeMrkdwn(label(k.category))}${detail ? ` (${escapeMrkdwn(detail)})` : ''}`;
    });
    blocks.push(sectionOf([`*${escapeMrkdwn(c.nickname)}*`, ...(lines.length ? lines : [escapeMrkdwn(words('slack.home.none'))])]));
  }

  blocks.push({ type: 'divider' }, heading(words('slack.home.latest')));
  blocks.push(sectionOf(summary.latest.length ? summary.latest.map((n) => escapeMrkdwn(noteLine(content, titledNote(content, n), 150))) : [escapeMrkdwn(words('slack.home.none'))]));

  blocks.push({ type: 'divider' }, heading(words('slack.home.due')));
  blocks.push(
    sectionOf(
      summary.due.length
        ? summary.due.map((n) => `• *${escapeMrkdwn((n.due ?? '').slice(0, 10))}*: ${escapeMrkdwn(clip(n.text.replace(/\s+/g, ' '), 150))}`)
        : [escapeMrkdwn(words('slack.home.nothing-due'))],
    ),
  );
  return { type: 'home', blocks };
}
