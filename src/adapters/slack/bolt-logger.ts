/**
 * Logging for the Slack adapter. Bolt's (and its WebClient's and Socket Mode client's) logger,
 * routed to ours.
 *
 * Their debug lines print whole request and response bodies, i.e. what parents wrote, so
 * debug is dropped. Other levels are kept but scrubbed (`scrub` in security/safe-log.ts).
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import { errorFields, scrub } from '../../security/safe-log.js';

export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let name = 'bolt';
  return {
    debug: () => {},
    info: (...msg: unknown[]) => logger.info({ src: name }, scrub(msg)),
    warn: (...msg: unknown[]) => logger.warn({ src: name }, scrub(msg)),
    error: (...msg: unknown[]) => logger.error({ src: name }, scrub(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}

/** Error kind and place, plus Slack's error code (e.g. `channel_not_found`); never a message. */
export function errInfo(err: unknown): Record<string, string> {
  const slack = (err as { data?: { error?: unknown } } | null)?.data?.error;
  return { ...errorFields(err), ...(typeof slack === 'string' ? { slack: slack.slice(0, 60) } : {}) };
}
