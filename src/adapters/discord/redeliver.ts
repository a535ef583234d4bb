/**
 * Replies committed but never confirmed delivered (the process stopped mid-reply) are sent
 * on the next start, by DM. Old ones are dropped: a question from yesterday would confuse.
 */
import type { Client } from 'discord.js';
import type { Engine } from '../../core/engine.js';
import type { Logger, Store, TurnRecord } from '../../core/ports.js';
import { sendToChannel } from './deliver.js';
import { errorInfo } from './handler-deps.js';
import { toMessages } from './to-components.js';

const PREFIX = 'discord:';
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Taken before login, so a turn that is still being delivered by this process is never
 * mistaken for a lost one (and sent twice).
 */
export async function backlog(store: Store): Promise<TurnRecord[]> {
  return (await store.undelivered()).filter((u) => u.userId.startsWith(PREFIX));
}

export async function redeliver(client: Client, engine: Engine, pending: readonly TurnRecord[], logger: Logger, now: Date = new Date()): Promise<void> {
  for (const u of pending) {
    const stale = now.getTime() - Date.parse(u.at) > MAX_AGE_MS;
    // A public answer (it carries move_private) was for a channel, not for a DM.
    if (stale || u.replies.some((r) => r.type === 'move_private')) {
      engine.ack(u.eventId);
      continue;
    }
    try {
      const dm = await client.users.createDM(u.userId.slice(PREFIX.length));
      await sendToChannel(dm, toMessages(u.replies));
      engine.ack(u.eventId);
      logger.info({ event: u.eventId, replies: u.replies.length }, 'discord undelivered replies sent');
    } catch (err) {
      logger.warn({ event: u.eventId, ...errorInfo(err) }, 'discord redelivery failed');
    }
  }
}
