/**
 * One turn through the engine and out to Slack, exactly once per event id:
 * `handle` → (parent's queue) engine.handleTurn → render → deliver → engine.ack.
 *
 * Duplicates are caught in three places: here while a turn is in flight (a Slack retry arriving
 * mid-reply), here again once it is stored (a later retry: re-deliver if its replies never got
 * out, otherwise nothing), and in the engine, which answers a repeated turn id with nothing.
 */
import type { webApi } from '@slack/bolt';
import type { Engine } from '../../core/engine.js';
import { KeyedQueue } from '../../core/keyed-queue.js';
import type { Logger, Store } from '../../core/ports.js';
import type { Reply, Turn } from '../../core/types.js';
import { errInfo } from './bolt-logger.js';
import { deliver, type Destination } from './deliver.js';
import { renderReplies } from './to-blocks.js';
import { slackUserOf } from './to-turn.js';
import { recordPosts } from './posted-questions.js';
import type { Words } from './words.js';

export type Client = webApi.WebClient;

export interface TurnHooks {
  /** Run inside the parent's queue before the engine; false = drop the turn. */
  gate?: () => boolean;
  /** Run after the engine, before the replies are delivered (failures are logged, not fatal). */
  before?: (replies: Reply[]) => Promise<void>;
}

export interface TurnRunnerDeps {
  engine: Engine;
  store: Store;
  logger: Logger;
  words: Words;
  client: Client;
}

export function createTurnRunner({ engine, store, logger, words, client }: TurnRunnerDeps) {
  const queue = new KeyedQueue();
  const inflight = new Set<string>();
  const running = new Set<Promise<unknown>>();
  const dmChannels = new Map<string, string>();

  /** Every question posted to a parent is recorded, so their clicks resolve from it (posted-questions.ts). */
  const write = (fn: () => void): void => {
    if (!store.commitTurn) return fn();
    store.commitTurn(fn).catch((err: unknown) => logger.warn({ src: 'slack', ...errInfo(err) }, 'could not record a posted question'));
  };
  const posted = (userId: string) => recordPosts(store.questionPosts, userId, () => engine.deps.clock.now(), write);

  function track<T>(p: Promise<T>): Promise<T> {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  }

  async function openDm(slackUser: string): Promise<string> {
    const known = dmChannels.get(slackUser);
    if (known) return known;
    const res = await client.conversations.open({ users: slackUser });
    const id = res.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    dmChannels.set(slackUser, id);
    return id;
  }

  /** Engine + delivery for one turn; runs inside the parent's queue. */
  async function runTurn(turn: Turn, dest: Destination, slackUser: string, hooks: TurnHooks = {}): Promise<void> {
    if (hooks.gate && !hooks.gate()) {
      logger.info({ src: 'slack', id: turn.id }, 'click on an answered question ignored');
      return;
    }
    const started = performance.now();
    const replies = await engine.handleTurn(turn);
    if (hooks.before) await hooks.before(replies).catch((err: unknown) => logger.warn({ src: 'slack', id: turn.id, ...errInfo(err) }, 'could not update the clicked message'));
    try {
      const sent = await deliver(client, renderReplies(replies, words, { ephemeral: dest.kind === 'ephemeral' }), dest, posted(turn.user));
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
    if (replies.some((r) => r.type === 'move_private') && slackUser) {
      // The engine moved the case out of a shared channel: open the DM and pick it up there.
      const dm = await openDm(slackUser);
      const resume: Turn = { id: `${turn.id}:resume`, channel: 'slack', user: turn.user, where: 'dm', input: { kind: 'command', name: 'resume', args: '' }, receivedAt: turn.receivedAt };
      await runTurn(resume, { kind: 'channel', channel: dm }, slackUser);
    }
  }

  /** Replies committed but never confirmed delivered (all, or one turn's) go to the parent's DM. */
  async function redeliver(only?: string): Promise<number> {
    let count = 0;
    for (const u of await engine.undelivered()) {
      if ((only !== undefined && u.eventId !== only) || inflight.has(u.eventId)) continue;
      const slackUser = slackUserOf(u.userId);
      if (!slackUser) continue;
      try {
        const dm = await openDm(slackUser);
        const replies = u.replies.filter((r) => r.type !== 'move_private');
        await deliver(client, renderReplies(replies, words), { kind: 'channel', channel: dm }, posted(u.userId));
        engine.ack(u.eventId);
        count += 1;
      } catch (err) {
        logger.error({ src: 'slack', id: u.eventId, ...errInfo(err) }, 're-delivery failed');
      }
    }
    if (count) logger.info({ src: 'slack', count }, 're-delivered undelivered replies');
    return count;
  }

  /** Once per turn id, whatever Slack re-sends. `retryNum` is only logged. */
  function handle(turn: Turn, dest: Destination, slackUser: string, retryNum?: number, hooks?: TurnHooks): Promise<void> {
    if (inflight.has(turn.id)) {
      logger.info({ src: 'slack', id: turn.id, retryNum }, 'duplicate of a turn in progress ignored');
      return Promise.resolve();
    }
    if (store.hasTurn(turn.id)) {
      logger.info({ src: 'slack', id: turn.id, retryNum }, 'duplicate of a handled turn ignored');
      return track(redeliver(turn.id).then(() => undefined));
    }
    inflight.add(turn.id);
    return track(queue.run(turn.user, () => runTurn(turn, dest, slackUser, hooks)).finally(() => inflight.delete(turn.id)));
  }

  /** A proactive message (a check-in prompt, a reminder) to the parent's DM; true when sent. */
  async function sendToUser(userId: string, replies: Reply[]): Promise<boolean> {
    const slackUser = slackUserOf(userId);
    if (!slackUser) return false;
    const dm = await openDm(slackUser);
    await deliver(client, renderReplies(replies, words), { kind: 'channel', channel: dm }, posted(userId));
    return true;
  }

  return {
    handle,
    redeliver,
    sendToUser,
    openDm,
    track,
    /** Waits for every turn in progress to finish. */
    async drain(): Promise<void> {
      await Promise.allSettled([...running]);
    },
  };
}
