/**
 * The App Home tab: the parent's case at a glance (core's `CaseGlance`, in words), laid out as
 * Block Kit. Slack shows a published Home view only to the user it was published for
 * (`views.publish` with their user_id).
 */
import { clip } from '../../core/fit-text.js';
import type { CaseGlance } from '../../core/ports.js';
import { escapeMrkdwn, SECTION_MAX } from './to-blocks.js';
import type { SlackBlock } from './to-turn.js';
import type { Words } from './words.js';

const section = (lines: string[]): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(lines.map(escapeMrkdwn).join('\n'), SECTION_MAX) } });
const bold = (line: string) => `*${line}*`;
const heading = (text: string): SlackBlock => ({ type: 'header', text: { type: 'plain_text', text: clip(text, 150), emoji: true } });

export function homeView(v: CaseGlance, words: Words): { type: 'home'; blocks: SlackBlock[] } {
  const blocks: SlackBlock[] = [heading(words('slack.home.title')), { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(words('slack.home.private')) }] }];
  if (v.empty) return { type: 'home', blocks: [...blocks, section([words('slack.home.empty')])] };
  const none = words('slack.home.none');
  blocks.push({ type: 'divider' }, heading(words('slack.home.open-kinds')));
  for (const c of v.children) blocks.push(section([bold(c.nickname), ...(c.kinds.length ? c.kinds.map((k) => `• ${k}`) : [none])]));
  blocks.push({ type: 'divider' }, heading(words('slack.home.latest')), section(v.latest.length ? v.latest : [none]));
  blocks.push({ type: 'divider' }, heading(words('slack.home.due')));
  blocks.push(section(v.due.length ? v.due.map((d) => `• ${bold(d.date)}: ${d.text}`) : [words('slack.home.nothing-due')]));
  return { type: 'home', blocks };
}
