/**
 * Discord's rate limits are discord.js's to honour: its REST queue waits out a 429's retry_after
 * and sends again, so a check-in prompt sent through core's outbox arrives once, late. And a
 * turn's messages carry a nonce Discord enforces, so sending a turn again (its receipt never
 * written) returns the message already posted instead of posting it twice.
 */
import { describe, expect, it } from 'vitest';
import { NONCE_MAX, turnNonce } from '../../../src/adapters/discord/deliver.js';
import { fakeUser, snowflake } from './discord-calls.js';
import { DiscordLimits } from './discord-limits.js';
import { startHarness } from './discord-harness.js';

const PROMPT = [{ type: 'text' as const, key: 'test.prompt', text: 'Time for today’s check-in' }];

describe('Discord rate limits', () => {
  it('a prompt refused with 429 and retry_after is sent again after the wait, once', async () => {
    const h = await startHarness();
    try {
      const parent = fakeUser(snowflake());
      const dm = `/channels/${h.fake.dmChannelFor(parent.id)}/messages`;
      h.fake.rateLimits.push({ method: 'POST', path: new RegExp(`^${dm}$`), seconds: 1 });
      const started = Date.now();
      expect(await h.outbox.deliver(`discord:${parent.id}`, PROMPT)).toBe(true);
      const calls = h.fake.calls.filter((c) => c.method === 'POST' && c.path === dm);
      expect(calls.map((c) => c.status)).toEqual([429, 200]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    } finally {
      await h.stop();
    }
  });

  it('the global limit (scaled to 4 a second) is waited out: every prompt once, none before the limit allows', async () => {
    const h = await startHarness();
    try {
      h.fake.limits = new DiscordLimits({ globalPerSecond: 4 });
      const parents = Array.from({ length: 6 }, () => fakeUser(snowflake()));
      const created = new Map<string, number>();
      h.fake.onCreate = (ch) => created.set(ch, (created.get(ch) ?? 0) + 1);
      const started = Date.now();
      const sent = await Promise.all(parents.map((p, i) => h.outbox.deliver(`discord:${p.id}`, PROMPT, `checkin:discord:${p.id}:${i}`)));
      expect(sent.every(Boolean)).toBe(true);
      expect(parents.map((p) => created.get(h.fake.dmChannelFor(p.id)))).toEqual(parents.map(() => 1));
      // 12 requests (a DM opened, a message) at 4 a second: at least two windows after the first.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000 * Math.floor(h.fake.limits.minimumSeconds(parents.length)));
      expect(h.fake.limits.refused.global).toBeGreaterThan(0);
    } finally {
      await h.stop();
    }
  }, 20_000);
});

describe('Discord nonces', () => {
  it('a turn sent twice (its receipt never written) posts once: the second send gets the first message back', async () => {
    const h = await startHarness();
    try {
      const parent = fakeUser(snowflake());
      const turnId = `checkin:discord:${parent.id}:2026-01-05`;
      const dm = h.fake.dmChannelFor(parent.id);
      await h.outbox.deliver(`discord:${parent.id}`, PROMPT, turnId);
      await h.outbox.deliver(`discord:${parent.id}`, PROMPT, turnId);
      const posts = h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${dm}/messages`);
      expect(posts).toHaveLength(2);
      expect(posts.map((c) => [c.body?.nonce, c.body?.enforce_nonce])).toEqual([
        [turnNonce(turnId, 0), true],
        [turnNonce(turnId, 0), true],
      ]);
      expect([...h.fake.messages.values()].filter((m) => m.channel_id === dm)).toHaveLength(1);
      expect(h.fake.nonceHits).toBe(1);
    } finally {
      await h.stop();
    }
  });

  it('a nonce is within Discord’s 25 characters, differs by message and by turn, and is the same on every try', () => {
    const long = `checkin:discord:${'9'.repeat(19)}:2026-01-05`;
    expect(turnNonce(long, 0).length).toBeLessThanOrEqual(NONCE_MAX);
    expect(NONCE_MAX).toBe(25);
    expect(turnNonce(long, 0)).toBe(turnNonce(long, 0));
    expect(new Set([turnNonce(long, 0), turnNonce(long, 1), turnNonce(`${long}x`, 0)]).size).toBe(3);
  });
});
