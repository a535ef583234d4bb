/**
 * Discord's rate limits are discord.js's to honour: its REST queue waits out a 429's retry_after
 * and sends again, so a check-in prompt sent through core's outbox arrives once, late.
 */
import { describe, expect, it } from 'vitest';
import { fakeUser, snowflake } from './discord-calls.js';
import { startHarness } from './discord-harness.js';

describe('Discord rate limits', () => {
  it('a prompt refused with 429 and retry_after is sent again after the wait, once', async () => {
    const h = await startHarness();
    try {
      const parent = fakeUser(snowflake());
      const dm = `/channels/${h.fake.dmChannelFor(parent.id)}/messages`;
      h.fake.rateLimits.push({ method: 'POST', path: new RegExp(`^${dm}$`), seconds: 1 });
      const started = Date.now();
      expect(await h.outbox.deliver(`discord:${parent.id}`, [{ type: 'text', key: 'test.prompt', text: 'Time for today’s check-in' }])).toBe(true);
      const calls = h.fake.calls.filter((c) => c.method === 'POST' && c.path === dm);
      expect(calls.map((c) => c.status)).toEqual([429, 200]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    } finally {
      await h.stop();
    }
  });
});
