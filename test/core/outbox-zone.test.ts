/**
 * A channel that knows its parents' time zones (`Channel.zoneOf`, Slack's profile `tz`): the
 * outbox puts the zone on every turn of theirs that carries none, clicks included, before the
 * engine runs it; a look-up that fails costs only the zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/channel.js';
import type { Engine } from '../../src/core/engine.js';
import { createOutbox } from '../../src/core/outbox.js';
import type { Logger } from '../../src/core/ports.js';
import type { Turn } from '../../src/core/types.js';
import { makeTestApp, type TestApp } from '../support/builders.js';

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const turn = (id: string, user: string, zone?: string): Turn => ({
  id,
  channel: 'slack',
  user,
  where: 'dm',
  input: { kind: 'text', text: 'hello' },
  receivedAt: new Date(),
  ...(zone ? { zone } : {}),
});

let app: TestApp;
afterEach(() => app?.cleanup());

function setUp(zoneOf?: Channel['zoneOf']) {
  app = makeTestApp();
  const seen: (string | undefined)[] = [];
  const engine: Engine = { ...app.engine, handleTurn: (t) => (seen.push(t.zone), app.engine.handleTurn(t)) };
  const outbox = createOutbox({ engine, logger: quiet });
  outbox.register({ id: 'slack', sendPrivately: async (_u, replies) => replies.length, ...(zoneOf ? { zoneOf } : {}) });
  return { outbox, seen, send: async (replies: unknown[]) => replies.length };
}

describe('the outbox and a channel that knows zones', () => {
  it('puts the parent’s zone on a turn that carries none, and leaves a turn’s own zone alone', async () => {
    const asked: string[] = [];
    const { outbox, seen, send } = setUp(async (user) => (asked.push(user), 'America/Chicago'));
    await outbox.submit(turn('ev-1', 'slack:T1:U1'), send);
    await outbox.submit(turn('ev-2', 'slack:T1:U1', 'Europe/Paris'), send);
    expect(seen).toEqual(['America/Chicago', 'Europe/Paris']);
    expect(asked).toEqual(['slack:T1:U1']);
  });

  it('runs the turn without a zone when the channel has none for the parent, or its look-up fails', async () => {
    let fail = false;
    const { outbox, seen, send } = setUp(async () => {
      if (fail) throw new Error('platform down');
      return null;
    });
    await outbox.submit(turn('ev-1', 'slack:T1:U1'), send);
    fail = true;
    await outbox.submit(turn('ev-2', 'slack:T1:U1'), send);
    expect(seen).toEqual([undefined, undefined]);
  });

  it('a channel without zones changes nothing', async () => {
    const { outbox, seen, send } = setUp();
    await outbox.submit(turn('ev-1', 'slack:T1:U1'), send);
    expect(seen).toEqual([undefined]);
  });
});
