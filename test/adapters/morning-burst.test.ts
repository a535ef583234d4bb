/**
 * The morning burst (issue #18 item 5), small enough for `npm test`: a few hundred parents due in
 * the same minute, half on Slack and half on Discord, two real app processes on one PostgreSQL,
 * the fakes refusing requests over each platform's limits with 429s, and one instance SIGKILLed a
 * third of the way through. Every parent gets their prompt, none twice. The bench runs the same
 * with 10,000 (`--only burst`).
 */
import { describe, expect, it } from 'vitest';
import { freshPgDatabase } from '../store/contract/store-factories.js';
import { runBurst } from './morning-burst.js';

/** The limits scaled down (Slack's workspace and Discord's global limit to 20 a second), so they bind on a slow machine too. */
const SCALED = { workspacePerSecond: 20, workspaceBurst: 20 };
const SCALED_DISCORD = { globalPerSecond: 20 };

describe('the morning burst', () => {
  it('delivers every prompt once on Slack and on Discord across two instances when one is killed mid-burst', async () => {
    const parents = 300;
    const r = await runBurst({
      url: await freshPgDatabase(),
      parents,
      instances: 2,
      killAt: 1 / 3,
      tickMs: 1000,
      redeliverAfterMs: 8000,
      timeoutMs: 150_000,
      limits: SCALED,
      discordLimits: SCALED_DISCORD,
    });
    expect(r.killed_at).not.toBeNull();
    expect(r.killed_at ?? parents).toBeLessThan(parents);
    expect([r.slack.parents, r.discord.parents]).toEqual([150, 150]);
    expect([r.slack.lost, r.discord.lost]).toEqual([0, 0]);
    // Not even the post the killed instance made but never recorded: the survivor finds it in the
    // Slack DM (message metadata) before sending it again, and Discord returns the message it
    // already has for the same nonce.
    expect([r.slack.doubled, r.discord.doubled]).toEqual([0, 0]);
    // The fakes enforced their limits: some requests were refused, and nothing beat the limits' minimum.
    expect(r.slack.rate_limited).toBeGreaterThan(0);
    expect(r.discord.rate_limited).toBeGreaterThan(0);
    expect(r.slack.deliver_s).toBeGreaterThanOrEqual(r.slack.limit_min_s);
    expect(r.discord.deliver_s).toBeGreaterThanOrEqual(r.discord.limit_min_s);
  }, 210_000);
});
