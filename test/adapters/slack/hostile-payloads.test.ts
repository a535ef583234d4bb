/**
 * Correctly signed requests of hostile shapes: the real Bolt receiver on 127.0.0.1 must never be
 * handed a payload that is not an object, and a future-dated signature is as stale as a past one.
 * After each, the app still serves the next parent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dm, nextEventId, postJson, postToApp, sign, SIGNING_SECRET, startHarness, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function stillServes(user: string): Promise<void> {
  const id = nextEventId();
  const res = await postJson(h.port, dm(user, 'hello', id));
  expect(res.status).toBe(200);
  await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').some((c) => c.args['channel'] === `D${user}`) || undefined, `a reply to ${user}`);
}

describe('hostile payload shapes over HTTP', () => {
  it.each([
    ['JSON null', 'null', 'application/json'],
    ['JSON number', '42', 'application/json'],
    ['JSON string', '"hello"', 'application/json'],
    ['JSON array', '[{"type":"event_callback"}]', 'application/json'],
    ['JSON true', 'true', 'application/json'],
    ['form payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['form payload=7', 'payload=7', 'application/x-www-form-urlencoded'],
    ['form payload=[]', `payload=${encodeURIComponent('[]')}`, 'application/x-www-form-urlencoded'],
  ])('a signed %s is refused with 400 and the app serves the next request', async (_name, body, contentType) => {
    const res = await postToApp(h.port, body, { contentType });
    expect(res.status).toBe(400);
    await stillServes('U41');
  });

  it.each([
    ['block_actions with a null action', { type: 'block_actions', actions: [null], user: { id: 'U1' } }],
    ['block_actions with a null user', { type: 'block_actions', actions: [{ action_id: 'choice:x' }], user: null }],
    ['block_actions with no user', { type: 'block_actions', actions: [{ action_id: 'choice:x' }] }],
    ['event_callback with a null event', { type: 'event_callback', event: null, team_id: 'T1' }],
    ['event_callback with no team', { type: 'event_callback', event_id: 'Ev1', event: { type: 'message', channel_type: 'im' } }],
    ['a command with null fields', { command: '/nextstep', user_id: null, team_id: null }],
    ['view_submission', { type: 'view_submission', view: null }],
    ['shortcut', { type: 'shortcut', callback_id: 'x' }],
    ['url_verification without a challenge', { type: 'url_verification' }],
  ])('a signed %s is answered cleanly and the app serves the next request', async (_name, payload) => {
    const res = await postJson(h.port, payload);
    expect([200, 400]).toContain(res.status);
    await stillServes('U42');
  });

  it('a signature dated more than five minutes in the future is refused (401) and stores nothing', async () => {
    const id = nextEventId();
    const body = JSON.stringify(dm('U9', 'my son Theo will not go in', id));
    const future = Math.floor(Date.now() / 1000) + 6 * 60;
    const res = await postToApp(h.port, body, { timestamp: future, signature: sign(SIGNING_SECRET, future, body) });
    expect(res.status).toBe(401);
    expect(h.app.store.hasTurn(`slack:ev:${id}`)).toBe(false);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    // Within the window (a little clock skew) still works.
    const near = Math.floor(Date.now() / 1000) + 60;
    const hello = JSON.stringify(dm('U9', 'hello'));
    const ok = await postToApp(h.port, hello, { timestamp: near, signature: sign(SIGNING_SECRET, near, hello) });
    expect(ok.status).toBe(200);
  });
});
