/**
 * A mention in a public channel: general words in the thread, nothing the parent wrote repeated
 * there, and the case carried on in a DM opened with conversations.open.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, keysOf, mention, nextEventId, postJson, startHarness, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack mentions', () => {
  it('answers in the thread in general terms only and continues the case in a DM', async () => {
    const words = 'my daughter Rosalind has autism and the headteacher refused a part-time timetable';
    const id = nextEventId();
    const body = mention('U7', 'C-PUBLIC', words, id);
    expect((await postJson(h.port, body)).status).toBe(200);
    // The public turn and the resumed DM turn.
    await h.waitForLog('turn delivered', 2);

    const posts = h.fake.callsTo('chat.postMessage');
    const publicPosts = posts.filter((c) => c.args['channel'] === 'C-PUBLIC');
    expect(publicPosts.length).toBeGreaterThan(0);
    const threadTs = String((body['event'] as Record<string, unknown>)['ts']);
    for (const p of publicPosts) {
      expect(p.args['thread_ts']).toBe(threadTs);
      const shown = JSON.stringify(p.args);
      for (const w of ['Rosalind', 'autism', 'headteacher', 'part-time', 'daughter']) expect(shown).not.toContain(w);
      expect(buttonsOf(p.args['blocks'])).toEqual([]);
    }
    const publicKeys = publicPosts.flatMap((p) => keysOf(p.args['blocks']));
    expect(publicKeys).toEqual(expect.arrayContaining(['public.general', 'public.offer-dm']));

    // The case moves to a DM.
    const [open] = await h.fake.waitForCalls('conversations.open', 1);
    expect(open?.args['users']).toBe('U7');
    const dmPosts = posts.filter((c) => c.args['channel'] === 'DU7');
    expect(dmPosts.length).toBeGreaterThan(0);
    expect(keysOf(dmPosts.at(-1)?.args['blocks'])).toContain('home.menu');
    expect(buttonsOf(dmPosts.at(-1)?.args['blocks']).length).toBeGreaterThan(0);

    // Nothing the parent wrote is stored from the public turn, nor logged.
    expect(h.app.store.listNotes('slack:T1:U7')).toEqual([]);
    expect(h.logger.dump()).not.toContain('Rosalind');
    expect(await h.app.engine.undelivered()).toEqual([]);
  });

  it('answers a crisis mention privately: the crisis reply in the DM, nothing of it in the thread', async () => {
    const words = 'my boy Barnaby told me he wants to kill himself';
    const body = mention('U9', 'C-PUBLIC', words, nextEventId());
    await postJson(h.port, body);
    await h.waitForLog('turn delivered', 2);
    const posts = h.fake.callsTo('chat.postMessage');
    const publicPosts = posts.filter((c) => c.args['channel'] === 'C-PUBLIC');
    expect(publicPosts.length).toBeGreaterThan(0);
    for (const p of publicPosts) {
      const shown = JSON.stringify(p.args);
      for (const w of ['Barnaby', 'kill', '988', '116 123', 'Childline', 'safe right now']) expect(shown).not.toContain(w);
    }
    expect(publicPosts.flatMap((p) => keysOf(p.args['blocks']))).not.toContain('safety.crisis.child_self_harm');
    const dmPosts = posts.filter((c) => c.args['channel'] === 'DU9');
    expect(dmPosts.flatMap((p) => keysOf(p.args['blocks']))).toContain('safety.crisis.child_self_harm');
    expect(JSON.stringify(dmPosts.map((p) => p.args))).not.toContain('Barnaby');
    expect(h.logger.dump()).not.toContain('Barnaby');
  });

  it('asks the safety question in the DM for a possible-risk mention, never in the thread', async () => {
    const body = mention('U10', 'C-PUBLIC', "honestly I can't do this anymore", nextEventId());
    await postJson(h.port, body);
    await h.waitForLog('turn delivered', 2);
    const posts = h.fake.callsTo('chat.postMessage');
    const publicKeys = posts.filter((c) => c.args['channel'] === 'C-PUBLIC').flatMap((p) => keysOf(p.args['blocks']));
    expect(publicKeys).not.toContain('safety.check.question');
    const dm = posts.filter((c) => c.args['channel'] === 'DU10');
    expect(keysOf(dm.at(-1)?.args['blocks'])).toContain('safety.check.question');
    expect(buttonsOf(dm.at(-1)?.args['blocks']).length).toBe(2);
  });

  it('a retried mention produces no second public reply and no second DM', async () => {
    const body = mention('U8', 'C-PUBLIC', 'can you help me', nextEventId());
    await postJson(h.port, body);
    await h.waitForLog('turn delivered', 2);
    const before = h.fake.callsTo('chat.postMessage').length;
    await postJson(h.port, body, { retryNum: 1 });
    await h.waitForLog('duplicate of a handled turn ignored', 1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(before);
  });
});
