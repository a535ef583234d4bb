/**
 * Each Slack parent's time zone, from their Slack profile (`users.info`, its `tz`), so "today"
 * is their day and not the UTC one (src/core/parent-day.ts). Asked once per parent and kept; a
 * turn waits for the answer only briefly (the first turn may go without it, later ones have it),
 * and a failure (Slack down, a workspace that installed the app before it asked for `users:read`)
 * costs nothing but the zone: the engine falls back to the check-in's zone, else UTC.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import type { Turn } from '../../core/types.js';
import { errInfo } from './bolt-logger.js';
import { slackUserOf } from './to-turn.js';

/** How long a turn waits for a first answer from `users.info`. */
const ZONE_WAIT_MS = 1500;
/** After a failed look-up, how long before the next turn may ask again. */
const ZONE_RETRY_MS = 15 * 60_000;

export interface ZoneLookupOptions {
  waitMs?: number;
  retryMs?: number;
  now?: () => number;
}

/** A turn with the parent's zone added when Slack has told us it. */
export type WithZone = (turn: Turn) => Promise<Turn>;

export function createZoneLookup(client: Pick<webApi.WebClient, 'users'>, logger: Logger, opts: ZoneLookupOptions = {}): WithZone {
  const waitMs = opts.waitMs ?? ZONE_WAIT_MS;
  const retryMs = opts.retryMs ?? ZONE_RETRY_MS;
  const now = opts.now ?? Date.now;
  /** By parent: their zone, or null when Slack has none for them. */
  const known = new Map<string, string | null>();
  const asking = new Map<string, Promise<string | null>>();
  const failedAt = new Map<string, number>();

  function ask(user: string, slackUser: string): Promise<string | null> {
    const pending = client.users.info({ user: slackUser }).then(
      (res) => {
        const tz = typeof res.user?.tz === 'string' && res.user.tz ? res.user.tz : null;
        known.set(user, tz);
        return tz;
      },
      (err: unknown) => {
        failedAt.set(user, now());
        logger.warn({ src: 'slack', method: 'users.info', ...errInfo(err) }, 'time zone not read');
        return null;
      },
    );
    asking.set(user, pending);
    void pending.finally(() => asking.delete(user));
    return pending;
  }

  async function zoneOf(user: string): Promise<string | null> {
    if (known.has(user)) return known.get(user) ?? null;
    const slackUser = slackUserOf(user);
    if (!slackUser) return null;
    const failed = failedAt.get(user);
    if (failed !== undefined && now() - failed < retryMs) return null;
    const pending = asking.get(user) ?? ask(user, slackUser);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  return async (turn) => {
    const zone = await zoneOf(turn.user);
    return zone ? { ...turn, zone } : turn;
  };
}
