/**
 * Slack's rate limits are Bolt's WebClient's to honour: a 429 with Retry-After is waited out and
 * the call made again, so a check-in prompt sent through core's outbox arrives once, late. When
 * the WebClient is told to hand 429s back, the outbox's drain waits for that workspace only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './fake-slack.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Slack rate limits', () => {
  it('a prompt refused with 429 and Retry-After is sent again after the wait, once', async () => {
    h = await startHarness({ webApiRetries: 1 });
    h.fake.rateLimitNext('chat.postMessage', 1);
    const started = Date.now();
    const sent = await h.outbox.deliver('slack:T1:U9', [{ type: 'text', key: 'test.prompt', text: 'Time for today’s check-in' }]);
    expect(sent).toBe(true);
    expect(h.fake.limited.map((l) => l.method)).toEqual(['chat.postMessage']);
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'DU9');
    expect(posts).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('a 429 handed back pauses only that workspace in the outbox\'s drain; the others go first', async () => {
    h = await startHarness({ rejectRateLimitedCalls: true });
    h.fake.rateLimitNext('chat.postMessage', 1);
    const prompt = [{ type: 'text' as const, key: 'test.prompt', text: 'Time for today’s check-in' }];
    const started = Date.now();
    const first = h.outbox.deliver('slack:T1:U11', prompt);
    const second = h.outbox.deliver('slack:T2:U12', prompt);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(h.fake.limited.map((l) => l.method)).toEqual(['chat.postMessage']);
    // T1's post was refused; T2's went while T1 waited; T1's went after the wait, once.
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args['channel'])).toEqual(['DU12', 'DU11']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('with no retries left the send fails, and the failure reaches the caller (which keeps the replies in the outbox)', async () => {
    h = await startHarness({ webApiRetries: 0 });
    h.fake.rateLimitNext('chat.postMessage', 1);
    await expect(h.outbox.deliver('slack:T1:U10', [{ type: 'text', key: 'test.prompt', text: 'Hello' }])).rejects.toThrow();
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'DU10')).toHaveLength(0);
  });
});
