/**
 * A new message typed at a buttons-only question, in Slack (tidy14; src/core/new-message.ts): the
 * email is kept and the parent asked in real Block Kit buttons whether to look at it now or finish
 * the question first; "Finish the question first", clicked, asks the question again (its buttons
 * live), and the message comes back, in buttons, when the log it led to ends.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TurnInput } from '../../../src/core/types.js';
import { tellTriage, type CaseApp } from '../../features/case-file/support.js';
import { buttonsOf, click, dm, keysOf, postInteraction, postJson, startHarness, type ApiCall, type Harness } from './fake-slack.js';

const USER = 'U9';
const CHANNEL = 'DU9';
const PARENT = 'slack:T1:U9';
const EMAIL = 'Mrs Fenwick just emailed again: "We are unable to provide a quiet room at lunchtime as the space is needed for other pupils."';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({
    // Rosie's case told through triage beforehand, as the console would (not through Slack: this test is about what follows).
    beforeStart: async (app) => {
      const shim = { send: (input: string | TurnInput) => app.engine.handleTurn({ id: randomUUID(), channel: 'console', user: PARENT, where: 'dm', input: typeof input === 'string' ? { kind: 'text', text: input } : input, receivedAt: new Date() }) };
      await tellTriage(shim as unknown as CaseApp, { user: PARENT, nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more evidence before we change anything for Rosie.', who: 'Mr Hill' });
      await shim.send({ kind: 'command', name: 'restart', args: '' });
      // Taken as delivered, so the channel's start does not post them again into the DM.
      for (const t of await app.engine.undelivered()) app.store.markDelivered(t.eventId, new Date().toISOString());
    },
  });
});
afterEach(async () => {
  await h.close();
});

let delivered = 0;
async function step(send: () => Promise<{ status: number }>): Promise<void> {
  expect((await send()).status).toBe(200);
  delivered += 1;
  await h.waitForLog('turn delivered', delivered);
}
const lastPost = (): ApiCall => {
  const post = h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === CHANNEL).at(-1);
  if (!post) throw new Error('nothing posted');
  return post;
};
async function clickOn(actionId: string): Promise<void> {
  const post = lastPost();
  const button = buttonsOf(post.args['blocks']).find((b) => b.actionId === actionId);
  if (!button) throw new Error(`no button ${actionId}: ${buttonsOf(post.args['blocks']).map((b) => b.actionId).join(', ')}`);
  await step(() => postInteraction(h.port, click(USER, CHANNEL, String(post.response['ts']), post.args['blocks'], button)));
}

describe('Slack: a new message at a buttons-only question', () => {
  it('is offered in buttons; "finish the question first" asks it again, and the message comes back after', async () => {
    delivered = 0;
    await step(() => postJson(h.port, dm(USER, 'she went in at 10 and came home at 12 after a meltdown in maths')));
    expect(keysOf(lastPost().args['blocks'])).toContain('daily-log.ask-told.named');

    await step(() => postJson(h.port, dm(USER, EMAIL)));
    const offer = lastPost();
    expect(keysOf(offer.args['blocks'])).toContain('engine.new-message.ask');
    expect(keysOf(offer.args['blocks'])).not.toContain('engine.pick-one');
    expect(buttonsOf(offer.args['blocks']).map((b) => [b.actionId, b.label])).toEqual([
      ['choice:new:now', 'Look at it now'],
      ['choice:new:later', 'Finish the question first'],
    ]);

    await clickOn('choice:new:later');
    expect(keysOf(lastPost().args['blocks'])).toEqual(expect.arrayContaining(['engine.new-message.later', 'daily-log.ask-told.named']));
    await clickOn('choice:yes');
    // The rest of the day's log, with its last button each time, until the message comes back.
    for (let i = 0; i < 10 && !keysOf(lastPost().args['blocks']).includes('engine.new-message.held'); i++) {
      const buttons = buttonsOf(lastPost().args['blocks']);
      const last = buttons.at(-1);
      if (last) await clickOn(last.actionId);
      else await step(() => postJson(h.port, dm(USER, 'nothing')));
    }
    const back = lastPost();
    expect(keysOf(back.args['blocks'])).toEqual(expect.arrayContaining(['engine.new-message.back-to', 'engine.new-message.held']));
    expect(JSON.stringify(back.args['blocks'])).toContain('unable to provide a quiet room');
    expect(buttonsOf(back.args['blocks']).map((b) => b.actionId)).toEqual(['choice:new:now', 'choice:new:leave']);
    await clickOn('choice:new:now');
    expect(keysOf(lastPost().args['blocks']).some((k) => k.startsWith('triage.'))).toBe(true);
    expect(h.logger.dump()).not.toContain('quiet room');
  });
});
