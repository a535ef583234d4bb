/**
 * The few words the Slack adapter itself says (around buttons, files and the App Home tab).
 * They live in content/prompts/slack.yaml like every other word, checked at start-up.
 */
import type { ContentCatalog } from '../../content/catalog.js';

export const SLACK_WORD_KEYS = [
  'slack.chosen',
  'slack.question-closed',
  'slack.answer-in-dm',
  'slack.sent-to-dm',
  'slack.long-text',
  'slack.home.title',
  'slack.home.private',
  'slack.home.empty',
  'slack.home.open-kinds',
  'slack.home.latest',
  'slack.home.due',
  'slack.home.nothing-due',
  'slack.home.none',
] as const;
export type SlackWordKey = (typeof SLACK_WORD_KEYS)[number];

export type Words = (key: SlackWordKey, vars?: Record<string, string>) => string;

export function slackWords(content: ContentCatalog): Words {
  return (key, vars = {}) => content.render(key, vars);
}
