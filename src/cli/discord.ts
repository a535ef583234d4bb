/** `discord register [--guild ID]` and `discord invite`: set-up steps for the Discord bot. */
import * as z from 'zod';
import { applicationIdSchema, loadConfig } from '../config.js';
import { createLogger } from '../logging.js';
import { CliError, opt, parseOptions, type CliIo } from './io.js';
import { cliContent } from './open-store.js';

const RegisterOptions = z.object({ guild: z.string().trim().regex(/^\d{17,20}$/, 'must be a server id (17 to 20 digits)').optional(), json: opt.flag });

export async function discordRegisterCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(RegisterOptions, raw);
  const config = loadConfig(io.env);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) throw new CliError('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set (see the Discord section of README.md)');
  const { registerCommands } = await import('../adapters/discord/commands.js');
  const logger = createLogger(io.env.LOG_LEVEL ?? 'warn', io.stderr);
  const { count } = await registerCommands(config, cliContent(), logger, o.guild ? { guildId: o.guild } : {});
  const where = o.guild ? `in server ${o.guild} (available now)` : 'globally';
  if (o.json) io.stdout.write(`${JSON.stringify({ registered: count, scope: o.guild ? 'guild' : 'global' })}\n`);
  else io.stdout.write(`Registered ${count} command (/nextstep: start, say, notes, help) ${where}.\n`);
  return 0;
}

/** The invite link needs the application's id only: no token, no network. */
export async function discordInviteCommand(_raw: unknown, io: CliIo): Promise<number> {
  const raw = io.env.DISCORD_APPLICATION_ID?.trim();
  if (!raw) throw new CliError('DISCORD_APPLICATION_ID must be set (Developer Portal → General Information → Application ID)');
  const id = applicationIdSchema.safeParse(raw);
  if (!id.success) throw new CliError(`DISCORD_APPLICATION_ID ${id.error.issues[0]?.message ?? 'is malformed'}`);
  const { inviteUrl } = await import('../adapters/discord/commands.js');
  io.stdout.write(`${inviteUrl(id.data)}\n`);
  return 0;
}
