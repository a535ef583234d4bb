/**
 * What the bot asks Discord for, in one place: the `/nextstep` command, the gateway intents,
 * the invite permissions. README.md (Discord section) quotes these; a test keeps the two in step.
 */
import {
  ApplicationIntegrationType,
  GatewayIntentBits,
  InteractionContextType,
  PermissionFlagsBits,
  PermissionsBitField,
  REST,
  Routes,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { ConfigError, type Config } from '../../config.js';
import type { ContentCatalog } from '../../content/catalog.js';
import type { Logger } from '../../core/ports.js';
import { SLASH_COMMAND, SUBCOMMAND_OPTIONS, SUBCOMMANDS } from '../slash-commands.js';

/**
 * Guilds: the server and channel cache discord.js needs to route events at all.
 * GuildMessages: messages in server channels, so a mention reaches us.
 * DirectMessages: the DM conversation (with `Partials.Channel`, as DM channels are not cached).
 * No MessageContent: Discord still sends the text of DMs and of messages that mention the
 * bot without that privileged intent, and those are the only messages we read.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/**
 * Server permissions used, and nothing else. Slash-command replies, button updates and DMs
 * need none: they go through the interaction token or the DM channel.
 */
export const BOT_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel, // see the channel a mention arrives in
  PermissionFlagsBits.SendMessages, // the short general answer to a mention
  PermissionFlagsBits.SendMessagesInThreads, // the same, when the mention is in a thread
  PermissionFlagsBits.ReadMessageHistory, // Discord requires it to reply to a message
] as const;
export const BOT_PERMISSIONS_INTEGER = PermissionsBitField.resolve([...BOT_PERMISSIONS]).toString();
export const INVITE_SCOPES = ['bot', 'applications.commands'] as const;

export function inviteUrl(applicationId: string): string {
  const q = new URLSearchParams({ client_id: applicationId, permissions: BOT_PERMISSIONS_INTEGER, scope: INVITE_SCOPES.join(' ') });
  return `https://discord.com/oauth2/authorize?${q.toString().replace(/\+/g, '%20')}`;
}

export function slashCommands(content: ContentCatalog): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const words = (key: string) => content.render(key);
  const command = new SlashCommandBuilder()
    .setName(SLASH_COMMAND)
    .setDescription(words('discord.command'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  for (const sub of SUBCOMMANDS) {
    const o = SUBCOMMAND_OPTIONS[sub];
    command.addSubcommand((s) => {
      s.setName(sub).setDescription(words(`discord.command.${sub}`));
      if (!o) return s;
      const key = `discord.command.${sub}.${o.name}`;
      return s.addStringOption((opt) => {
        opt.setName(o.name).setDescription(words(key));
        if (o.required) opt.setRequired(true);
        if (o.maxLength) opt.setMaxLength(o.maxLength);
        if (o.choices) opt.addChoices(...o.choices.map((value) => ({ name: words(`${key}.${value}`), value })));
        return opt;
      });
    });
  }
  return [command.toJSON()];
}

/**
 * Registers `/nextstep` globally (or in one server, which is instant: handy while testing).
 * PUT replaces the application's whole command list, so running it twice is harmless.
 */
export async function registerCommands(config: Config, content: ContentCatalog, logger: Logger, opts: { guildId?: string } = {}): Promise<{ count: number }> {
  const token = config.DISCORD_TOKEN;
  const appId = config.DISCORD_APPLICATION_ID;
  if (!token || !appId) throw new ConfigError('Configuration problem:\n  DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to register commands.');
  const rest = new REST({ ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(token);
  const route = opts.guildId ? Routes.applicationGuildCommands(appId, opts.guildId) : Routes.applicationCommands(appId);
  const body = slashCommands(content);
  const result = await rest.put(route, { body });
  const count = Array.isArray(result) ? result.length : body.length;
  logger.info({ count, scope: opts.guildId ? 'guild' : 'global' }, 'discord commands registered');
  return { count };
}
