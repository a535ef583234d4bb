/**
 * The outbox: replies committed before a crash but never confirmed delivered are sent to the
 * parent's DM when the Slack adapter starts (in the background, as on Discord: core's channelLife).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keysOf, startHarness, type Harness } from './fake-slack.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Slack re-delivery at start-up', () => {
  it('delivers undelivered Slack turns to the DM and acks them; other channels are left alone', async () => {
    h = await startHarness({
      beforeStart: async (app) => {
        // Handled and committed, but the process "died" before delivering (no ack).
        await app.engine.handleTurn({ id: 'slack:ev:EvCrash', channel: 'slack', user: 'slack:T1:U5', where: 'dm', input: { kind: 'text', text: 'hello' }, receivedAt: new Date() });
        await app.engine.handleTurn({ id: 'discord:1', channel: 'discord', user: 'discord:42', where: 'dm', input: { kind: 'text', text: 'hello' }, receivedAt: new Date() });
      },
    });
    const [open] = await h.fake.waitForCalls('conversations.open', 1);
    expect(open?.args['users']).toBe('U5');
    const posts = await h.fake.waitForCalls('chat.postMessage', 1);
    expect(posts.every((p) => p.args['channel'] === 'DU5')).toBe(true);
    expect(keysOf(posts.at(-1)?.args['blocks'])).toContain('home.menu');
    // Acknowledged once sent; the start did not wait for it.
    await vi.waitFor(async () => expect((await h?.app.engine.undelivered())?.map((u) => u.eventId)).toEqual(['discord:1']));
  });
});
