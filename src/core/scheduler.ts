/**
 * The scheduler. Each feature contributes a DueSource that says which prompts are due at an
 * instant; the scheduler claims each one through the store's PromptLedger (so it is sent once,
 * whatever restarts happen), runs it through the engine as a command turn, and hands the
 * replies to the channel that parent uses.
 */
import { channelIdOf } from './channel.js';
import type { Engine } from './engine.js';
import type { Clock, DueItem, DueSource, Logger, PromptLedger } from './ports.js';
import type { Reply } from './types.js';

/** Sends replies to a parent on whatever channel they use (`turnId` marks them, where the platform can); resolves true when delivered. */
export type Deliver = (userId: string, replies: Reply[], turnId?: string) => Promise<boolean>;

export interface SchedulerDeps {
  /** Where prompts are recorded as sent (the store's `prompts`). */
  ledger: PromptLedger;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  sources: readonly DueSource[];
  /** How many prompts are run and sent at once on each channel (default 1). */
  concurrency?: number;
  /** Makes what the sources read current first (the store's `prepareDue`, when it has one). */
  prepare?: (now: Date) => Promise<void>;
}

export function createScheduler(deps: SchedulerDeps) {
  const { ledger, engine, clock, logger } = deps;

  /** What is due now and not yet sent. */
  async function pending(now: Date): Promise<DueItem[]> {
    const due: DueItem[] = [];
    await deps.prepare?.(now);
    for (const source of deps.sources) due.push(...(await source.due(now)));
    const sent = await Promise.all(due.map((i) => ledger.isSent(i.key)));
    return due.filter((_, n) => !sent[n]);
  }

  /**
   * Sends everything due. The engine turn is keyed by the prompt's key, so it is idempotent:
   * a crash after the turn but before the claim finds the turn already done (its replies wait
   * in the outbox for re-delivery) and only records the claim.
   */
  async function tick(deliver: Deliver, now = clock.now()): Promise<DueItem[]> {
    const items = await pending(now);
    const done = new Set<DueItem>();
    const one = async (item: DueItem): Promise<void> => {
      const turnId = `sched:${item.key}`;
      const replies = await engine.handleTurn({
        id: turnId,
        channel: 'scheduler',
        user: item.userId,
        where: 'dm',
        input: { kind: 'command', name: item.command, args: item.args ?? '' },
        receivedAt: now,
      });
      await ledger.claim([item], now.toISOString());
      done.add(item);
      if (replies.length === 0) return;
      try {
        if (await deliver(item.userId, replies, turnId)) engine.ack(turnId);
      } catch (err) {
        logger.warn({ err: (err as Error).name, kind: item.command }, 'scheduled prompt not delivered; kept in the outbox');
      }
    };
    // A few prompts at a time on each channel (a morning's burst shares group commits), each
    // parent's in order (the engine queues a parent's turns); the same order in every instance.
    // Each channel has its own workers: a platform slowed by its rate limits (Discord needs two
    // requests a prompt) never holds up another's prompts.
    const byChannel = new Map<string, DueItem[]>();
    for (const item of items) {
      const channel = channelIdOf(item.userId) ?? '';
      const list = byChannel.get(channel);
      if (list) list.push(item);
      else byChannel.set(channel, [item]);
    }
    const workers = [...byChannel.values()].flatMap((list) => {
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let i = next++; i < list.length; i = next++) {
          const item = list[i];
          if (item) await one(item);
        }
      };
      return Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 1, list.length)) }, worker);
    });
    await Promise.all(workers);
    const sent = items.filter((i) => done.has(i));
    if (sent.length) logger.info({ count: sent.length }, 'scheduled prompts sent');
    return sent;
  }

  /** Marks items sent without running them (the `due` CLI without --dry-run, for checks). */
  async function record(items: DueItem[], now = clock.now()): Promise<void> {
    await ledger.claim(items, now.toISOString());
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
