/**
 * The Discord adapter: a discord.js v14 client over the engine. It maps events to turns and
 * renders replies, nothing else. Rate limits and reconnects are discord.js's job.
 */
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { Client, Events, Partials, type RESTOptions } from 'discord.js';
import { ConfigError, type Config } from '../../config.js';
import type { ContentCatalog } from '../../content/catalog.js';
import type { Engine } from '../../core/engine.js';
import { KeyedQueue } from '../../core/keyed-queue.js';
import type { Logger, Store } from '../../core/ports.js';
import { INTENTS } from './commands.js';
import { errorInfo, type HandlerDeps } from './handler-deps.js';
import { createInteractionHandler } from './on-interaction.js';
import { createMessageHandler } from './on-message.js';
import { backlog, redeliver } from './redeliver.js';
import { sendToChannel } from './deliver.js';
import { toMessages } from './to-components.js';
import type { Reply } from '../../core/types.js';

export interface StartDiscordOptions {
  engine: Engine;
  store: Store;
  content: ContentCatalog;
  config: Config;
  logger: Logger;
  /** REST overrides, for tests (e.g. `{ retries: 0, timeout: 2000 }`). */
  rest?: Partial<Pick<RESTOptions, 'retries' | 'timeout'>>;
}

export interface DiscordHandle {
  /** Waits (briefly) for turns in flight, then disconnects. */
  stop(): Promise<void>;
  /** Sends a proactive message (check-in prompt, reminder) to a Discord parent's DM. */
  sendToUser(userId: string, replies: Reply[]): Promise<boolean>;
}

const STOP_GRACE_MS = 5000;

export async function startDiscord(opts: StartDiscordOptions): Promise<DiscordHandle> {
  const { config, logger } = opts;
  const token = config.DISCORD_TOKEN;
  if (!token || !config.DISCORD_APPLICATION_ID) throw new ConfigError('Configuration problem:\n  DISCORD_TOKEN and DISCORD_APPLICATION_ID are required for Discord.');

  const client = new Client({
    intents: [...INTENTS],
    // DM channels are not in the cache when a DM arrives; without this partial discord.js drops it.
    partials: [Partials.Channel],
    // The bot never pings anyone, whatever a reply's text contains.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...opts.rest },
  });

  const deps: HandlerDeps = { engine: opts.engine, store: opts.store, content: opts.content, logger, queue: new KeyedQueue() };
  const inflight = new Set<Promise<void>>();
  const track = (p: Promise<void>): void => {
    inflight.add(p);
    const done = (): void => void inflight.delete(p);
    p.then(done, done);
  };

  // Listeners before login(): READY and the first events can arrive before login() resolves.
  const onMessage = createMessageHandler(deps);
  const onInteraction = createInteractionHandler(deps);
  client.on(Events.MessageCreate, (m) => track(onMessage(m)));
  client.on(Events.InteractionCreate, (i) => track(onInteraction(i)));
  client.on(Events.Error, (err) => logger.error(errorInfo(err), 'discord client error'));
  client.on(Events.ShardError, (err, shardId) => logger.warn({ shardId, ...errorInfo(err) }, 'discord connection error'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'discord reconnecting'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'discord disconnected'));

  const lost = await backlog(opts.store);
  const ready = once(client, Events.ClientReady);
  try {
    await Promise.all([ready, client.login(token)]);
  } catch (err) {
    await client.destroy();
    throw err;
  }
  const appId = client.application?.id;
  if (appId && appId !== config.DISCORD_APPLICATION_ID) logger.warn({ appId }, 'DISCORD_APPLICATION_ID does not match the token’s application');
  logger.info({ bot: client.user?.id, guilds: client.guilds.cache.size }, 'discord ready');

  track(redeliver(client, opts.engine, lost, logger).catch((err: unknown) => logger.warn(errorInfo(err), 'discord redelivery failed')));

  return {
    async sendToUser(userId, replies) {
      if (!userId.startsWith('discord:')) return false;
      const dm = await client.users.createDM(userId.slice('discord:'.length));
      await sendToChannel(dm, toMessages(replies));
      return true;
    },
    async stop() {
      await Promise.race([Promise.allSettled([...inflight]), delay(STOP_GRACE_MS)]);
      await client.destroy();
      logger.info({}, 'discord stopped');
    },
  };
}
