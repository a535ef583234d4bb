/**
 * The HTTP receiver end to end: real Bolt on 127.0.0.1, genuinely signed requests, a fake Slack
 * Web API recording what the app calls. URL verification, signatures, retries, malformed input.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dm, eventCallback, nextEventId, postJson, postToApp, sign, SIGNING_SECRET, startHarness, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack over HTTP', () => {
  it('answers URL verification with the challenge', async () => {
    const res = await postJson(h.port, { token: 'legacy', challenge: 'c-123', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'c-123' });
  });

  it('calls auth.test at start-up with the bot token, against SLACK_API_URL', () => {
    const auth = h.fake.callsTo('auth.test');
    expect(auth.length).toBeGreaterThan(0);
    expect(auth[0]?.auth).toBe('Bearer xoxb-test');
  });

  it('rejects a bad signature with 401 and stores nothing', async () => {
    const id = nextEventId();
    const body = JSON.stringify(dm('U9', 'my son Theo will not go in', id));
    const ts = Math.floor(Date.now() / 1000);
    const wrong = await postToApp(h.port, body, { signature: sign('not-the-secret', ts, body), timestamp: ts });
    const garbage = await postToApp(h.port, body, { signature: 'v0=deadbeef' });
    expect(wrong.status).toBe(401);
    expect(garbage.status).toBe(401);
    expect(h.app.store.hasTurn(`slack:ev:${id}`)).toBe(false);
    expect(h.app.store.getSession('slack:T1:U9')).toBeUndefined();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.logger.dump()).not.toContain('Theo');
  });

  it('rejects a stale signature (timestamp over 5 minutes old) with 401 and stores nothing', async () => {
    const id = nextEventId();
    const body = JSON.stringify(dm('U9', 'my son Theo will not go in', id));
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    const res = await postToApp(h.port, body, { timestamp: old, signature: sign(SIGNING_SECRET, old, body) });
    expect(res.status).toBe(401);
    expect(h.app.store.hasTurn(`slack:ev:${id}`)).toBe(false);
    expect(h.app.store.getSession('slack:T1:U9')).toBeUndefined();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses an oversized payload before parsing it (413), and stores nothing', async () => {
    const id = nextEventId();
    const body = JSON.stringify(dm('U9', `Theo ${'x'.repeat(1_100_000)}`, id));
    const res = await postToApp(h.port, body);
    expect(res.status).toBe(413);
    expect(h.app.store.hasTurn(`slack:ev:${id}`)).toBe(false);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    // A normal-sized event still goes through afterwards.
    const ok = await postJson(h.port, dm('U9', 'hello'));
    expect(ok.status).toBe(200);
  });

  it('rejects malformed payloads cleanly and logs no message text', async () => {
    // Not JSON at all (V8 quotes the start of the input in its error message).
    const notJson = await postToApp(h.port, 'my son Theo refuses school since March');
    expect(notJson.status).toBe(400);
    // An interaction form whose payload is not JSON.
    const badForm = await postToApp(h.port, `payload=${encodeURIComponent('{"type":"block_actions", Theo')}`, { contentType: 'application/x-www-form-urlencoded' });
    expect(badForm.status).toBe(400);
    // Valid JSON of no known shape: acknowledged at once, not left to time out.
    const started = Date.now();
    const unknown = await postJson(h.port, { type: 'mystery', text: 'Theo is anxious' });
    expect(unknown.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    // An event missing the fields we read (no user).
    const id = nextEventId();
    const noUser = await postJson(h.port, eventCallback({ type: 'message', channel: 'DU9', channel_type: 'im', text: 'Theo again', ts: '1.2' }, id));
    expect(noUser.status).toBe(200);
    await h.waitForLog('payload skipped', 1);

    expect(h.app.store.hasTurn(`slack:ev:${id}`)).toBe(false);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    const logs = h.logger.dump();
    expect(logs).toContain('Malformed request body');
    expect(logs).not.toContain('Theo');
    expect(logs).not.toContain('refuses');
    expect(logs).not.toContain('anxious');
  });

  it('processes an event once: a retry (X-Slack-Retry-Num) of a handled event does no work', async () => {
    const id = nextEventId();
    const body = dm('U1', 'hello', id);
    expect((await postJson(h.port, body)).status).toBe(200);
    await h.waitForLog('turn delivered', 1);
    const posted = h.fake.callsTo('chat.postMessage').length;
    expect(posted).toBeGreaterThan(0);

    const retry = await postJson(h.port, body, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await h.waitForLog('duplicate of a handled turn ignored', 1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(posted);
    expect(h.logger.count('turn delivered')).toBe(1);
  });

  it('retries that arrive while the first attempt is still running produce no second reply', async () => {
    const id = nextEventId();
    const body = dm('U2', 'hello', id);
    const [a, b] = await Promise.all([postJson(h.port, body), postJson(h.port, body, { retryNum: 1 })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await h.waitForLog('turn delivered', 1);

    // A retry while the reply is being posted: committed, not yet confirmed delivered.
    const id2 = nextEventId();
    const body2 = dm('U2', 'help', id2);
    const release = h.fake.hold('chat.postMessage');
    await postJson(h.port, body2);
    await h.fake.waitFor(() => h.fake.arrived.filter((m) => m === 'chat.postMessage').length > h.fake.callsTo('chat.postMessage').length, 'a held chat.postMessage');
    await postJson(h.port, body2, { retryNum: 1 });
    await postJson(h.port, body2, { retryNum: 2 });
    await h.fake.waitFor(() => h.logger.lines.filter((l) => /^duplicate of a/.test(l.msg ?? '')).length >= 3 || undefined, 'three duplicates logged');
    release();
    await h.waitForLog('turn delivered', 2);
    // Let everything in flight finish (stop waits for running handlers) before counting.
    await h.slack.stop();

    const delivered = h.logger.lines.filter((l) => l.msg === 'turn delivered');
    expect(delivered).toHaveLength(2);
    const sent = delivered.reduce((n, l) => n + (l.obj as { sent: number }).sent, 0);
    // Every post belongs to one of the two delivered turns: no retry posted anything.
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'DU2')).toHaveLength(sent);
    expect(h.logger.count('re-delivered undelivered replies')).toBe(0);
  });

  it('a retry re-delivers replies that were committed but failed to reach Slack', async () => {
    h.fake.failNext('chat.postMessage');
    const id = nextEventId();
    const body = dm('U3', 'hello', id);
    await postJson(h.port, body);
    await h.waitForLog('delivery failed', 1);
    expect((await h.app.engine.undelivered()).map((u) => u.eventId)).toContain(`slack:ev:${id}`);

    await postJson(h.port, body, { retryNum: 1 });
    await h.waitForLog('re-delivered undelivered replies', 1);
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.response['ok'] === true);
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((c) => c.args['channel'] === 'DU3')).toBe(true);
    expect((await h.app.engine.undelivered()).map((u) => u.eventId)).not.toContain(`slack:ev:${id}`);
    expect(h.logger.count('turn delivered')).toBe(0);
  });
});
