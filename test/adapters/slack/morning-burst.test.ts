/**
 * The morning burst (issue #18 item 5), small enough for `npm test`: a few hundred parents due in
 * the same minute, two real app processes on one PostgreSQL, the fake Slack refusing posts over
 * Slack's limits with 429 + Retry-After, and one instance SIGKILLed a third of the way through.
 * Every parent gets their prompt, none twice. The bench runs the same with 10,000 (`--only burst`).
 */
import { describe, expect, it } from 'vitest';
import { freshPgDatabase } from '../../store/contract/store-factories.js';
import { runBurst } from './morning-burst.js';

/** Slack's limits scaled down (the workspace's to 20 posts a second), so they bind on a slow machine too. */
const SCALED = { workspacePerSecond: 20, workspaceBurst: 20 };

describe('the morning burst', () => {
  it('delivers every prompt once across two instances when one is killed mid-burst', async () => {
    const parents = 300;
    const r = await runBurst({ url: await freshPgDatabase(), parents, instances: 2, killAt: 1 / 3, tickMs: 1000, redeliverAfterMs: 8000, timeoutMs: 120_000, limits: SCALED });
    expect(r.killed_at).not.toBeNull();
    expect(r.killed_at ?? parents).toBeLessThan(parents);
    expect(r.lost).toBe(0);
    // Not even the post the killed instance made but never recorded: the survivor finds it in the
    // DM (message metadata) before sending it again.
    expect(r.doubled).toBe(0);
    // The fake enforced its limits: some posts were refused, and nothing beat the limits' minimum.
    expect(r.rate_limited).toBeGreaterThan(0);
    expect(r.deliver_s).toBeGreaterThanOrEqual(r.limit_min_s);
  }, 180_000);
});
