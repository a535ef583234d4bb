/**
 * Slack as core's `Channel`: a parent's DM (opened once per Slack user, then remembered), and
 * rendered replies sent to a destination with every question posted recorded, so a click
 * resolves from the server's record (posted-questions.ts), never from the click's payload.
 */
import type { webApi } from '@slack/bolt';
import { platformIdsOf, platformUserOf, type Channel } from '../../core/channel.js';
import { sendAnswer } from '../../core/ephemeral-answer.js';
import type { FilePost, Post } from '../../core/reply-layout.js';
import type { Clock, Logger, Store } from '../../core/ports.js';
import type { Reply } from '../../core/types.js';
import { errInfo } from './bolt-logger.js';
import { deliver, TURN_EVENT, type Destination } from './deliver.js';
import { recordPosts } from './posted-questions.js';
import { createZoneLookup } from './slack-zones.js';
import { slackLayout, toDeliveries } from './to-blocks.js';
import type { Words } from './words.js';

export interface SlackChannelDeps {
  client: webApi.WebClient;
  store: Pick<Store, 'questionPosts' | 'commitTurn'>;
  words: Words;
  clock: Clock;
  logger: Logger;
}

/** Slack's rate-limit error, when the WebClient hands one back instead of waiting (`rejectRateLimitedCalls`). */
const rateLimited = (err: unknown): number | null => {
  const e = err as { code?: unknown; retryAfter?: unknown } | null;
  return e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : null;
};

export function createSlackChannel({ client, store, words, clock, logger }: SlackChannelDeps) {
  const dmChannels = new Map<string, string>();

  const unrecorded = (err: unknown) => logger.warn({ src: 'slack', ...errInfo(err) }, 'could not record a posted question');

  async function openDm(slackUser: string): Promise<string> {
    const known = dmChannels.get(slackUser);
    if (known) return known;
    const res = await client.conversations.open({ users: slackUser });
    const id = res.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    dmChannels.set(slackUser, id);
    return id;
  }

  /**
   * Renders and sends one parent's replies; resolves with how many Slack messages and files went
   * out. An ephemeral answer by core's policy: its files to the DM first.
   */
  function sendTo(dest: Destination, userId: string, replies: readonly Reply[], turnId?: string): Promise<number> {
    const ephemeral = dest.kind === 'ephemeral';
    const posted = recordPosts(store, userId, () => clock.now(), unrecorded);
    const here = (posts: Post[]) => deliver(client, toDeliveries(posts, words), dest, posted, turnId);
    return sendAnswer(replies, slackLayout(words, { ephemeral }), here, ephemeral ? (file) => fileToDm(userId, file) : undefined);
  }

  /** A file for the parent's DM. Slack gives no refusal to read as one: a failed upload fails the send, as any Slack error does. */
  async function fileToDm(userId: string, file: FilePost): Promise<boolean> {
    const dm = await openDm(platformUserOf('slack', userId) ?? '');
    await deliver(client, toDeliveries([file], words), { kind: 'channel', channel: dm });
    return true;
  }

  const channel: Channel = {
    id: 'slack',
    async sendPrivately(userId, replies, turnId) {
      const slackUser = platformUserOf('slack', userId);
      if (!slackUser) throw new Error('not a Slack parent');
      return sendTo({ kind: 'channel', channel: await openDm(slackUser) }, userId, replies, turnId);
    },
    // The DM's latest messages, read back with their metadata (conversations.history, Tier 3).
    async sentBefore(userId, turnId) {
      const slackUser = platformUserOf('slack', userId);
      if (!slackUser) return false;
      const res = await client.conversations.history({ channel: await openDm(slackUser), limit: 20, include_all_metadata: true });
      return (res.messages ?? []).some((m) => m.metadata?.event_type === TURN_EVENT && Object.entries(m.metadata.event_payload ?? {}).some(([k, v]) => k === 'turn' && v === turnId));
    },
    // `slack:T1:U1`: the workspace shares Slack's rate limits.
    communityOf: (userId) => platformIdsOf('slack', userId)?.[0] ?? 'slack',
    // The parent's profile `tz`, put on each of their turns by the outbox (slack-zones.ts).
    zoneOf: createZoneLookup(client, logger),
    retryAfterMs: rateLimited,
    describeError: errInfo,
  };
  return { channel, openDm, sendTo };
}
