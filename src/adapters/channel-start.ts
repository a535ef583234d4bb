/**
 * What the composition root (main.ts) hands every platform adapter it starts, and what it gets
 * back. Each adapter adds its own options (Slack's HTTP listener, Discord's REST overrides).
 */
import type { Config } from '../config.js';
import type { ContentCatalog } from '../content/catalog.js';
import type { Outbox } from '../core/outbox.js';
import type { Clock, Logger, Store } from '../core/ports.js';

export interface ChannelStartOptions<S extends Partial<Store>> {
  /** Core's outbox: the adapter registers its channel there and hands it every turn. */
  outbox: Outbox;
  /** The little the adapter reads of the store (for clicks: the question record, the pending question). */
  store: S;
  clock: Clock;
  content: ContentCatalog;
  config: Config;
  logger: Logger;
  /** Time allowed for each start-up step that talks to the platform (default `START_STEP_MS`, 15 s). */
  startTimeoutMs?: number;
}

export interface ChannelHandle {
  /** Stops receiving, lets what is in flight finish (core's `channelLife`), then disconnects. Idempotent. */
  stop(): Promise<void>;
}
