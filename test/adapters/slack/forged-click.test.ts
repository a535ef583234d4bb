/**
 * A click is resolved only from the server's own record for the clicking parent. A signed
 * block_actions from parent A that names parent B's DM, B's message and B's question, with
 * made-up blocks, must change nothing of B's: no update of B's message, no post in B's DM, B's
 * question still open; B's own click still works. Real Bolt against the fake Slack.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, click, dm, keysOf, postInteraction, postJson, startHarness, type ApiCall, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function lastPost(channel: string): ApiCall {
  const post = h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === channel).at(-1);
  if (!post) throw new Error(`nothing posted in ${channel}`);
  return post;
}

describe('forged clicks', () => {
  it("a click from A naming B's message changes nothing of B's; B's real click still works", async () => {
    await postJson(h.port, dm('UA', 'hello'));
    await postJson(h.port, dm('UB', 'hello'));
    await h.waitForLog('turn delivered', 2);
    const bMenu = lastPost('DUB');
    const bTs = String(bMenu.response['ts']);
    const bButtons = buttonsOf(bMenu.args['blocks']);
    const newNo = bButtons.find((b) => b.actionId === 'choice:new-no');
    if (!newNo) throw new Error('no new-no button');
    const bPending = h.app.store.getSession('slack:T1:UB')?.pending;
    const postsToB = h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'DUB').length;

    // A forges: B's channel, B's message ts, B's value, and blocks of A's own making.
    const forgedBlocks = [{ type: 'section', block_id: 'x', text: { type: 'mrkdwn', text: 'FORGED by A' } }];
    const forged = await postInteraction(h.port, click('UA', 'DUB', bTs, forgedBlocks, newNo));
    expect(forged.status).toBe(200);
    // It is A's click, on A's own question of that id (the value names a question, looked up
    // only among A's): it runs as A's turn, answered in A's DM.
    await h.waitForLog('turn delivered', 3);

    expect(h.fake.callsTo('chat.update').filter((c) => c.args['channel'] === 'DUB')).toHaveLength(0);
    expect(JSON.stringify(h.fake.callsTo('chat.update').map((c) => c.args))).not.toContain('FORGED');
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'DUB')).toHaveLength(postsToB);
    expect(h.app.store.getSession('slack:T1:UB')?.pending).toEqual(bPending);

    // B's real click: the message is updated (from the bot's own blocks) and the flow moves on.
    await postInteraction(h.port, click('UB', 'DUB', bTs, bMenu.args['blocks'], newNo));
    await h.fake.waitFor(() => h.fake.callsTo('chat.update').find((c) => c.args['channel'] === 'DUB'), "B's message updated");
    const update = h.fake.callsTo('chat.update').find((c) => c.args['channel'] === 'DUB');
    expect(update?.args['ts']).toBe(bTs);
    expect(buttonsOf(update?.args['blocks'])).toEqual([]);
    expect(keysOf(update?.args['blocks'])).toContain('home.menu');
    await h.fake.waitFor(() => keysOf(lastPost('DUB').args['blocks']).includes('triage.ask-nickname') || undefined, "B's next question");
  });

  it('the blocks used to update a clicked message are the bot\'s own, never the payload\'s', async () => {
    await postJson(h.port, dm('UC', 'hello'));
    await h.waitForLog('turn delivered', 1);
    const menu = lastPost('DUC');
    const help = buttonsOf(menu.args['blocks']).find((b) => b.actionId === 'choice:help');
    if (!help) throw new Error('no help button');
    const madeUp = [{ type: 'section', block_id: 'x', text: { type: 'mrkdwn', text: 'MADE UP' } }];
    await postInteraction(h.port, click('UC', 'DUC', String(menu.response['ts']), madeUp, { ...help, label: 'Injected label' }));
    const [update] = await h.fake.waitForCalls('chat.update', 1);
    const json = JSON.stringify(update?.args);
    expect(json).not.toContain('MADE UP');
    expect(json).not.toContain('Injected label');
    expect(keysOf(update?.args['blocks'])).toContain('home.menu');
  });
});
