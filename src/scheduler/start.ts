/**
 * Start-up wiring for the scheduler: every DueSource in one list, run once at start (so a prompt
 * missed while the bot was down goes out now, if it is still the parent's day) and then every
 * minute. Replies go to `deliver`, which knows each parent's channel (in the console chat it
 * prints them). Undelivered replies stay in the outbox; each adapter re-delivers its own at start.
 */
import type { App } from '../app.js';
import { renderForConsole } from '../adapters/console/render-console.js';
import type { Logger, Store } from '../core/ports.js';
import { createCheckinSource } from '../features/daily-log/checkin-source.js';
import { createFollowupSource } from '../features/case-file/followup-source.js';
import { saveFiles } from '../adapters/console/save-files.js';
import type { ContentCatalog } from '../content/catalog.js';
import { createScheduler, type Deliver, type DueItem, type DueSource, type Scheduler } from '../core/scheduler.js';

/** Every source of scheduled prompts, registered here in one place. */
export function schedulerSources(store: Pick<Store, 'logs' | 'listCases' | 'requests'>): DueSource[] {
  return [createCheckinSource(store), createFollowupSource(store)];
}

export interface StartSchedulerOptions {
  app: Pick<App, 'engine' | 'store'>;
  logger: Logger;
  deliver: Deliver;
  /** How often to look for due prompts (default a minute). */
  everyMs?: number;
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
    db: app.store.db,
    engine: app.engine,
    clock: app.engine.deps.clock,
    logger,
    sources: schedulerSources(app.store),
  });
  const running = scheduler.start(deliver, opts.everyMs);
  return { scheduler, tick: () => scheduler.tick(deliver), stop: running.stop };
}

/**
 * A Deliver for the console chat: prints a scheduled prompt for the console's parent and saves
 * any image beside the database, like the chat does. Other parents' prompts are left in the outbox.
 */
export function consoleDeliver(opts: { user: string; output: NodeJS.WritableStream; filesDir: string; content: ContentCatalog }): Deliver {
  return async (userId, replies) => {
    if (userId !== opts.user) return false;
    const rendered = renderForConsole(replies);
    // Each parent's files in their own folder, like the console chat (so `forget` removes them).
    const { saved, failed } = saveFiles(opts.filesDir, userId, rendered.files);
    opts.output.write(`\nnext step › ${rendered.text.replace(/\n/g, '\n            ')}\n`);
    for (const p of saved) opts.output.write(`            (saved to ${p})\n`);
    for (const f of failed) opts.output.write(`            ${opts.content.render(`console.file-not-saved.${f.kind}`, { name: f.name })}\n`);
    return true;
  };
}
