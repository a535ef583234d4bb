/**
 * The outbox, once for every channel. A platform event becomes one engine turn, answered once
 * whatever the platform re-sends; one parent's turns are run and delivered in order; replies the
 * engine committed but no channel confirmed are re-delivered to the parent's DM through the
 * channel recorded with the parent, under one expiry policy. Sends that answer no event
 * (re-deliveries, check-in prompts, reminders, notices) go through each channel's fair drain.
 *
 * An adapter maps a platform event to a Turn and hands it to `submit` with how to send the
 * replies where the event came from; it registers a `Channel` for everything else.
 */
import { errorFields } from '../security/safe-log.js';
import { channelIdOf, type Channel } from './channel.js';
import type { Engine } from './engine.js';
import { createFairDrain, type FairDrain } from './fair-drain.js';
import { publicReplies } from './fit-text.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Logger, TurnRecord } from './ports.js';
import type { Reply, Turn } from './types.js';

/** Replies older than this are not re-delivered: a question from yesterday would confuse. */
export const REDELIVERY_EXPIRY_MS = 24 * 60 * 60 * 1000;

/**
 * Sends one turn's replies where its event came from (a public turn's: general text only,
 * `publicReplies`); resolves with how many platform messages went out.
 */
export type Send = (replies: Reply[]) => Promise<number>;

export interface SubmitOptions {
  /** Run in the parent's queue before the engine; false drops the turn (e.g. a second click on one question). */
  gate?: () => boolean;
  /** Run after the engine, before the replies are sent (e.g. updating the clicked message); failures are logged. */
  before?: (replies: Reply[]) => Promise<void>;
}

export interface OutboxOptions {
  engine: Engine;
  logger: Logger;
  /** Default REDELIVERY_EXPIRY_MS. */
  expiryMs?: number;
  /**
   * Sends in flight at once on each channel's drain (default SEND_CONCURRENCY); one parent's
   * sends still go one at a time, in order.
   */
  sendConcurrency?: number;
  /** For tests: the drain's wait between rate-limited tries. */
  sleep?: (ms: number) => Promise<void>;
}

export interface Outbox {
  /** The channel answers for parents whose ids it qualifies (`slack:…`). */
  register(channel: Channel): void;
  /** One platform event, once per turn id: queued behind the parent's earlier turns, run, sent with `send`, acknowledged. */
  submit(turn: Turn, send: Send, opts?: SubmitOptions): Promise<void>;
  /**
   * Re-delivers what was committed but never confirmed (all of it, or one turn) to the parents of
   * the channels registered; a channel calls it when it starts. Returns how many turns went out.
   */
  redeliver(opts?: { only?: string }): Promise<number>;
  /** Replies for a parent outside any event, by the channel recorded with them; false when no channel of theirs is running. */
  deliver(userId: string, replies: readonly Reply[], turnId?: string): Promise<boolean>;
  /** Waits for every turn and send in progress. */
  settle(): Promise<void>;
}

/**
 * Sends in flight at once per channel, for what is not an answer to an event (check-in prompts,
 * re-deliveries). One at a time, a morning's prompts waited on each send's round trip in turn and
 * took about twice the platforms' own limits allow (docs/performance.md, the morning burst); the SDKs keep
 * the limits themselves.
 */
export const SEND_CONCURRENCY = 8;

export function createOutbox(opts: OutboxOptions): Outbox {
  const { engine, logger } = opts;
  const { store, clock } = engine.deps;
  const expiryMs = opts.expiryMs ?? REDELIVERY_EXPIRY_MS;
  const channels = new Map<string, { channel: Channel; drain: FairDrain }>();
  const queue = new KeyedQueue();
  const inflight = new Set<string>();
  const running = new Set<Promise<unknown>>();

  function track<T>(p: Promise<T>): Promise<T> {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  }

  const channelOf = (userId: string) => channels.get(channelIdOf(userId) ?? '');
  const errInfo = (channel: Channel | undefined, err: unknown) => ({ ...errorFields(err), ...channel?.describeError?.(err) });

  /** Through the channel's drain: communities in turn, a returned rate limit waited out. */
  function sendPrivately(entry: { channel: Channel; drain: FairDrain }, userId: string, replies: readonly Reply[], turnId?: string): Promise<number> {
    const community = entry.channel.communityOf?.(userId) ?? entry.channel.id;
    return entry.drain.push(community, () => entry.channel.sendPrivately(userId, replies, turnId), userId);
  }

  /** The turn with the parent's zone from their channel (`Channel.zoneOf`) when it carries none. */
  async function zoned(turn: Turn): Promise<Turn> {
    const channel = channelOf(turn.user)?.channel;
    if (turn.zone !== undefined || !channel?.zoneOf) return turn;
    try {
      const zone = await channel.zoneOf(turn.user);
      return zone ? { ...turn, zone } : turn;
    } catch (err) {
      logger.warn({ channel: turn.channel, id: turn.id, ...errInfo(channel, err) }, 'time zone not read');
      return turn;
    }
  }

  /** `failure` names a failed send in the log: the continuation in a DM fails often (DMs closed), and is only a warning. */
  async function run(turn: Turn, send: Send, o: SubmitOptions, failure: { level: 'error' | 'warn'; msg: string } = { level: 'error', msg: 'delivery failed' }): Promise<void> {
    const log = { channel: turn.channel, id: turn.id };
    if (o.gate && !o.gate()) {
      logger.info(log, 'click on an answered question ignored');
      return;
    }
    const withZone = await zoned(turn);
    const started = performance.now();
    const replies = await engine.handleTurn(withZone);
    if (o.before) await o.before(replies).catch((err: unknown) => logger.warn({ ...log, ...errInfo(channelOf(turn.user)?.channel, err) }, 'could not update the clicked message'));
    try {
      const sent = await send(turn.where === 'public' ? publicReplies(replies) : replies);
      engine.ack(turn.id);
      const ms = Math.round(performance.now() - started);
      logger.info({ ...log, kind: turn.input.kind, where: turn.where ?? 'dm', replies: replies.length, sent, ms }, 'turn delivered');
    } catch (err) {
      // Not acknowledged: the replies stay in the outbox for a platform retry or the next start.
      logger[failure.level]({ ...log, ...errInfo(channelOf(turn.user)?.channel, err) }, failure.msg);
      return;
    }
    if (turn.where === 'public' && replies.some((r) => r.type === 'move_private')) await continuePrivately(turn);
  }

  /** The engine moved the case out of a shared channel: the parent picks it up in their DM. */
  async function continuePrivately(publicTurn: Turn): Promise<void> {
    const entry = channelOf(publicTurn.user);
    if (!entry) return;
    const resume: Turn = {
      id: `${publicTurn.id}:dm`,
      channel: publicTurn.channel,
      user: publicTurn.user,
      where: 'dm',
      input: { kind: 'command', name: 'resume', args: '' },
      receivedAt: clock.now(),
    };
    // Most often a failure here means the parent does not accept DMs: the slash command still works.
    await run(resume, (replies) => entry.channel.sendPrivately(publicTurn.user, replies), {}, { level: 'warn', msg: 'could not continue in the DM' });
  }

  /** One policy for every channel: too old, or an answer meant for a shared channel, is dropped. */
  function dropReason(u: TurnRecord): string | null {
    if (clock.now().getTime() - Date.parse(u.at) > expiryMs) return 'expired';
    if (u.replies.some((r) => r.type === 'move_private')) return 'public answer';
    return null;
  }

  /**
   * Undelivered turns of a channel that has not started yet. A shared store hands each
   * undelivered turn to one caller per lease (PostgreSQL), so they are kept here until their
   * channel registers, instead of waiting out the lease.
   */
  const held = new Map<string, TurnRecord>();

  /** One undelivered turn, through its channel's drain: false when it was not sent (dropped, found, held, failed). */
  async function redeliverOne(u: TurnRecord): Promise<boolean> {
    if (inflight.has(u.eventId)) return false;
    const entry = channelOf(u.userId);
    if (!entry) {
      if (channelIdOf(u.userId) !== null) held.set(u.eventId, u);
      return false;
    }
    held.delete(u.eventId);
    const log = { channel: entry.channel.id, id: u.eventId };
    const drop = dropReason(u);
    if (drop) {
      engine.ack(u.eventId);
      logger.info({ ...log, reason: drop }, 'undelivered replies dropped');
      return false;
    }
    try {
      if (await entry.channel.sentBefore?.(u.userId, u.eventId)) {
        engine.ack(u.eventId);
        logger.info(log, 'undelivered replies found on the platform');
        return false;
      }
      await sendPrivately(entry, u.userId, u.replies, u.eventId);
      engine.ack(u.eventId);
      logger.info({ ...log, replies: u.replies.length }, 'undelivered replies sent');
      return true;
    } catch (err) {
      logger.error({ ...log, ...errInfo(entry.channel, err) }, 're-delivery failed');
      return false;
    }
  }

  function counted(count: number): number {
    if (count) logger.info({ count }, 're-delivered undelivered replies');
    return count;
  }

  async function redeliver(o: { only?: string } = {}): Promise<number> {
    if (o.only !== undefined) {
      // One turn (its event came again): read alone, never every undelivered turn (a shared
      // store would claim them all, and hold the others back for the lease).
      const u = held.get(o.only) ?? (await engine.undeliveredTurn(o.only));
      return counted(u && (await redeliverOne(u)) ? 1 : 0);
    }
    let count = 0;
    const records = new Map(held);
    for (const u of await engine.undelivered()) records.set(u.eventId, u);
    for (const u of records.values()) if (await redeliverOne(u)) count += 1;
    return counted(count);
  }

  return {
    register(channel) {
      channels.set(channel.id, {
        channel,
        drain: createFairDrain({
          concurrency: opts.sendConcurrency ?? SEND_CONCURRENCY,
          ...(channel.retryAfterMs ? { retryAfterMs: (err) => channel.retryAfterMs?.(err) ?? null } : {}),
          ...(opts.sleep ? { sleep: opts.sleep } : {}),
        }),
      });
    },
    submit(turn, send, o = {}) {
      if (inflight.has(turn.id)) {
        logger.info({ channel: turn.channel, id: turn.id }, 'duplicate of a turn in progress ignored');
        return Promise.resolve();
      }
      if (store.hasTurn(turn.id)) {
        // Handled before: if its replies never got out, this is the moment to send them.
        logger.info({ channel: turn.channel, id: turn.id }, 'duplicate of a handled turn ignored');
        return track(redeliver({ only: turn.id }).then(() => undefined));
      }
      inflight.add(turn.id);
      return track(queue.run(turn.user, () => run(turn, send, o)).finally(() => inflight.delete(turn.id)));
    },
    redeliver: (o) => track(redeliver(o)),
    async deliver(userId, replies, turnId) {
      const entry = channelOf(userId);
      if (!entry) return false;
      // While it is being sent, this instance's own re-delivery leaves it alone.
      if (turnId !== undefined) inflight.add(turnId);
      try {
        await track(sendPrivately(entry, userId, replies, turnId));
      } finally {
        if (turnId !== undefined) inflight.delete(turnId);
      }
      return true;
    },
    async settle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
