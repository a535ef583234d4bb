/**
 * The `Channel` port: what core needs from a platform adapter to reach a parent outside the event
 * they sent (re-delivery, check-in prompts, reminders, notices). Everything else an adapter does is
 * mapping: platform events to turns, replies to platform calls.
 */
import type { Reply } from './types.js';

export interface Channel {
  /** The channel's id: its turns' `channel`, and the prefix of its parents' ids (`slack:T1:U1`). */
  readonly id: string;
  /**
   * Sends replies to the parent's own private conversation (their DM). Throws when the platform
   * refuses; resolves with how many platform messages went out.
   */
  sendPrivately(userId: string, replies: readonly Reply[], turnId?: string): Promise<number>;
  /**
   * Whether the platform already holds this turn's replies (`turnId` as given to
   * `sendPrivately`): an instance that died between the platform accepting them and its receipt
   * reaching the store sent them. Checked before such replies are sent again; absent, they are.
   */
  sentBefore?(userId: string, turnId: string): Promise<boolean>;
  /**
   * The community a parent belongs to (a Slack workspace, a Discord server), which shares the
   * platform's rate limits: the outbox's drain takes communities in turn, so one busy community
   * never holds up the others. Default: one community per channel.
   */
  communityOf?(userId: string): string;
  /**
   * How long the platform asked us to wait (its `retry_after`), when this error is a rate limit
   * the SDK handed back rather than handled itself; null otherwise.
   */
  retryAfterMs?(err: unknown): number | null;
  /**
   * The parent's time zone as the platform knows it (a Slack profile's `tz`), or null. The outbox
   * puts it on each of their turns that carries none, in the parent's queue before the engine
   * runs the turn, so it must answer quickly (Slack's waits at most 1.5 s); a failure costs only
   * the zone.
   */
  zoneOf?(userId: string): Promise<string | null>;
  /** Log fields for a failed send: the platform's error code, never a message that might quote a parent. */
  describeError?(err: unknown): Record<string, string | number>;
}

/**
 * The channel recorded with a parent: a parent's id is qualified by its channel when the adapter
 * maps the event (`slack:T1:U1`, `discord:42`; src/core/types.ts), and the store keeps that id with
 * every row about them, so delivery needs no look-up and never asks each adapter in turn.
 */
export function channelIdOf(userId: string): string | null {
  const at = userId.indexOf(':');
  return at > 0 ? userId.slice(0, at) : null;
}

/** A parent's id in a channel: the channel's id, then the platform's own ids (`slack:T1:U1`, `discord:42`). */
export function parentId(channel: string, ...platformIds: string[]): string {
  return [channel, ...platformIds].join(':');
}

/** The platform's own ids in a parent id of this channel (`slack:T1:U1` → `['T1', 'U1']`); null for another channel's parent. */
export function platformIdsOf(channel: string, userId: string): string[] | null {
  const [head, ...ids] = userId.split(':');
  return head === channel && ids.length > 0 && ids.every(Boolean) ? ids : null;
}

/** The platform's own user in a parent id of this channel: the last of its ids (`slack:T1:U1` → `U1`); null for another channel's parent. */
export function platformUserOf(channel: string, userId: string): string | null {
  return platformIdsOf(channel, userId)?.at(-1) ?? null;
}
