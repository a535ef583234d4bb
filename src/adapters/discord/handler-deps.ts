/** What the Discord handlers share: what the adapter was started with, but the configuration. */
import type { Store } from '../../core/ports.js';
import type { ChannelStartOptions } from '../channel-start.js';
import type { KeyedQueue } from '../../core/keyed-queue.js';

/** All Discord reads of the store, for clicks: the parent's pending question and question record. */
export type DiscordStore = Pick<Store, 'questionPosts' | 'getSession'>;

export type HandlerDeps = Omit<ChannelStartOptions<DiscordStore>, 'config' | 'startTimeoutMs'> & {
  /**
   * A parent's events taken in one at a time, by Discord user id, before they reach the outbox:
   * a message whose pasted file is still being read is never overtaken by a later message, click
   * or command.
   */
  intake: KeyedQueue;
};
