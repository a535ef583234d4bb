/** `discord register [--guild ID]` and `discord invite`: set-up steps for the Discord bot. */
import { inviteUrl, registerCommands } from '../adapters/discord/commands.js';
import { bootContent } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logging.js';
import { parseOptions, UsageError, type CliIo } from './io.js';

export async function discordCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(argv, { guild: { type: 'string' } });
  const [action] = positionals;
  const config = loadConfig(io.env);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID)
    throw new ConfigError('Configuration problem:\n  DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set.\nSee the Discord section of README.md.');
  if (action === 'invite') {
    io.stdout.write(`${inviteUrl(config.DISCORD_APPLICATION_ID)}\n`);
    return 0;
  }
  if (action !== 'register') throw new UsageError('expected "discord register [--guild ID]" or "discord invite"');
  const logger = createLogger(io.env.LOG_LEVEL ?? 'warn', io.stderr);
  const guildId = typeof values.guild === 'string' && values.guild ? values.guild : undefined;
  const { count } = await registerCommands(config, bootContent(), logger, guildId ? { guildId } : {});
  const where = guildId ? `in server ${guildId} (available now)` : 'globally';
  if (values.json) io.stdout.write(`${JSON.stringify({ registered: count, scope: guildId ? 'guild' : 'global' })}\n`);
  else io.stdout.write(`Registered ${count} command (/nextstep: start, say, notes, help) ${where}.\n`);
  return 0;
}
