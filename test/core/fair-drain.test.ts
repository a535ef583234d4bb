/**
 * The outbox's drain: communities (Slack workspaces, Discord servers) take turns, and a rate
 * limit handed back with a retry_after pauses only its own community.
 */
import { describe, expect, it } from 'vitest';
import { createFairDrain } from '../../src/core/fair-drain.js';

class RateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super('rate limited');
  }
}

describe('fair drain', () => {
  it('takes communities in turn, so one long queue does not hold up the others', async () => {
    const drain = createFairDrain();
    const order: string[] = [];
    const send = (community: string, n: number) => drain.push(community, async () => void order.push(`${community}${n}`));
    await Promise.all([send('A', 1), send('A', 2), send('A', 3), send('A', 4), send('B', 1), send('C', 1), send('B', 2)]);
    expect(order).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'A3', 'A4']);
  });

  it('waits out a returned retry_after for that community only, then sends again ahead of its later sends', async () => {
    let clock = 0;
    const waits: number[] = [];
    const drain = createFairDrain({
      retryAfterMs: (err) => (err instanceof RateLimited ? err.retryAfterMs : null),
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    const order: string[] = [];
    let limited = true;
    const a1 = drain.push('A', async () => {
      if (limited) {
        limited = false;
        order.push('A1 429');
        throw new RateLimited(1500);
      }
      order.push('A1');
    });
    const rest = [drain.push('A', async () => void order.push('A2')), drain.push('B', async () => void order.push('B1')), drain.push('B', async () => void order.push('B2'))];
    await Promise.all([a1, ...rest]);
    // B is not held up by A's limit; A's first send goes again before A's second.
    expect(order).toEqual(['A1 429', 'B1', 'B2', 'A1', 'A2']);
    expect(waits).toEqual([1500]);
  });

  it('gives up after a few rate limits, and fails at once on any other error', async () => {
    const drain = createFairDrain({ retryAfterMs: (err) => (err instanceof RateLimited ? err.retryAfterMs : null), maxRetries: 2, sleep: async () => undefined });
    let tries = 0;
    await expect(
      drain.push('A', async () => {
        tries += 1;
        throw new RateLimited(1);
      }),
    ).rejects.toBeInstanceOf(RateLimited);
    expect(tries).toBe(3);
    await expect(drain.push('A', async () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(drain.waiting).toBe(0);
  });

  it('keeps up to `concurrency` sends in flight, never two of one key at once, and each key in the order pushed', async () => {
    const drain = createFairDrain({ concurrency: 3 });
    const running = new Set<string>();
    const log: string[] = [];
    let most = 0;
    const gates = new Map<string, () => void>();
    const send = (community: string, key: string, n: number) =>
      drain.push(
        community,
        () =>
          new Promise<void>((resolve) => {
            const name = `${key}#${n}`;
            expect([...running].some((r) => r.startsWith(`${key}#`)), `${name} while ${key} is sending`).toBe(false);
            running.add(name);
            most = Math.max(most, running.size);
            log.push(`start ${name}`);
            gates.set(name, () => {
              running.delete(name);
              resolve();
            });
          }),
        key,
      );
    const all = Promise.all([send('A', 'p1', 1), send('A', 'p1', 2), send('A', 'p2', 1), send('B', 'p3', 1), send('A', 'p4', 1), send('B', 'p1', 3)]);
    const finish = async (name: string) => {
      const open = gates.get(name);
      expect(open, `${name} started`).toBeDefined();
      open?.();
      await new Promise((r) => setTimeout(r, 0));
    };
    await new Promise((r) => setTimeout(r, 0));
    // Three at once, as they were pushed, p1's second held back while its first is in flight.
    expect(log).toEqual(['start p1#1', 'start p2#1', 'start p3#1']);
    expect(drain.waiting).toBe(3);
    await finish('p1#1');
    await finish('p3#1');
    await finish('p2#1');
    await finish('p1#2');
    await finish('p4#1');
    await finish('p1#3');
    await all;
    expect(most).toBe(3);
    // One key's sends in the order pushed, whichever community they came through.
    expect(log.filter((l) => l.includes('p1#'))).toEqual(['start p1#1', 'start p1#2', 'start p1#3']);
    expect(drain.waiting).toBe(0);
  });

  it('with one send at a time (the default) waits for each to finish before the next', async () => {
    const drain = createFairDrain();
    let inFlight = 0;
    let most = 0;
    const send = (community: string) =>
      drain.push(community, async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight -= 1;
      });
    await Promise.all([send('A'), send('B'), send('A'), send('C')]);
    expect(most).toBe(1);
  });
});
