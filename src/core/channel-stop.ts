/**
 * Stopping a channel, the same for every platform: stop receiving, let what is in flight finish
 * (the outbox's turns and sends, and any work the adapter began for an event outside it), then
 * disconnect; once, however many times it is asked.
 */
import type { Outbox } from './outbox.js';

export interface ChannelStop {
  /** Work begun for an event outside the outbox (e.g. acknowledging it), waited for at stop. */
  track(work: Promise<unknown>): void;
  /** Stops once: `quiet`, then what is in flight (within `graceMs` when given), then `close`. */
  stop(): Promise<void>;
}

export interface ChannelStopSteps {
  /** Stop receiving events (an HTTP listener, a socket). */
  quiet?: () => Promise<unknown>;
  /** Disconnect, after what was in flight has finished. */
  close?: () => Promise<unknown>;
  /** Longest wait for what is in flight; absent, as long as it takes. */
  graceMs?: number;
  stopped: () => void;
}

export function channelStop(outbox: Pick<Outbox, 'settle'>, steps: ChannelStopSteps): ChannelStop {
  const inflight = new Set<Promise<unknown>>();
  let stopping: Promise<void> | undefined;
  async function stop(): Promise<void> {
    await steps.quiet?.();
    const finished = Promise.allSettled([...inflight, outbox.settle()]);
    if (steps.graceMs === undefined) await finished;
    else {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, steps.graceMs)))]);
      clearTimeout(timer);
    }
    await steps.close?.();
    steps.stopped();
  }
  return {
    track(work) {
      inflight.add(work);
      const done = () => void inflight.delete(work);
      work.then(done, done);
    },
    stop: () => (stopping ??= stop()),
  };
}
