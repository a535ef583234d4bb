/**
 * The words the Discord adapter says itself, beside its command's (slash-commands.ts), in
 * content/prompts/discord.yaml and checked at start-up. No SDK here: the app lists these keys
 * without loading discord.js.
 */
export const DISCORD_WORD_KEYS = [
  /** Under a question in an ephemeral reply in a shared channel, where typed words would be public. */
  'discord.answer-in-dm',
  /** Where a file was, in an ephemeral reply in a shared channel: the file went to the DM. */
  'discord.sent-to-dm',
] as const;
