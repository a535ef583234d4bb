/**
 * The database-backed scheduler. Each feature contributes a DueSource that says which prompts
 * are due at an instant; the scheduler claims each one in `sent_prompts` (so it is sent once,
 * whatever restarts happen), runs it through the engine as a command turn, and hands the
 * replies to the channel that parent uses.
 */
import type Database from 'better-sqlite3';
import type { Engine } from './engine.js';
import type { Clock, Logger } from './ports.js';
import type { Reply } from './types.js';

export interface DueItem {
  userId: string;
  /** Unique per prompt, e.g. `checkin:<user>:<local date>`: the de-duplication key. */
  key: string;
  /** The engine command that produces the prompt (e.g. `checkin-prompt`). */
  command: string;
  args?: string;
  localDate?: string;
  dueAt: string;
}

export interface DueSource {
  name: string;
  /** Items due at `now` (not yet filtered for already-sent). Pure with respect to `now`. */
  due(now: Date): DueItem[];
}

/** Sends replies to a parent on whatever channel they use; resolves true when delivered. */
export type Deliver = (userId: string, replies: Reply[]) => Promise<boolean>;

export interface SchedulerDeps {
  db: Database.Database;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  sources: readonly DueSource[];
}

export function createScheduler(deps: SchedulerDeps) {
  const { db, engine, clock, logger } = deps;
  const isSent = db.prepare('SELECT 1 FROM sent_prompts WHERE key = ?');
  const claim = db.prepare(
    'INSERT OR IGNORE INTO sent_prompts (key, user_id, kind, local_date, due_at, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
  );

  /** What is due now and not yet sent. */
  function pending(now: Date): DueItem[] {
    const items = deps.sources.flatMap((s) => s.due(now));
    return items.filter((i) => isSent.get(i.key) === undefined);
  }

  /**
   * Sends everything due. The engine turn is keyed by the prompt's key, so it is idempotent:
   * a crash after the turn but before the claim finds the turn already done (its replies wait
   * in the outbox for re-delivery) and only records the claim.
   */
  async function tick(deliver: Deliver, now = clock.now()): Promise<DueItem[]> {
    const sent: DueItem[] = [];
    for (const item of pending(now)) {
      const turnId = `sched:${item.key}`;
      const replies = await engine.handleTurn({
        id: turnId,
        channel: 'scheduler',
        user: item.userId,
        where: 'dm',
        input: { kind: 'command', name: item.command, args: item.args ?? '' },
        receivedAt: now,
      });
      claim.run(item.key, item.userId, item.command, item.localDate ?? null, item.dueAt, now.toISOString());
      sent.push(item);
      if (replies.length === 0) continue;
      try {
        if (await deliver(item.userId, replies)) engine.ack(turnId);
      } catch (err) {
        logger.warn({ err: (err as Error).name, kind: item.command }, 'scheduled prompt not delivered; kept in the outbox');
      }
    }
    if (sent.length) logger.info({ count: sent.length }, 'scheduled prompts sent');
    return sent;
  }

  /** Marks items sent without running them (the `due` CLI without --dry-run, for checks). */
  function record(items: DueItem[], now = clock.now()): void {
    db.transaction(() => {
      for (const i of items) claim.run(i.key, i.userId, i.command, i.localDate ?? null, i.dueAt, now.toISOString());
    })();
  }

  /** Runs `tick` every `everyMs` (default a minute) until stopped. Runs once immediately. */
  function start(deliver: Deliver, everyMs = 60_000): { stop(): void } {
    let running = false;
    const run = () => {
      if (running) return;
      running = true;
      tick(deliver)
        .catch((err: unknown) => logger.error({ err: (err as Error).name }, 'scheduler tick failed'))
        .finally(() => {
          running = false;
        });
    };
    run();
    const timer = setInterval(run, everyMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  return { pending, tick, record, start };
}
export type Scheduler = ReturnType<typeof createScheduler>;
