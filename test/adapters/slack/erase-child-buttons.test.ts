/**
 * Erasing one child deleted the record of every question posted to the parent, so a button on
 * another child's older question, tapped afterwards, found no record: the message was replaced
 * by "that was an earlier question" and the other child's question was gone from the DM. Now
 * only the erased child's records go: the tap is resolved from its record as before the erase,
 * and the message keeps its words. Through the real Bolt app against the fake Slack.
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

const USER = 'slack:T1:U1';
const posts = (): ApiCall[] => h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args['channel'] === 'DU1');
const last = (): ApiCall => posts().at(-1) as ApiCall;

async function tap(message: ApiCall, choice: (actionId: string) => boolean, turns: number, url: string): Promise<void> {
  const button = buttonsOf(message.args['blocks']).find((b) => choice(b.actionId));
  if (!button) throw new Error(`no such button: ${buttonsOf(message.args['blocks']).map((b) => b.actionId).join(', ')}`);
  await postInteraction(h.port, click('U1', 'DU1', String(message.response['ts']), message.args['blocks'], button, { responseUrl: h.fake.responseUrl(url) }));
  await h.waitForLog('turn delivered', turns);
}

describe('Slack: a button on another child\'s question after one child is erased', () => {
  it("Ivy's older question keeps its record and its words when Noah is erased", async () => {
    const at = new Date().toISOString();
    h.app.store.ensureUser(USER, at);
    for (const name of ['Noah', 'Ivy']) h.app.store.openCase(USER, name, at);

    await postJson(h.port, dm('U1', 'log today'));
    await h.waitForLog('turn delivered', 1);
    await tap(last(), (id) => id === 'choice:child:1', 2, 'which');
    const ivyQuestion = last();
    expect(JSON.stringify(ivyQuestion.args['blocks'])).toMatch(/Ivy/);
    expect(JSON.stringify(ivyQuestion.args['blocks'])).not.toMatch(/Noah/);

    await postJson(h.port, dm('U1', "delete Noah's data"));
    await h.waitForLog('turn delivered', 3);
    expect(keysOf(last().args['blocks'])).toContain('case-file.forget-child.confirm');
    await tap(last(), (id) => id.startsWith('choice:yes'), 4, 'erase-yes');
    expect(h.app.store.listCases(USER).map((c) => c.nickname)).toEqual(['Ivy']);

    const updatesBefore = h.fake.callsTo('chat.update').length;
    await tap(ivyQuestion, () => true, 5, 'ivy-later');
    const closed = h.fake.responds.find((r) => r.id === 'ivy-later' && r.body['replace_original'] === true);
    expect(closed, 'not replaced by "an earlier question"').toBeUndefined();
    const updated = h.fake.callsTo('chat.update').slice(updatesBefore).find((c) => c.args['ts'] === ivyQuestion.response['ts']);
    expect(updated, "Ivy's question redrawn from its record").toBeDefined();
    expect(JSON.stringify(updated?.args['blocks'])).toMatch(/Ivy/);
    expect(buttonsOf(updated?.args['blocks'])).toEqual([]);
  });

  it("Noah's question that does not name him goes with him: a tap on it afterwards finds no record", async () => {
    const at = new Date().toISOString();
    h.app.store.ensureUser(USER, at);
    for (const name of ['Noah', 'Ivy']) h.app.store.openCase(USER, name, at);

    await postJson(h.port, dm('U1', 'log today'));
    await h.waitForLog('turn delivered', 1);
    await tap(last(), (id) => id === 'choice:child:0', 2, 'which');
    await tap(last(), (id) => id === 'choice:partial', 3, 'partial');
    await tap(last(), (id) => id === 'choice:h:2', 4, 'hours');
    const hard = last();
    expect(keysOf(hard.args['blocks'])).toContain('daily-log.ask-difficulty');
    expect(JSON.stringify(hard.args['blocks'])).not.toMatch(/Noah/);

    await postJson(h.port, dm('U1', "delete Noah's data"));
    await h.waitForLog('turn delivered', 5);
    await tap(last(), (id) => id.startsWith('choice:yes'), 6, 'erase-yes');
    expect(h.app.store.listCases(USER).map((c) => c.nickname)).toEqual(['Ivy']);

    await tap(hard, (id) => id === 'choice:d:5', 7, 'hard-later');
    const closed = h.fake.responds.find((r) => r.id === 'hard-later' && r.body['replace_original'] === true);
    expect(closed, 'the record went with Noah').toBeDefined();
  });
});
