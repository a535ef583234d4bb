/**
 * A channel's life (core/channel-life.ts): open registers it and re-delivers in the background;
 * stop is quiet, then what is in flight (within the grace), then close; once.
 */
import { describe, expect, it } from 'vitest';
import { channelLife, STOP_GRACE_MS } from '../../src/core/channel-life.js';
import type { Channel } from '../../src/core/channel.js';

function deferred() {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const noOutbox = { settle: async () => {}, register: () => {}, redeliver: async () => 0 };
const quietly = { redeliveryFailed: () => {}, stopped: () => {} };
const channel = { id: 'fake', sendPrivately: async () => 0 } as unknown as Channel;

describe('channelLife', () => {
  it('stops receiving, waits for tracked work and the outbox, then closes, in that order', async () => {
    const steps: string[] = [];
    const work = deferred();
    const life = channelLife(
      { ...noOutbox, settle: async () => void steps.push('settled') },
      { ...quietly, quiet: async () => void steps.push('quiet'), close: async () => void steps.push('closed'), stopped: () => steps.push('stopped') },
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
    const life = channelLife(noOutbox, { ...quietly, close: async () => void closes++ });
    life.track(Promise.reject(new Error('send failed')));
    await Promise.all([life.stop(), life.stop()]);
    await life.stop();
    expect(closes).toBe(1);
  });

  it('closes when the grace is over even if work is still going', async () => {
    const never = new Promise<void>(() => {});
    let closed = false;
    const life = channelLife({ ...noOutbox, settle: () => never }, { ...quietly, close: async () => void (closed = true), graceMs: 20 });
    await life.stop();
    expect(closed).toBe(true);
  });

  it('waits at most STOP_GRACE_MS by default, the same for every platform', async () => {
    const timers: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      timers.push(ms ?? 0);
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout;
    try {
      await channelLife({ ...noOutbox, settle: () => new Promise<void>(() => {}) }, quietly).stop();
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    expect(timers).toContain(STOP_GRACE_MS);
  });

  it('open registers the channel before re-delivering, and stop waits for the re-delivery', async () => {
    const steps: string[] = [];
    const redelivery = deferred();
    const outbox = {
      ...noOutbox,
      register: (c: Channel) => void steps.push(`register ${c.id}`),
      redeliver: () => (steps.push('redeliver'), redelivery.promise.then(() => (steps.push('redelivered'), 1))),
    };
    const life = channelLife(outbox, { ...quietly, close: async () => void steps.push('closed') });
    life.open(channel);
    expect(steps).toEqual(['register fake', 'redeliver']);
    const stopped = life.stop();
    await new Promise((r) => setTimeout(r, 10));
    expect(steps).not.toContain('closed');
    redelivery.resolve();
    await stopped;
    expect(steps).toEqual(['register fake', 'redeliver', 'redelivered', 'closed']);
  });

  it('a failed re-delivery is reported and the channel runs on', async () => {
    const failures: unknown[] = [];
    const life = channelLife({ ...noOutbox, redeliver: async () => Promise.reject(new Error('store unreadable')) }, { ...quietly, redeliveryFailed: (err) => void failures.push(err) });
    life.open(channel);
    await life.stop();
    expect(failures).toHaveLength(1);
    expect(String(failures[0])).toContain('store unreadable');
  });
});
