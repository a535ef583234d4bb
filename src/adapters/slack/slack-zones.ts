/**
 * Each Slack parent's time zone, from their Slack profile (`users.info`, its `tz`), so "today"
 * is their day and not the UTC one (src/core/parent-day.ts); the outbox puts it on their turns
 * (`Channel.zoneOf`). Asked once per parent and waited for briefly (core's `briefLookup`); a
 * failure (Slack down, a workspace that installed the app before it asked for `users:read`)
 * costs nothing but the zone: the engine falls back to the check-in's zone, else UTC.
 */
import type { webApi } from '@slack/bolt';
import { briefLookup } from '../../core/brief-lookup.js';
import type { Logger } from '../../core/ports.js';
import { errInfo } from './bolt-logger.js';
import { platformUserOf } from '../../core/channel.js';

/** How long a turn waits for a first answer from `users.info`. */
const ZONE_WAIT_MS = 1500;
/** After a failed look-up, how long before the next turn may ask again. */
const ZONE_RETRY_MS = 15 * 60_000;

/** A parent's zone as their Slack profile gives it, or null (none, not known yet, or not readable). */
export function createZoneLookup(client: Pick<webApi.WebClient, 'users'>, logger: Logger): (userId: string) => Promise<string | null> {
  return briefLookup(
    async (user) => {
      const slackUser = platformUserOf('slack', user);
      if (!slackUser) return null;
      const res = await client.users.info({ user: slackUser });
      return typeof res.user?.tz === 'string' && res.user.tz ? res.user.tz : null;
    },
    {
      waitMs: ZONE_WAIT_MS,
      retryMs: ZONE_RETRY_MS,
      onError: (err) => logger.warn({ src: 'slack', method: 'users.info', ...errInfo(err) }, 'time zone not read'),
    },
  );
}
