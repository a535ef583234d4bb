/**
 * A channel's life, the same for every platform. Open: register it with the outbox and re-deliver,
 * in the background, what was committed but never delivered before the last stop. Stop: stop
 * receiving, let what is in flight finish (the outbox's turns and sends, the re-delivery, and any
 * work the adapter began for an event outside the outbox) for at most `graceMs`, then disconnect;
 * once, however many times it is asked. Nothing is lost by the grace running out: a turn's
 * replies are committed before they are sent, and whatever was not confirmed sent goes out at
 * the next start.
 */
import type { Channel } from './channel.js';
import type { Outbox } from './outbox.js';

/** The longest a stop waits for what is in flight, on every platform. */
export const STOP_GRACE_MS = 5000;

export interface ChannelLife {
  /** Registers the channel and starts re-delivering its undelivered turns (tracked: stop waits for it). */
  open(channel: Channel): void;
  /** Work begun for an event outside the outbox (e.g. acknowledging it), waited for at stop. */
  track(work: Promise<unknown>): void;
  /** Stops once: `quiet`, then what is in flight (within `graceMs`), then `close`. */
  stop(): Promise<void>;
}

export interface ChannelLifeSteps {
  /** Stop receiving events (an HTTP listener, a socket). */
  quiet?: () => Promise<unknown>;
  /** Disconnect, after what was in flight has finished or the grace ran out. */
  close?: () => Promise<unknown>;
  /** Longest wait for what is in flight (default `STOP_GRACE_MS`). */
  graceMs?: number;
  /** The re-delivery at open failed (e.g. the store could not be read); the channel runs on. */
  redeliveryFailed: (err: unknown) => void;
  stopped: () => void;
}

export function channelLife(outbox: Pick<Outbox, 'settle' | 'register' | 'redeliver'>, steps: ChannelLifeSteps): ChannelLife {
  const inflight = new Set<Promise<unknown>>();
  let stopping: Promise<void> | undefined;
  function track(work: Promise<unknown>): void {
    inflight.add(work);
    const done = () => void inflight.delete(work);
    work.then(done, done);
  }
  async function stop(): Promise<void> {
    await steps.quiet?.();
    const finished = Promise.allSettled([...inflight, outbox.settle()]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, steps.graceMs ?? STOP_GRACE_MS)))]);
    clearTimeout(timer);
    await steps.close?.();
    steps.stopped();
  }
  return {
    open(channel) {
      outbox.register(channel);
      track(outbox.redeliver().then(() => undefined, steps.redeliveryFailed));
    },
    track,
    stop: () => (stopping ??= stop()),
  };
}
