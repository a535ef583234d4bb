/** Stopping a channel (core/channel-stop.ts): quiet, then what is in flight, then close; once. */
import { describe, expect, it } from 'vitest';
import { channelStop } from '../../src/core/channel-stop.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('channelStop', () => {
  it('stops receiving, waits for tracked work and the outbox, then closes, in that order', async () => {
    const steps: string[] = [];
    const work = deferred();
    const life = channelStop(
      { settle: async () => void steps.push('settled') },
      { quiet: async () => void steps.push('quiet'), close: async () => void steps.push('closed'), stopped: () => steps.push('stopped') },
    );
    life.track(work.promise.then(() => steps.push('work done')));
    const stopped = life.stop();
    await new Promise((r) => setTimeout(r, 10));
    expect(steps).toEqual(['quiet', 'settled']);
    work.resolve();
    await stopped;
    expect(steps).toEqual(['quiet', 'settled', 'work done', 'closed', 'stopped']);
  });

  it('stops once however often it is asked, and a failed piece of work does not stop it', async () => {
    let closes = 0;
    const life = channelStop({ settle: async () => {} }, { close: async () => void closes++, stopped: () => {} });
    life.track(Promise.reject(new Error('send failed')));
    await Promise.all([life.stop(), life.stop()]);
    await life.stop();
    expect(closes).toBe(1);
  });

  it('with a grace period, closes when it is over even if work is still going', async () => {
    const never = new Promise<void>(() => {});
    let closed = false;
    const life = channelStop({ settle: () => never }, { close: async () => void (closed = true), graceMs: 20, stopped: () => {} });
    await life.stop();
    expect(closed).toBe(true);
  });
});
