/**
 * The Discord adapter: a discord.js v14 client over core's outbox. It maps events to turns and
 * renders replies, nothing else: duplicates, a parent's order and re-delivery are the outbox's,
 * rate limits (its REST queue) and reconnects are discord.js's.
 */
import { Client, Events, Partials, RateLimitError, type RESTOptions } from 'discord.js';
import { ConfigError } from '../../config.js';
import { platformUserOf, type Channel } from '../../core/channel.js';
import { channelLife, lifeLog } from '../../core/channel-life.js';
import { INTENTS } from './commands.js';
import { errorCodes } from '../../security/safe-log.js';
import type { DiscordStore, HandlerDeps } from './handler-deps.js';
import { createInteractionHandler } from './on-interaction.js';
import { createMessageHandler } from './on-message.js';
import { KeyedQueue } from '../../core/keyed-queue.js';
import { DISCORD_FILE_ORIGINS } from './pasted-text.js';
import { sendToChannel } from './deliver.js';
import { toMessages } from './to-components.js';
import { connectDiscord } from './reach-discord.js';
import { START_STEP_MS } from '../start-reach.js';
import type { ChannelHandle, ChannelStartOptions } from '../channel-start.js';

export interface StartDiscordOptions extends ChannelStartOptions<DiscordStore> {
  /** REST overrides, for tests (e.g. `{ retries: 0, timeout: 2000 }`). */
  rest?: Partial<Pick<RESTOptions, 'retries' | 'timeout'>>;
  /** Where a DM's pasted text file may be read from (default Discord's file hosts; tests: a local server). */
  attachmentOrigins?: readonly string[];
}

export type DiscordHandle = ChannelHandle;

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

  const { outbox } = opts;
  const deps: HandlerDeps = { outbox, store: opts.store, clock: opts.clock, content: opts.content, logger, intake: new KeyedQueue() };
  const life = channelLife(outbox, { close: () => client.destroy(), ...lifeLog('discord', logger, errorCodes) });

  // Listeners before login(): READY and the first events can arrive before login() resolves.
  const onMessage = createMessageHandler(deps, opts.attachmentOrigins ?? DISCORD_FILE_ORIGINS);
  const onInteraction = createInteractionHandler(deps);
  client.on(Events.MessageCreate, (m) => life.track(onMessage(m)));
  client.on(Events.InteractionCreate, (i) => life.track(onInteraction(i)));
  client.on(Events.Error, (err) => logger.error(errorCodes(err), 'discord client error'));

  // The connection's logs begin once connected: a failed start is one sentence (DiscordStartError).
  await connectDiscord(client, token, config.DISCORD_API_URL ?? 'discord.com', opts.startTimeoutMs ?? START_STEP_MS);
  client.on(Events.ShardError, (err, shardId) => logger.warn({ shardId, ...errorCodes(err) }, 'discord connection error'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'discord reconnecting'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'discord disconnected'));
  const appId = client.application?.id;
  if (appId && appId !== config.DISCORD_APPLICATION_ID) logger.warn({ appId }, 'DISCORD_APPLICATION_ID does not match the token’s application');
  logger.info({ bot: client.user?.id, guilds: client.guilds.cache.size }, 'discord ready');

  const channel: Channel = {
    id: 'discord',
    // With a turn id, each message's nonce (deliver.ts) makes a second send of it within
    // Discord's few minutes return the first instead of posting twice.
    async sendPrivately(userId, replies, turnId) {
      const discordUser = platformUserOf('discord', userId);
      if (!discordUser) throw new Error('not a Discord parent');
      return sendToChannel(await client.users.createDM(discordUser), toMessages(replies), turnId);
    },
    // discord.js queues by route and waits out a 429 itself; it hands one back only when told to (`rejectOnRateLimit`).
    retryAfterMs: (err) => (err instanceof RateLimitError ? err.retryAfter : null),
    describeError: errorCodes,
  };
  life.open(channel);
  return { stop: life.stop };
}
