/**
 * The Slack adapter: a thin Bolt app over core's outbox. Acknowledge within 3 s → map the payload
 * to a Turn (to-turn.ts) → `outbox.submit` (once per event, in the parent's order, acknowledged
 * when sent) → render (to-blocks.ts) and send (slack-channel.ts). The rules (privacy, stale
 * clicks, duplicates, re-delivery) live in core; this file only wires Slack's events to them.
 *
 * HTTP mode (signed requests on `/slack/events`) by default; Socket Mode when SLACK_APP_TOKEN is
 * set. Logs carry ids, kinds and counts, never what anyone wrote.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, LogLevel, type AppOptions, type ReceiverEvent, type RespondFn } from '@slack/bolt';
import { clickedQuestion, submitClick } from '../../core/question-record.js';
import type { CaseGlanceReader, PostedQuestion, Store } from '../../core/ports.js';
import type { Turn } from '../../core/types.js';
import { homeView } from './app-home.js';
import { boltLogger, errInfo } from './bolt-logger.js';
import type { Destination } from './deliver.js';
import { chosenBlocks, closedBlock, firstText } from './to-blocks.js';
import { postedView } from './posted-questions.js';
import { guardRequests } from './request-gate.js';
import { payloadKind } from './payload-shape.js';
import { actionToTurn, commandToTurn, dmMessageToTurn, homeOpened, mentionToTurn } from './to-turn.js';
import { platformUserOf } from '../../core/channel.js';
import { createSlackChannel } from './slack-channel.js';
import { slackWords } from './words.js';
import { checkSlackReachable, SlackUnreachableError } from './reach-slack.js';
import { channelLife, lifeLog } from '../../core/channel-life.js';
import { withDeadline } from '../../core/deadline.js';
import { START_STEP_MS } from '../start-reach.js';
import type { ChannelHandle, ChannelStartOptions } from '../channel-start.js';

/** What Slack reads of the store: the parent's question record (clicks). */
export interface StartSlackOptions extends ChannelStartOptions<Pick<Store, 'questionPosts' | 'getSession' | 'commitTurn'>> {
  /** The parent's case at a glance, for the Home tab (the composition root's, settings left out). */
  glance: CaseGlanceReader;
  /** Where the HTTP receiver listens. Default: SLACK_PORT (or 3000) on all interfaces; tests use port 0 on 127.0.0.1. */
  listen?: { port?: number; host?: string };
  /** Web API retries (Bolt's default: 10 over about 30 minutes). Tests pass 0. */
  webApiRetries?: number;
  /**
   * Hand a 429 back instead of waiting it out in the WebClient, which pauses every call it makes
   * (Bolt's default: wait). The outbox's drain then pauses only that workspace's sends.
   */
  rejectRateLimitedCalls?: boolean;
}

export interface SlackHandle extends ChannelHandle {
  /** The HTTP port actually listened on (absent in Socket Mode). */
  port?: number;
}

/**
 * Bolt leaves a payload it cannot classify un-acknowledged (over HTTP: a 404 after 3 s), and
 * reads fields of the ones it can without checking them. We ack anything we do not handle, or
 * whose shape is wrong (Socket Mode has no HTTP gate in front), at once and log only that it
 * happened.
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
  const { outbox, store, clock, content, config, logger } = opts;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is not set');
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  if (!socketMode && !config.SLACK_SIGNING_SECRET) throw new Error('SLACK_SIGNING_SECRET is not set');

  const words = slackWords(content);
  const app = new GuardedApp(
    {
      token,
      ...(socketMode ? { socketMode: true, appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET, processBeforeResponse: false }),
      clientOptions: {
        ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
        ...(opts.webApiRetries !== undefined ? { retryConfig: { retries: opts.webApiRetries } } : {}),
        ...(opts.rejectRateLimitedCalls ? { rejectRateLimitedCalls: true } : {}),
      },
      logger: boltLogger(logger),
      logLevel: LogLevel.INFO,
      // auth.test runs in init() below, so a wrong token stops start-up, not the first event.
      deferInitialization: true,
    },
    () => logger.warn({ src: 'slack' }, 'ignored a payload of unknown shape'),
  );
  const limit = opts.startTimeoutMs ?? START_STEP_MS;
  await checkSlackReachable(token, config.SLACK_API_URL, limit);
  const unreachable = (m: string) => new SlackUnreachableError(m);
  await withDeadline(app.init(), limit, 'Starting the Slack app', unreachable);

  const client = app.client;
  const slack = createSlackChannel({ client, store, words, clock, logger });
  const submit = (turn: Turn, dest: Destination) => outbox.submit(turn, (replies) => slack.sendTo(dest, turn.user, replies));
  const skipped = (kind: string, reason: string) => logger.info({ src: 'slack', kind, reason }, 'payload skipped');

  // Slack re-sends an event it thinks went unanswered (X-Slack-Retry-Num): the outbox answers each turn id once.
  for (const [event, toTurn] of [['message', dmMessageToTurn], ['app_mention', mentionToTurn]] as const) {
    app.event(event, async ({ body }) => {
      const m = toTurn(body, clock.now());
      if (!m.ok) return skipped(event, m.reason);
      await submit(m.turn, m.where);
    });
  }

  app.event('app_home_opened', async ({ body }) => {
    const h = homeOpened(body);
    if (!h.ok) return skipped('app_home_opened', h.reason);
    const view = homeView(opts.glance(h.user, clock.now()), words);
    await client.views.publish({ user_id: h.slackUser, view });
    logger.info({ src: 'slack', blocks: view.blocks.length }, 'home published');
  });

  /**
   * The clicked message, redrawn from the bot's own record of it (never the payload's blocks,
   * channel or ts) as core's `clickedQuestion` decides, once the engine has answered.
   */
  async function updateClicked(post: PostedQuestion | undefined, promptId: string, choiceId: string, respond: RespondFn | undefined, chosen: boolean): Promise<void> {
    const view = postedView(post, promptId, choiceId);
    const becomes = clickedQuestion(chosen, view);
    // Closed through the tap's own response_url (there is no record of where it is), so a second
    // tap is not met with silence; its words come from content, not the payload.
    if (becomes?.kind === 'closed' && respond) await respond({ replace_original: true, text: words('slack.question-closed'), blocks: [closedBlock(words)] });
    if (!post || !view || !becomes || becomes.kind === 'closed') return;
    const label = becomes.kind === 'answered' ? becomes.label : null;
    const blocks = chosenBlocks(view.blocks, label, words);
    if (blocks.length === 0) return;
    const text = label === null ? firstText(blocks) : words('slack.chosen', { label });
    if (post.place && post.messageRef) await client.chat.update({ channel: post.place, ts: post.messageRef, text, blocks });
    else if (respond) await respond({ replace_original: true, text, blocks });
  }

  app.action(/.*/, async ({ ack, body, respond }) => {
    await ack();
    const m = actionToTurn(body, clock.now());
    if (!m.ok) return skipped('block_actions', m.reason);
    const input = m.turn.input;
    if (input.kind !== 'choice' || !input.promptId) return skipped('block_actions', 'no question named');
    const { id: choiceId, promptId } = input;
    const user = m.turn.user;
    const slackUser = platformUserOf('slack', user) ?? '';
    // Resolved only from the server's record of this parent's questions: the payload's channel,
    // message and blocks are never used, so a click cannot reach another parent's DM or message.
    const post = store.questionPosts.find(user, 'slack', promptId);
    const dest: Destination = post?.place
      ? { kind: 'channel', channel: post.place }
      : m.clicked.ephemeral
        ? { kind: 'ephemeral', respond }
        : { kind: 'channel', channel: await slack.openDm(slackUser) };
    // First click on a question wins; the rest (before Slack removes the buttons) do nothing.
    await submitClick(outbox, store, () => clock.now(), {
      turn: m.turn,
      send: (replies) => slack.sendTo(dest, user, replies),
      mark: (chosen) => updateClicked(post, promptId, choiceId, respond, chosen),
    });
  });

  app.command(/.*/, async ({ ack, command, respond }) => {
    // Acknowledge at once (Slack allows 3 s, and shows nothing for an empty 200); the answer
    // follows through response_url.
    await ack();
    const m = commandToTurn(command, clock.now());
    if (!m.ok) return skipped('command', m.reason);
    logger.info({ src: 'slack', subcommand: m.subcommand }, 'slash command');
    await submit(m.turn, { kind: 'ephemeral', respond });
  });

  app.error(async (error) => {
    logger.error({ src: 'slack', ...errInfo(error) }, 'listener failed');
  });

  let port: number | undefined;
  if (socketMode) {
    await withDeadline(app.start(), limit, 'Connecting to Slack (Socket Mode)', unreachable);
  } else {
    const server = await app.start({ port: opts.listen?.port ?? config.SLACK_PORT ?? 3000, ...(opts.listen?.host ? { host: opts.listen.host } : {}) });
    guardRequests(server as Server, logger, { signingSecret: config.SLACK_SIGNING_SECRET ?? '' });
    port = (server.address() as AddressInfo).port;
  }
  logger.info({ src: 'slack', mode: socketMode ? 'socket' : 'http', port }, 'slack started');
  // Registered before any listener can run (no await since app.start), re-delivering in the background.
  const life = channelLife(outbox, { quiet: () => app.stop(), ...lifeLog('slack', logger, errInfo) });
  life.open(slack.channel);
  return { ...(port !== undefined ? { port } : {}), stop: life.stop };
}
