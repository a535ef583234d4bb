/**
 * Socket Mode against a local fake: apps.connections.open returns a ws://127.0.0.1 URL, the fake
 * says hello, sends envelopes, and records Bolt's acks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dm, keysOf, nextEventId, slashCommand, startHarness, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ socketMode: true });
});
afterEach(async () => {
  await h.close();
});

describe('Slack Socket Mode', () => {
  it('connects with the app token and listens on no HTTP port', () => {
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.auth).toBe('Bearer xapp-1-test');
    expect(h.slack.port).toBeUndefined();
    expect(h.fake.connectedSockets).toBe(1);
  });

  it('acks an events_api envelope and answers the DM', async () => {
    const id = nextEventId();
    h.fake.sendEnvelope({ envelope_id: 'env-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: dm('U1', 'hello', id) });
    const ack = await h.fake.waitFor(() => h.fake.socketMessages.find((m) => m['envelope_id'] === 'env-1'), 'ack of env-1');
    expect(ack['envelope_id']).toBe('env-1');
    const [post] = await h.fake.waitForCalls('chat.postMessage', 1);
    expect(post?.args['channel']).toBe('DU1');
    expect(keysOf(post?.args['blocks'])).toContain('home.menu');
    await h.waitForLog('turn delivered', 1);

    // Slack re-sends the same event (retry_attempt 1): acked, but no second reply.
    h.fake.sendEnvelope({ envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload: dm('U1', 'hello', id) });
    await h.fake.waitFor(() => h.fake.socketMessages.find((m) => m['envelope_id'] === 'env-2'), 'ack of env-2');
    await h.waitForLog('duplicate of a handled turn ignored', 1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acks a slash command envelope and answers through response_url', async () => {
    const fields = slashCommand(h.fake, 'U2', 'help');
    h.fake.sendEnvelope({ envelope_id: 'env-3', type: 'slash_commands', accepts_response_payload: true, payload: fields });
    await h.fake.waitFor(() => h.fake.socketMessages.find((m) => m['envelope_id'] === 'env-3'), 'ack of env-3');
    const answer = await h.fake.waitFor(() => h.fake.responds.find((r) => r.id === fields['trigger_id']), 'ephemeral answer');
    expect(answer.body['response_type']).toBe('ephemeral');
  });
});
