/**
 * What is kept only for a while, and then deleted (Store.pruneKept): a delivered turn's row (only
 * its event id and times are left once delivered; it refuses a platform's re-sent event, which
 * comes within minutes) and the record of where each question was posted (the message a click
 * on it updates). Without this both grew with every turn for as long as the bot ran, and the
 * PostgreSQL store copied all of a parent's rows into memory each time it loaded them. Case
 * notes, the daily log, requests and letters are the parent's record and are never pruned;
 * nor is an undelivered reply, nor the record of prompts sent (one a day, which keeps each
 * prompt from going out twice).
 */
import { errorFields } from '../security/safe-log.js';
import type { Clock, Logger, Store } from './ports.js';

/** Rows written more than this many days ago are deleted. */
export const KEPT_DAYS = 30;
const DAY_MS = 86_400_000;

export interface RetentionOptions {
  store: Pick<Store, 'pruneKept'>;
  clock: Clock;
  logger: Logger;
  /** How often to prune (default an hour; the first run is at start). */
  everyMs?: number;
  /** Rows of each kind deleted per statement (default 5,000), so a turn never waits long behind it. */
  batch?: number;
}

export interface Retention {
  /** Deletes everything past its time now, a batch at a time; resolves with how many rows went. */
  runNow(): Promise<number>;
  stop(): void;
}

export function startRetention(opts: RetentionOptions): Retention {
  const { store, clock, logger } = opts;
  const batch = opts.batch ?? 5000;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function prune(): Promise<number> {
    const before = new Date(clock.now().getTime() - KEPT_DAYS * DAY_MS).toISOString();
    let total = 0;
    for (;;) {
      if (stopped) break;
      const n = await store.pruneKept(before, batch);
      total += n;
      if (n < batch) break;
      // Let waiting turns run between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (total > 0) logger.info({ rows: total, days: KEPT_DAYS }, 'pruned rows kept only for a while');
    return total;
  }

  /** One run at a time: a run asked for while one is going joins it. */
  function runNow(): Promise<number> {
    running ??= prune().finally(() => {
      running = null;
    });
    return running;
  }

  const tick = () => {
    runNow().catch((err: unknown) => logger.warn({ ...errorFields(err) }, 'pruning failed; kept for the next run'));
  };
  tick();
  const timer = setInterval(tick, opts.everyMs ?? 60 * 60_000);
  timer.unref();
  return {
    runNow,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
