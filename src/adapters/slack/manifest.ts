/**
 * What the Slack adapter needs from a workspace. `slack-manifest.yaml` must list exactly these
 * (a test checks), and README.md (Slack section) explains each to the person installing the app.
 */
export const SLACK_BOT_SCOPES = {
  'app_mentions:read': 'receive app_mention events when someone mentions the bot in a channel it is in',
  'chat:write': 'post replies (chat.postMessage) and update a clicked message (chat.update)',
  commands: 'the /nextstep slash command',
  'files:write': 'send drafted letters and long notes as files (files.uploadV2)',
  'im:history': 'receive message.im events: what the parent writes in the DM',
  'im:write': 'open the DM with a parent (conversations.open) after a mention or for a file',
  'users:read': "read a parent's time zone (users.info `tz`), so their \"today\" is their own day",
} as const;

/** Listened to in start-slack.ts. */
export const SLACK_BOT_EVENTS = ['app_home_opened', 'app_mention', 'message.im'] as const;
