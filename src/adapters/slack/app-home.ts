/**
 * The App Home tab: the parent's own case at a glance (the case file's `summarizeCase`), as Block
 * Kit. Slack shows a published Home view only to the user it was published for (`views.publish`
 * with their user_id).
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { HomeSummary } from '../../features/case-file/case-at-a-glance.js';
import { noteLine } from '../../features/case-file/timeline.js';
import { titledNote } from '../../features/case-file/case-timeline.js';
import type { Category } from '../../core/types.js';
import { clip, escapeMrkdwn, SECTION_MAX } from './to-blocks.js';
import type { SlackBlock } from './to-turn.js';
import type { Words } from './words.js';

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
