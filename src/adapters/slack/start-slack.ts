/**
 * The Slack adapter: a thin Bolt app over the engine. Acknowledge within 3 s → map the payload
 * to a Turn → `engine.handleTurn` → render replies → deliver → `engine.ack`.
 *
 * HTTP mode (signed requests on `/slack/events`) by default; Socket Mode when SLACK_APP_TOKEN is
 * set. Logs carry ids, kinds and counts, never what anyone wrote.
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel, type AppOptions, type ReceiverEvent, type RespondFn, type webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { ContentCatalog } from '../../content/catalog.js';
import type { Engine } from '../../core/engine.js';
import { KeyedQueue } from '../../core/keyed-queue.js';
import type { Logger, Store } from '../../core/ports.js';
import type { Reply, Turn } from '../../core/types.js';
import { errorFields } from '../../security/safe-log.js';
import { homeView, summarizeCase } from './app-home.js';
import { boltLogger } from './bolt-logger.js';
import { deliver, type Destination } from './deliver.js';
import { chosenBlocks, renderReplies } from './to-blocks.js';
import {
  actionToTurn,
  commandToTurn,
  dmMessageToTurn,
  homeOpened,
  mentionToTurn,
  payloadKind,
  slackUserOf,
  type ClickedMessage,
} from './to-turn.js';
import { slackWords } from './words.js';

export interface StartSlackOptions {
  engine: Engine;
  store: Store;
  content: ContentCatalog;
  config: Config;
  logger: Logger;
  /** Where the HTTP receiver listens. Default: SLACK_PORT (or 3000) on all interfaces; tests use port 0 on 127.0.0.1. */
  listen?: { port?: number; host?: string };
  /** Web API retries (Bolt's default: 10 over about 30 minutes). Tests pass 0. */
  webApiRetries?: number;
}

export interface SlackHandle {
  stop(): Promise<void>;
  /** The HTTP port actually listened on (absent in Socket Mode). */
  port?: number;
}

type Client = webApi.WebClient;

/** Remembered answered messages, so a second click on the same question does nothing. */
const ANSWERED_MEMORY = 2000;

/**
 * Bolt leaves a payload it cannot classify un-acknowledged (HTTP answers 404 after 3 s). We ack
 * anything we do not handle at once and log only its shape.
 */
class GuardedApp extends App {
  private readonly onIgnored: () => void;

  constructor(options: AppOptions, onIgnored: () => void) {
    super(options);
    this.onIgnored = onIgnored;
  }

  override async processEvent(event: ReceiverEvent): Promise<void> {
    if (payloadKind(event.body) === null) {
      this.onIgnored();
      await event.ack();
      return;
    }
    return super.processEvent(event);
  }
}

export async function startSlack(opts: StartSlackOptions): Promise<SlackHandle> {
  const { engine, store, content, config, logger } = opts;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is not set');
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  if (!socketMode && !config.SLACK_SIGNING_SECRET) throw new Error('SLACK_SIGNING_SECRET is not set');

  const words = slackWords(content);
  const clock = engine.deps.clock;
  const queue = new KeyedQueue();
  const inflight = new Set<string>();
  const running = new Set<Promise<unknown>>();
  const answered = new Set<string>();
  const dmChannels = new Map<string, string>();

  const app = new GuardedApp(
    {
      token,
      ...(socketMode ? { socketMode: true, appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET, processBeforeResponse: false }),
      clientOptions: {
        ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
        ...(opts.webApiRetries !== undefined ? { retryConfig: { retries: opts.webApiRetries } } : {}),
      },
      logger: boltLogger(logger),
      logLevel: LogLevel.INFO,
      // Call auth.test in init() below, so a wrong token stops start-up instead of the first event.
      deferInitialization: true,
    },
    () => logger.warn({ src: 'slack' }, 'ignored a payload of unknown shape'),
  );
  await app.init();

  function track<T>(p: Promise<T>): Promise<T> {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  }

  async function openDm(client: Client, slackUser: string): Promise<string> {
    const known = dmChannels.get(slackUser);
    if (known) return known;
    const res = await client.conversations.open({ users: slackUser });
    const id = res.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    dmChannels.set(slackUser, id);
    return id;
  }

  /** Error kind and place, plus Slack's error code (e.g. `channel_not_found`); never a message. */
  const errInfo = (err: unknown) => {
    const slack = (err as { data?: { error?: unknown } } | null)?.data?.error;
    return { ...errorFields(err), ...(typeof slack === 'string' ? { slack: slack.slice(0, 60) } : {}) };
  };

  interface TurnHooks {
    /** Run inside the parent's queue before the engine; false = drop the turn. */
    gate?: () => boolean;
    /** Run after the engine, before the replies are delivered. */
    before?: (replies: Reply[]) => Promise<void>;
  }

  /** Engine + delivery for one turn; called inside the parent's queue. */
  async function runTurn(turn: Turn, dest: Destination, client: Client, slackUser: string, hooks: TurnHooks = {}): Promise<void> {
    if (hooks.gate && !hooks.gate()) {
      logger.info({ src: 'slack', id: turn.id }, 'click on an answered question ignored');
      return;
    }
    const started = performance.now();
    const replies = await engine.handleTurn(turn);
    if (hooks.before) await hooks.before(replies).catch((err: unknown) => logger.warn({ src: 'slack', id: turn.id, ...errInfo(err) }, 'could not update the clicked message'));
    const movePrivate = replies.some((r) => r.type === 'move_private');
    try {
      const sent = await deliver(client, renderReplies(replies, words, { ephemeral: dest.kind === 'ephemeral' }), dest);
      engine.ack(turn.id);
      logger.info(
        { src: 'slack', id: turn.id, kind: turn.input.kind, where: turn.where, replies: replies.length, sent, ms: Math.round(performance.now() - started) },
        'turn delivered',
      );
    } catch (err) {
      // Not acked: the replies stay in the outbox and are re-delivered on a retry or at start-up.
      logger.error({ src: 'slack', id: turn.id, ...errInfo(err) }, 'delivery failed');
      return;
    }
    if (movePrivate) {
      // The case continues privately: open the DM and pick the conversation up there.
      const dm = await openDm(client, slackUser);
      const resume: Turn = { id: `${turn.id}:resume`, channel: 'slack', user: turn.user, where: 'dm', input: { kind: 'command', name: 'resume', args: '' }, receivedAt: turn.receivedAt };
      await runTurn(resume, { kind: 'channel', channel: dm }, client, slackUser);
    }
  }

  /** Replies committed for a turn but never confirmed delivered go to the parent's DM. */
  async function redeliver(client: Client, only?: string): Promise<number> {
    let count = 0;
    for (const u of engine.undelivered()) {
      if (only !== undefined && u.eventId !== only) continue;
      const slackUser = slackUserOf(u.userId);
      if (!slackUser) continue;
      try {
        const dm = await openDm(client, slackUser);
        const replies = u.replies.filter((r) => r.type !== 'move_private');
        await deliver(client, renderReplies(replies, words), { kind: 'channel', channel: dm });
        engine.ack(u.eventId);
        count += 1;
      } catch (err) {
        logger.error({ src: 'slack', id: u.eventId, ...errInfo(err) }, 're-delivery failed');
      }
    }
    if (count) logger.info({ src: 'slack', count }, 're-delivered undelivered replies');
    return count;
  }

  /** Once per event id: a Slack retry or duplicate of a turn already seen does no work twice. */
  async function handle(turn: Turn, dest: Destination, client: Client, slackUser: string, retryNum: number | undefined, hooks?: TurnHooks): Promise<void> {
    if (inflight.has(turn.id)) {
      logger.info({ src: 'slack', id: turn.id, retryNum }, 'duplicate of a turn in progress ignored');
      return;
    }
    if (store.hasTurn(turn.id)) {
      logger.info({ src: 'slack', id: turn.id, retryNum }, 'duplicate of a handled turn ignored');
      await redeliver(client, turn.id);
      return;
    }
    inflight.add(turn.id);
    try {
      await queue.run(turn.user, () => runTurn(turn, dest, client, slackUser, hooks));
    } finally {
      inflight.delete(turn.id);
    }
  }

  const skipped = (kind: string, reason: string) => logger.info({ src: 'slack', kind, reason }, 'payload skipped');

  app.event('message', async ({ body, context, client }) => {
    const m = dmMessageToTurn(body, clock.now());
    if (!m.ok) return skipped('message', m.reason);
    const slackUser = slackUserOf(m.turn.user) ?? '';
    if (m.where.kind !== 'channel') return;
    const dest: Destination = { kind: 'channel', channel: m.where.channel, ...(m.where.threadTs ? { threadTs: m.where.threadTs } : {}) };
    await track(handle(m.turn, dest, client, slackUser, context.retryNum));
  });

  app.event('app_mention', async ({ body, context, client }) => {
    const m = mentionToTurn(body, clock.now());
    if (!m.ok) return skipped('app_mention', m.reason);
    if (m.where.kind !== 'channel') return;
    const dest: Destination = { kind: 'channel', channel: m.where.channel, ...(m.where.threadTs ? { threadTs: m.where.threadTs } : {}) };
    await track(handle(m.turn, dest, client, m.slackUser, context.retryNum));
  });

  app.event('app_home_opened', async ({ body, client }) => {
    const h = homeOpened(body);
    if (!h.ok) return skipped('app_home_opened', h.reason);
    const today = clock.now().toISOString().slice(0, 10);
    const view = homeView(summarizeCase(store.listCases(h.user), store.listNotes(h.user), today), content, words);
    await track(client.views.publish({ user_id: h.slackUser, view }));
    logger.info({ src: 'slack', blocks: view.blocks.length }, 'home published');
  });

  async function updateClicked(client: Client, clicked: ClickedMessage, respond: RespondFn | undefined, replies: Reply[]): Promise<void> {
    // The engine refused an outdated click: remove the buttons without claiming a choice.
    const stale = replies.some((r) => r.key === 'engine.stale-choice');
    const blocks = chosenBlocks(clicked.blocks, stale ? null : clicked.label, words);
    if (blocks.length === 0) return;
    const text = stale ? words('slack.or-type') : words('slack.chosen', { label: clicked.label });
    if (!clicked.ephemeral && clicked.channel && clicked.ts) {
      await client.chat.update({ channel: clicked.channel, ts: clicked.ts, text, blocks });
    } else if (respond) {
      await respond({ replace_original: true, text, blocks });
    }
  }

  app.action(/.*/, async ({ ack, body, respond, client }) => {
    await ack();
    const m = actionToTurn(body, clock.now());
    if (!m.ok) return skipped('block_actions', m.reason);
    const slackUser = slackUserOf(m.turn.user) ?? '';
    const dest: Destination =
      m.where.kind === 'channel' ? { kind: 'channel', channel: m.where.channel } : { kind: 'ephemeral', respond, openDm: () => openDm(client, slackUser) };
    const msgKey = m.clicked.ts ? `${m.clicked.channel ?? ''}:${m.clicked.ts}` : null;
    await track(
      handle(m.turn, dest, client, slackUser, undefined, {
        gate: () => {
          if (!msgKey) return true;
          if (answered.has(msgKey)) return false;
          answered.add(msgKey);
          if (answered.size > ANSWERED_MEMORY) answered.delete(answered.values().next().value ?? '');
          return true;
        },
        before: (replies) => updateClicked(client, m.clicked, respond, replies),
      }),
    );
  });

  app.command(/.*/, async ({ ack, command, respond, client }) => {
    // Acknowledge at once (Slack allows 3 s); the answer follows through response_url.
    await ack();
    const m = commandToTurn(command, clock.now());
    if (!m.ok) return skipped('command', m.reason);
    const slackUser = slackUserOf(m.turn.user) ?? '';
    logger.info({ src: 'slack', subcommand: m.subcommand }, 'slash command');
    await track(handle(m.turn, { kind: 'ephemeral', respond, openDm: () => openDm(client, slackUser) }, client, slackUser, undefined));
  });

  app.error(async (error) => {
    logger.error({ src: 'slack', ...errInfo(error) }, 'listener failed');
  });

  let port: number | undefined;
  if (socketMode) {
    await app.start();
  } else {
    const server = await app.start({ port: opts.listen?.port ?? config.SLACK_PORT ?? 3000, ...(opts.listen?.host ? { host: opts.listen.host } : {}) });
    port = (server.address() as AddressInfo).port;
  }
  logger.info({ src: 'slack', mode: socketMode ? 'socket' : 'http', port }, 'slack started');
  await redeliver(app.client);

  return {
    ...(port !== undefined ? { port } : {}),
    async stop() {
      await app.stop();
      await Promise.allSettled([...running]);
      logger.info({ src: 'slack' }, 'slack stopped');
    },
  };
}
