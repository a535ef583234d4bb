/**
 * The tenth walk's C-L2, on Slack: a photo or PDF of the school's letter sent in the DM arrives as
 * a `message` with subtype `file_share`, which the adapter skipped like an edit, so the parent got
 * no answer at all. Through the real Bolt against the fake Slack: it is answered ("I can't open
 * pictures or files here…"), and the words beside it are not kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventCallback, keysOf, nextTs, postJson, startHarness, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const fileShare = (user: string, text: string) =>
  eventCallback({
    type: 'message',
    subtype: 'file_share',
    channel: `D${user}`,
    channel_type: 'im',
    user,
    text,
    ts: nextTs(),
    files: [{ id: 'F1', name: 'IMG_2041.jpg', mimetype: 'image/jpeg', filetype: 'jpg' }],
  });

describe('Slack: a file shared in the DM', () => {
  it('is answered: the bot says it cannot open files and asks for the words', async () => {
    const res = await postJson(h.port, fileShare('UF', 'this is what they sent'));
    expect(res.status).toBe(200);
    await h.waitForLog('turn delivered', 1);
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'DUF');
    expect(posts.flatMap((p) => keysOf(p.args['blocks']))).toContain('input.file');
  });

  it('an edit is still not a parent typing', async () => {
    const res = await postJson(h.port, eventCallback({ type: 'message', subtype: 'message_changed', channel: 'DUE', channel_type: 'im', user: 'UE', text: 'x', ts: nextTs() }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'DUE')).toEqual([]);
  });
});
