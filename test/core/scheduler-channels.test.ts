/**
 * The scheduler runs each channel's prompts with its own workers: a platform slowed by its rate
 * limits (here Discord, whose sends wait) does not hold up another channel's prompts due at the
 * same moment. With one pool of workers for all, the Discord prompts took every worker and the
 * Slack prompt waited for them (the morning burst measured it: Slack started once Discord was done).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports.js';
import { createScheduler } from '../../src/core/scheduler.js';
import { SCHOOL_DAYS } from '../../src/features/daily-log/model.js';
import { schedulerSources } from '../../src/app.js';
import { FixedClock, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp | undefined;
afterEach(() => app?.cleanup());

describe('scheduler: one channel per pool of workers', () => {
  it('a Slack prompt is not held up behind Discord prompts waiting out their rate limits', async () => {
    const a = (app = makeTestApp({ clock: new FixedClock(new Date('2026-03-02T07:00:00.000Z')) }));
    const users = ['discord:1', 'discord:2', 'discord:3', 'discord:4', 'slack:T1:U1'];
    for (const user of users) {
      a.store.ensureUser(user, a.clock.now().toISOString());
      a.store.logs.updateCheckin(user, { enabled: true, days: [...SCHOOL_DAYS], time: '07:30', zone: 'UTC' }, a.clock.now().toISOString());
    }
    const s = createScheduler({ ledger: a.store.prompts, engine: a.engine, clock: a.clock, logger: silentLogger, sources: schedulerSources(a.store), concurrency: 2 });
    const order: string[] = [];
    let slackSent = (): void => {};
    const slackDone = new Promise<void>((resolve) => (slackSent = resolve));
    const deliver = async (user: string) => {
      // Discord's sends wait (its limits), at most 300 ms here; Slack's go at once.
      if (user.startsWith('discord:')) await Promise.race([slackDone, new Promise((resolve) => setTimeout(resolve, 300))]);
      else slackSent();
      order.push(user);
      return true;
    };
    a.clock.current = new Date('2026-03-02T07:31:00.000Z');
    const sent = await s.tick(deliver, a.clock.now());
    expect(sent.map((i) => i.userId).sort()).toEqual([...users].sort());
    expect(order[0]).toBe('slack:T1:U1');
  });
});
