/**
 * `/nextstep forget Noah` took no child's name: it asked to erase everything. Now the name
 * starts that child's erase, as "delete Noah's data" does in a DM, answered where every other
 * `/nextstep forget` answer goes (ephemeral, through the command's response_url), never posted
 * in the channel. Through the real Bolt app against the fake Slack.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keysOf, postCommand, slashCommand, startHarness, respondsFor, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});


function twoChildren(user: string): void {
  const at = new Date().toISOString();
  h.app.store.ensureUser(user, at);
  for (const name of ['Noah', 'Ivy']) h.app.store.openCase(user, name, at);
}

describe('Slack: /nextstep forget <child>', () => {
  it("/nextstep forget Noah asks about Noah's notes only, ephemerally", async () => {
    twoChildren('slack:T1:U1');
    const fields = slashCommand(h.fake, 'U1', 'forget Noah');
    await postCommand(h.port, fields);
    await h.waitForLog('turn delivered', 1);
    const answers = respondsFor(h.fake, fields['trigger_id'] ?? '');
    const keys = answers.flatMap((a) => keysOf(a['blocks']));
    expect(keys).toContain('case-file.forget-child.confirm');
    expect(keys).not.toContain('case-file.forget.confirm-children');
    // About Noah, Ivy's staying: the key's words with its vars (review20 R8).
    expect(JSON.stringify(answers)).toContain(JSON.stringify(h.app.content.render('case-file.forget-child.confirm', { child: 'Noah', others: 'Ivy' })).slice(1, -1));
    for (const a of answers) expect(a['response_type']).toBe('ephemeral');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.app.store.listCases('slack:T1:U1')).toHaveLength(2);
  });

  it('/nextstep forget alone (or "forget me") still asks to erase everything', async () => {
    twoChildren('slack:T1:U2');
    for (const [n, text] of [[1, 'forget'], [2, 'forget me']] as const) {
      const fields = slashCommand(h.fake, 'U2', text);
      await postCommand(h.port, fields);
      await h.waitForLog('turn delivered', n);
      expect(respondsFor(h.fake, fields['trigger_id'] ?? '').flatMap((a) => keysOf(a['blocks']))).toContain('case-file.forget.confirm-children');
    }
  });
});
