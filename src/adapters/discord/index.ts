/** The Discord adapter's public API. */
export { startDiscord, type StartDiscordOptions, type DiscordHandle } from './start-discord.js';
export { DiscordStartError } from './reach-discord.js';
export { registerCommands, inviteUrl, slashCommands, BOT_PERMISSIONS_INTEGER, INTENTS, INVITE_SCOPES } from './commands.js';
