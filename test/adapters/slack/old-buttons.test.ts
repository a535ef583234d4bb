/**
 * Buttons on a message whose record is gone (the parent said "forget me", or the record was
 * pruned after 30 days). The first tap gets the engine's "that button belongs to an earlier
 * question"; the message must lose its buttons then, as it does when the record is there, or a
 * second tap on the same message does nothing at all (the question is already claimed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, click, dm, keysOf, postInteraction, postJson, startHarness, type ApiCall, type Harness } from './fake-slack.js';

describe('Slack: a tap on a question from before "forget me"', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const posts = (): ApiCall[] => h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args['channel'] === 'DU1');
  const last = (): ApiCall => posts().at(-1) as ApiCall;

  it('takes the old message\'s buttons away, through the tap\'s own response_url', async () => {
    await postJson(h.port, dm('U1', 'hello'));
    await h.waitForLog('turn delivered', 1);
    const menu = last();
    expect(keysOf(menu.args['blocks'])).toContain('home.menu');

    await postJson(h.port, dm('U1', 'forget me'));
    await h.waitForLog('turn delivered', 2);
    const yes = buttonsOf(last().args['blocks']).find((b) => b.actionId.startsWith('choice:yes'));
    if (!yes) throw new Error('no yes button');
    await postInteraction(h.port, click('U1', 'DU1', String(last().response['ts']), last().args['blocks'], yes, { responseUrl: h.fake.responseUrl('forget-yes') }));
    await h.waitForLog('turn delivered', 3);

    const help = buttonsOf(menu.args['blocks']).find((b) => b.actionId === 'choice:help');
    if (!help) throw new Error('no help button');
    const url = h.fake.responseUrl('old-menu');
    await postInteraction(h.port, click('U1', 'DU1', String(menu.response['ts']), menu.args['blocks'], help, { responseUrl: url }));
    await h.waitForLog('turn delivered', 4);
    expect(keysOf(last().args['blocks'])).toContain('engine.stale-choice');
    const replaced = h.fake.responds.find((r) => r.id === 'old-menu' && r.body['replace_original'] === true);
    expect(replaced, 'the old message was replaced').toBeDefined();
    expect(buttonsOf(replaced?.body['blocks'])).toEqual([]);
  });
});
