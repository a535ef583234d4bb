/**
 * Start-up wiring for the scheduler: every feature's DueSources (src/app.ts), run once at start
 * (so a prompt missed while the bot was down goes out now, if it is still the parent's day) and
 * then every minute. Replies go to `deliver`, which knows each parent's channel (in the console chat it
 * prints them). Undelivered replies stay in the outbox; core's outbox re-delivers them
 * (src/core/outbox.ts) when their channel starts. Alongside, once an hour, what is kept only for
 * a while is deleted (src/core/retention.ts).
 */
import { schedulerSources } from '../app.js';
import type { Engine } from '../core/engine.js';
import type { DueItem, Logger, Store } from '../core/ports.js';
import { startRetention } from '../core/retention.js';
import { createScheduler, type Deliver, type Scheduler } from '../core/scheduler.js';

export interface StartSchedulerOptions {
  app: { engine: Engine; store: Store };
  logger: Logger;
  deliver: Deliver;
  /** How often to look for due prompts (default a minute). */
  everyMs?: number;
  /** How many prompts are run and sent at once on each channel (default 1). */
  concurrency?: number;
}

export interface RunningScheduler {
  scheduler: Scheduler;
  /** Look for due prompts now (tests, or after the clock was moved). */
  tick(): Promise<DueItem[]>;
  stop(): void;
}

export function startScheduler(opts: StartSchedulerOptions): RunningScheduler {
  const { app, logger, deliver } = opts;
  const scheduler = createScheduler({
    ledger: app.store.prompts,
    engine: app.engine,
    clock: app.engine.deps.clock,
    logger,
    sources: schedulerSources(app.store),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(app.store.prepareDue ? { prepare: (now: Date) => app.store.prepareDue?.(now) ?? Promise.resolve() } : {}),
  });
  const running = scheduler.start(deliver, opts.everyMs);
  const retention = startRetention({ store: app.store, clock: app.engine.deps.clock, logger });
  return {
    scheduler,
    tick: () => scheduler.tick(deliver),
    stop: () => {
      running.stop();
      retention.stop();
    },
  };
}
