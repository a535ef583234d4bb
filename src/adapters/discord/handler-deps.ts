/** What the Discord handlers share: what the adapter was started with, but the configuration. */
import type { Store } from '../../core/ports.js';
import type { ChannelStartOptions } from '../channel-start.js';

/** All Discord reads of the store, for clicks: the parent's pending question and question record. */
export type DiscordStore = Pick<Store, 'questionPosts' | 'getSession'>;

export type HandlerDeps = Omit<ChannelStartOptions<DiscordStore>, 'config' | 'startTimeoutMs'>;
