/**
 * `npm start`: runs every configured channel (Slack, Discord) over one engine; with none
 * configured, the console chat (on the local SQLite file, or on PostgreSQL as below). Each adapter (and its SDK: Bolt,
 * discord.js) is loaded only when its channel is configured, so the console starts without them.
 * NEXTSTEP_DATABASE_URL puts the store on PostgreSQL, shared with other instances (the console
 * chat too).
 */
import { ConfigError, describeDatabaseUrl, discordConfigured, loadConfig, slackConfigured } from './config.js';
import { ContentError } from './content/catalog.js';
import type { Reply } from './core/types.js';
import { errorFields } from './security/safe-log.js';

async function main(): Promise<number> {
  const config = loadConfig();
  if (!slackConfigured(config) && !discordConfigured(config)) {
    const { chatCommand } = await import('./cli/chat.js');
    return chatCommand({}, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: { ...process.env, NEXTSTEP_DB: config.NEXTSTEP_DB } });
  }

  const [{ createApp, createSharedApp }, { createLogger }, { sealerFromEnv }, { startScheduler }, { filesRootFor }, { createOutbox }] = await Promise.all([
    import('./app.js'),
    import('./logging.js'),
    import('./security/sealer-from-env.js'),
    import('./scheduler/start.js'),
    import('./core/user-files.js'),
    import('./core/outbox.js'),
  ]);
  const logger = createLogger(config.LOG_LEVEL ?? 'info');
  const sealer = sealerFromEnv(process.env, logger);
  const app = config.NEXTSTEP_DATABASE_URL
    ? await createSharedApp({
        databaseUrl: config.NEXTSTEP_DATABASE_URL,
        filesRoot: filesRootFor(config.NEXTSTEP_DB),
        logger,
        sealer,
        ...(config.NEXTSTEP_REDELIVER_AFTER_MS !== undefined ? { outboxMinAgeMs: config.NEXTSTEP_REDELIVER_AFTER_MS } : {}),
      })
    : createApp({ dbPath: config.NEXTSTEP_DB, logger, sealer });
  if (config.NEXTSTEP_DATABASE_URL) logger.info({ store: 'postgres', ...describeDatabaseUrl(config.NEXTSTEP_DATABASE_URL) }, 'shared database');
  // One outbox for every channel: each adapter registers its channel and hands it its turns.
  const outbox = createOutbox({ engine: app.engine, logger });
  const deps = { outbox, store: app.store, clock: app.engine.deps.clock, content: app.content, config, logger };
  const handles: { stop(): Promise<void> }[] = [];
  try {
    if (slackConfigured(config)) handles.push(await (await import('./adapters/slack/start-slack.js')).startSlack({ ...deps, glance: app.glance }));
    if (discordConfigured(config)) handles.push(await (await import('./adapters/discord/index.js')).startDiscord(deps));
  } catch (err) {
    await Promise.allSettled(handles.map((h) => h.stop()));
    await app.close();
    throw err;
  }
  // Check-in prompts and reminders go to the parent by the channel recorded with them; an
  // undelivered one waits in the outbox.
  const deliver = (userId: string, replies: readonly Reply[], turnId?: string) => outbox.deliver(userId, replies, turnId);
  const everyMs = config.NEXTSTEP_TICK_MS ?? 60_000;
  // Sixteen prompts at a time per channel: a morning's burst shares group commits and fills the rate limits.
  const scheduler = startScheduler({ app, logger, deliver, everyMs, concurrency: 16 });
  // Replies another instance committed but never confirmed (it died mid-send) are taken over once
  // they are older than NEXTSTEP_REDELIVER_AFTER_MS (PostgreSQL; a lease keeps two from taking one).
  const redelivery = setInterval(() => {
    outbox.redeliver().catch((err: unknown) => logger.warn(errorFields(err), 'redelivery failed'));
  }, everyMs);
  redelivery.unref();
  // Notices (e.g. "erasing has finished") are never stored: sent once, on the parent's channel.
  app.engine.onNotice((userId, replies) => {
    deliver(userId, replies).catch((err: unknown) => logger.warn(errorFields(err), 'notice not delivered'));
  });
  logger.info({ slack: slackConfigured(config), discord: discordConfigured(config) }, 'next step is running');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  logger.info({}, 'stopping');
  scheduler.stop();
  clearInterval(redelivery);
  await Promise.allSettled(handles.map((h) => h.stop()));
  await app.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof ConfigError || err instanceof ContentError;
    process.stderr.write(known ? `${(err as Error).message}\n` : `Next Step could not start: ${(err as Error).message}\n`);
    // A platform client that gave up may still hold a socket or timer: leave now, not later.
    process.exit(1);
  },
);
