/**
 * The few words the Slack adapter itself says (around buttons, files and the App Home tab).
 * Content wins when it has the key (`content/prompts/slack.yaml`, see docs/slack.md); these
 * defaults keep the adapter working until then.
 */
import type { ContentCatalog } from '../../content/catalog.js';

export const SLACK_WORDS = {
  'slack.chosen': 'You chose: {{label}}',
  'slack.or-type': 'Or type your own answer.',
  'slack.answer-in-dm': 'To answer in your own words, send me a direct message. Only you can see this.',
  'slack.sent-to-dm': "I've sent that to you in a private message.",
  'slack.long-text': "That's a long one, so here it is as a file.",
  'slack.home.title': 'Your case at a glance',
  'slack.home.private': 'Only you can see this page.',
  'slack.home.empty': 'Nothing here yet. Send me a direct message and tell me what the school said.',
  'slack.home.open-kinds': 'Kinds of "no" you are working on',
  'slack.home.latest': 'Latest notes',
  'slack.home.due': 'What is due next',
  'slack.home.nothing-due': 'Nothing has a date yet.',
  'slack.home.none': 'None yet.',
} as const;
export type SlackWordKey = keyof typeof SLACK_WORDS;

export type Words = (key: SlackWordKey, vars?: Record<string, string>) => string;

export function slackWords(content: ContentCatalog): Words {
  return (key, vars = {}) => {
    if (content.has(key)) return content.render(key, vars);
    return SLACK_WORDS[key].replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_, name: string) => vars[name] ?? '');
  };
}
