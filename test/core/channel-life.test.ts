/**
 * A channel's life (core/channel-life.ts): open registers it and re-delivers in the background;
 * stop is quiet, then what is in flight (as long as it takes, said as it goes), then close; once.
 */
import { describe, expect, it } from 'vitest';
import { channelLife, lifeLog } from '../../src/core/channel-life.js';
import { createOutbox } from '../../src/core/outbox.js';
import type { Logger } from '../../src/core/ports.js';
import type { Reply, Turn } from '../../src/core/types.js';
import { makeTestApp } from '../support/builders.js';
import type { Channel } from '../../src/core/channel.js';

function deferred() {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const noOutbox = { settle: async () => {}, register: () => {}, redeliver: async () => 0 };
const quietly = { redeliveryFailed: () => {}, stopped: () => {} };
const quiet = () => {};
const quietLogger: Logger = { debug: quiet, info: quiet, warn: quiet, error: quiet };
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

  it('keeps waiting for what is in flight, however long, and says so every noticeMs', async () => {
    const work = deferred();
    const waited: number[] = [];
    let closed = false;
    const life = channelLife({ ...noOutbox, settle: () => work.promise }, { ...quietly, close: async () => void (closed = true), noticeMs: 10, stillWaiting: (ms) => void waited.push(ms) });
    const stopped = life.stop();
    await new Promise((r) => setTimeout(r, 60));
    expect(closed).toBe(false);
    expect(waited.length).toBeGreaterThanOrEqual(2);
    work.resolve();
    await stopped;
    expect(closed).toBe(true);
    const after = waited.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(waited).toHaveLength(after);
  });

  // The morning's review: with a 5 s grace, a parent's second message queued behind a slow send
  // (a rate limit being waited out) was never saved, and the platform had had its acknowledgement.
  it('a turn queued behind a slow send is saved before the channel closes', async () => {
    const app = makeTestApp();
    try {
      const outbox = createOutbox({ engine: app.engine, logger: quietLogger });
      const first = deferred();
      const send = async (replies: Reply[]) => replies.length;
      const turn = (id: string): Turn => ({ id, channel: 'slack', user: 'slack:T1:U1', where: 'dm', input: { kind: 'text', text: 'hello' }, receivedAt: new Date() });
      void outbox.submit(turn('ev-1'), async (replies) => (await first.promise, replies.length));
      void outbox.submit(turn('ev-2'), send);
      let savedAtClose: boolean | undefined;
      const life = channelLife(outbox, { ...quietly, noticeMs: 10, close: async () => void (savedAtClose = app.store.hasTurn('ev-2')) });
      const stopped = life.stop();
      await new Promise((r) => setTimeout(r, 40));
      expect(savedAtClose).toBeUndefined();
      first.resolve();
      await stopped;
      expect(savedAtClose).toBe(true);
    } finally {
      app.cleanup();
    }
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

describe('lifeLog', () => {
  it('logs a channel life the same for every channel: its name, the error by code, the wait', () => {
    const lines: [string, Record<string, unknown>, string][] = [];
    const rec = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push([level, obj, msg]);
    const logger = { debug: rec('debug'), info: rec('info'), warn: rec('warn'), error: rec('error') } as unknown as Logger;
    const log = lifeLog('discord', logger, (err) => ({ code: String((err as { code?: unknown }).code) }));
    log.redeliveryFailed(Object.assign(new Error('a parent wrote this'), { code: 50007 }));
    log.stillWaiting(5000);
    log.stopped();
    expect(lines).toEqual([
      ['warn', { src: 'discord', code: '50007' }, 'discord redelivery failed'],
      ['info', { src: 'discord', waitedMs: 5000 }, 'stopping: waiting for turns and sends in flight'],
      ['info', { src: 'discord' }, 'discord stopped'],
    ]);
  });
});
