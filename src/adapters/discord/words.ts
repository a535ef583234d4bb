/**
 * The words Discord shows beside `/nextstep` and its subcommands (content/prompts/discord.yaml),
 * checked at start-up. Apart from commands.ts so the composition root need not load discord.js.
 */
export const DISCORD_WORD_KEYS: readonly string[] = [
  'discord.command',
  ...['start', 'say', 'notes', 'help', 'log', 'summary', 'chart', 'letter', 'sent', 'replied', 'export', 'forget'].map((c) => `discord.command.${c}`),
  ...['say.text', 'log.date', 'letter.kind', 'export.format'].map((o) => `discord.command.${o}`),
];
