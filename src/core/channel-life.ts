/**
 * A channel's life, the same for every platform. Open: register it with the outbox and re-deliver,
 * in the background, what was committed but never delivered before the last stop. Stop: stop
 * receiving, let what is in flight finish (the outbox's turns and sends, the re-delivery, and any
 * work the adapter began for an event outside the outbox), then disconnect; once, however many
 * times it is asked. What is in flight is waited for as long as it takes: a parent's later
 * message queued behind a slow send (a rate limit waited out) is not saved until that send ends,
 * and the platform, which has had its acknowledgement, will not send it again. A long wait is
 * said every `noticeMs` (`stillWaiting`), so an operator sees why the stop has not finished.
 */
import type { Channel } from './channel.js';
import type { Outbox } from './outbox.js';
import type { Logger } from './ports.js';

/** How often a stop still waiting for work in flight says so. */
export const STOP_NOTICE_MS = 5000;

export interface ChannelLife {
  /** Registers the channel and starts re-delivering its undelivered turns (tracked: stop waits for it). */
  open(channel: Channel): void;
  /** Work begun for an event outside the outbox (e.g. acknowledging it), waited for at stop. */
  track(work: Promise<unknown>): void;
  /** Stops once: `quiet`, then what is in flight (as long as it takes), then `close`. */
  stop(): Promise<void>;
}

export interface ChannelLifeSteps {
  /** Stop receiving events (an HTTP listener, a socket). */
  quiet?: () => Promise<unknown>;
  /** Disconnect, after what was in flight has finished. */
  close?: () => Promise<unknown>;
  /** How often a long wait is said (default `STOP_NOTICE_MS`). */
  noticeMs?: number;
  /** Still waiting at stop, `waitedMs` so far (logged by the adapter: an operator sees why). */
  stillWaiting?: (waitedMs: number) => void;
  /** The re-delivery at open failed (e.g. the store could not be read); the channel runs on. */
  redeliveryFailed: (err: unknown) => void;
  stopped: () => void;
}

/**
 * The life's log lines, the same for every channel: `<name> redelivery failed` with the error's
 * fields as the channel describes them (codes, never a message that might quote a parent), the
 * long wait at stop, and `<name> stopped`.
 */
export function lifeLog(name: string, logger: Logger, describe: (err: unknown) => object): Required<Pick<ChannelLifeSteps, 'redeliveryFailed' | 'stillWaiting' | 'stopped'>> {
  return {
    redeliveryFailed: (err) => logger.warn({ src: name, ...describe(err) }, `${name} redelivery failed`),
    stillWaiting: (waitedMs) => logger.info({ src: name, waitedMs }, 'stopping: waiting for turns and sends in flight'),
    stopped: () => logger.info({ src: name }, `${name} stopped`),
  };
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
    const every = steps.noticeMs ?? STOP_NOTICE_MS;
    const began = Date.now();
    const notices = setInterval(() => steps.stillWaiting?.(Date.now() - began), every);
    try {
      await Promise.allSettled([...inflight, outbox.settle()]);
    } finally {
      clearInterval(notices);
    }
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
