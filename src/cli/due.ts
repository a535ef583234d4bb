/**
 * `due --now ISO-INSTANT [--dry-run] [--json]`: the scheduled prompts due at that instant, as
 * `[{user, local_date}]`, recorded as sent (so the running bot will not send them) unless
 * --dry-run. A check on the scheduler's arithmetic at any instant, DST included.
 */
import * as z from 'zod';
import { createApp, createSharedApp, schedulerSources } from '../app.js';
import { createLogger } from '../logging.js';
import { createScheduler } from '../core/scheduler.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { dbPathFrom, opt, parseOptions, requireDatabase, UsageError, type CliIo } from './io.js';
import { sharedDatabaseUrl } from './open-store.js';
import type { Store } from '../core/ports.js';

const Options = z.object({ now: opt.str, dryRun: opt.flag, db: opt.db, json: opt.flag });

export async function dueCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  // An instant: a date, a time and an offset (Z or ±HH:MM), so it means the same everywhere.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(o.now) || Number.isNaN(Date.parse(o.now))) {
    throw new UsageError('--now must be an ISO instant with an offset, like 2026-11-24T07:30:00Z');
  }
  const now = new Date(o.now);
  const logger = createLogger(io.env.LOG_LEVEL ?? 'error', io.stderr);
  const clock = { now: () => now };
  const url = sharedDatabaseUrl(o, io.env);
  const app = url
    ? await createSharedApp({ databaseUrl: url, logger, sealer: sealerFromEnv(io.env, logger), clock, filesRoot: null })
    : createApp({ dbPath: requireDatabase(dbPathFrom(o, io.env)), logger, sealer: sealerFromEnv(io.env, logger), clock });
  try {
    const store: Store = app.store;
    const prepare = store.prepareDue ? (at: Date) => store.prepareDue?.(at) ?? Promise.resolve() : undefined;
    const scheduler = createScheduler({ ledger: store.prompts, engine: app.engine, clock, logger, sources: schedulerSources(store), ...(prepare ? { prepare } : {}) });
    const items = await scheduler.pending(now);
    if (!o.dryRun) await scheduler.record(items, now);
    const out = items.map((i) => ({ user: i.userId, local_date: i.localDate ?? null }));
    if (o.json) io.stdout.write(`${JSON.stringify(out)}\n`);
    else if (out.length === 0) io.stdout.write(`Nothing due at ${now.toISOString()}.\n`);
    else for (const x of out) io.stdout.write(`${x.user}\t${x.local_date}${o.dryRun ? '' : '\t(recorded as sent)'}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
