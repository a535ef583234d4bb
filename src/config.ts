/**
 * Configuration from the environment, validated once at start-up. A missing or malformed
 * variable stops the bot with a message naming it.
 */
import * as z from 'zod';
import { ConfigError } from './config-error.js';

const optionalNonEmpty = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const port = z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number().int().min(1).max(65535).optional());
const url = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

/** A Discord application id is a snowflake: 17 to 20 digits. */
export const applicationIdSchema = z.string().trim().regex(/^\d{17,20}$/, 'should be the Application ID from the Developer Portal (17 to 20 digits)');

export const configSchema = z
  .object({
    NEXTSTEP_DB: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./data/nextstep.db')),
    NEXTSTEP_DATA_KEY: optionalNonEmpty,
    NEXTSTEP_DATABASE_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      // The message never repeats the value: it holds a password.
      z.url({ protocol: /^postgres(ql)?$/, error: 'should be postgres://user:password@host:port/database' }).optional(),
    ),
    // How often the scheduler looks for due prompts and the outbox for replies left undelivered
    // (an instance that died mid-send), and how old such a reply must be before another instance
    // takes it over. Defaults: a minute each.
    NEXTSTEP_TICK_MS: z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number().int().min(100).optional()),
    NEXTSTEP_REDELIVER_AFTER_MS: z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number().int().min(0).optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),

    SLACK_BOT_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().regex(/^xoxb-[\w-]+$/, 'should be the Bot User OAuth Token, starting with xoxb-').optional()),
    SLACK_SIGNING_SECRET: optionalNonEmpty,
    SLACK_APP_TOKEN: optionalNonEmpty,
    SLACK_PORT: port,
    SLACK_API_URL: url,

    DISCORD_TOKEN: optionalNonEmpty,
    DISCORD_APPLICATION_ID: z.preprocess((v) => (v === '' ? undefined : v), applicationIdSchema.optional()),
    DISCORD_API_URL: url,
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)' });
    if (!c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN))
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when other SLACK_ variables are set' });
    if (c.SLACK_APP_TOKEN && !c.SLACK_APP_TOKEN.startsWith('xapp-'))
      ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'should start with xapp- (an app-level token with connections:write)' });
    if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID)
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required with DISCORD_TOKEN' });
    if (!c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID)
      ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'is required with DISCORD_APPLICATION_ID' });
  });
export type Config = z.infer<typeof configSchema>;

// Their own modules, so that code needing only these does not build the schema above.
export { ConfigError } from './config-error.js';
export { describeDatabaseUrl } from './database-url.js';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration problem:\n${lines.join('\n')}\nSee the configuration table in README.md.`);
  }
  return parsed.data;
}

export const slackConfigured = (c: Config): boolean => Boolean(c.SLACK_BOT_TOKEN);
export const discordConfigured = (c: Config): boolean => Boolean(c.DISCORD_TOKEN);
