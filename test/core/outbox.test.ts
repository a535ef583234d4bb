/**
 * Core's outbox, with a real engine and a fake channel per platform: each turn id answered once,
 * a failed send kept and re-delivered, one expiry policy, and delivery by the channel recorded
 * with the parent (the prefix of their id), never by asking each channel in turn.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/channel.js';
import { createOutbox, REDELIVERY_EXPIRY_MS, type Outbox } from '../../src/core/outbox.js';
import type { Logger } from '../../src/core/ports.js';
import type { Reply, Turn } from '../../src/core/types.js';
import { keys, makeTestApp, type TestApp } from '../support/builders.js';

interface Line {
  level: string;
  msg: string | undefined;
  obj: Record<string, unknown>;
}

function recordingLogger(): Logger & { lines: Line[]; count(msg: string): number } {
  const lines: Line[] = [];
  const add = (level: string) => (obj: object, msg?: string) => void lines.push({ level, msg, obj: { ...obj } });
  return { lines, debug: add('debug'), info: add('info'), warn: add('warn'), error: add('error'), count: (msg) => lines.filter((l) => l.msg === msg).length };
}

/** A channel that records what it was asked to send privately, and can be told to fail. */
function fakeChannel(id: string) {
  const sent: { userId: string; keys: string[] }[] = [];
  let failures = 0;
  const channel: Channel = {
    id,
    async sendPrivately(userId, replies) {
      if (failures > 0) {
        failures -= 1;
        throw Object.assign(new Error('platform refused'), { code: 'refused' });
      }
      sent.push({ userId, keys: keys([...replies]) });
      return replies.length;
    },
  };
  return { channel, sent, failNext: (n = 1) => void (failures = n) };
}

const dmTurn = (id: string, user: string, text = 'hello'): Turn => ({ id, channel: 'slack', user, where: 'dm', input: { kind: 'text', text }, receivedAt: new Date() });

let app: TestApp;
let outbox: Outbox;
let logger: ReturnType<typeof recordingLogger>;
afterEach(() => app?.cleanup());

function setUp() {
  app = makeTestApp();
  logger = recordingLogger();
  outbox = createOutbox({ engine: app.engine, logger });
  const slack = fakeChannel('slack');
  const discord = fakeChannel('discord');
  outbox.register(slack.channel);
  outbox.register(discord.channel);
  return { slack, discord };
}

describe('core outbox', () => {
  it('answers a turn id once: a duplicate in flight and a duplicate after delivery send nothing more', async () => {
    setUp();
    const sends: Reply[][] = [];
    const send = async (replies: Reply[]) => {
      sends.push(replies);
      return replies.length;
    };
    const turn = dmTurn('ev-1', 'slack:T1:U1');
    await Promise.all([outbox.submit(turn, send), outbox.submit(turn, send)]);
    await outbox.submit(turn, send);
    await outbox.settle();
    expect(sends).toHaveLength(1);
    expect(keys(sends[0] ?? [])).toContain('home.menu');
    expect(logger.count('duplicate of a turn in progress ignored')).toBe(1);
    expect(logger.count('duplicate of a handled turn ignored')).toBe(1);
    expect(await app.engine.undelivered()).toEqual([]);
  });

  it('keeps the replies of a failed send and re-delivers them to the DM on a retry of the event, once', async () => {
    const { slack } = setUp();
    const turn = dmTurn('ev-2', 'slack:T1:U2');
    await outbox.submit(turn, async () => {
      throw new Error('Slack said no');
    });
    expect(logger.count('delivery failed')).toBe(1);
    expect((await app.engine.undelivered()).map((u) => u.eventId)).toEqual(['ev-2']);

    // The platform re-sends the event: the engine does not run it again; the stored replies go out.
    await outbox.submit(turn, async () => {
      throw new Error('must not be called: the turn was handled');
    });
    await outbox.settle();
    expect(slack.sent).toEqual([{ userId: 'slack:T1:U2', keys: expect.arrayContaining(['home.menu']) as string[] }]);
    expect(await app.engine.undelivered()).toEqual([]);
  });

  it('a retry of a handled event reads only its own turn, not every undelivered one', async () => {
    app = makeTestApp();
    logger = recordingLogger();
    let reads = 0;
    const engine = {
      ...app.engine,
      undelivered: async () => {
        reads += 1;
        return app.engine.undelivered();
      },
    };
    outbox = createOutbox({ engine, logger });
    const slack = fakeChannel('slack');
    outbox.register(slack.channel);
    // Two other parents' replies wait in the outbox too.
    for (const [id, user] of [['w1', 'slack:T1:U7'], ['w2', 'slack:T1:U8']] as const) await app.engine.handleTurn(dmTurn(id, user));
    const turn = dmTurn('ev-9', 'slack:T1:U9');
    await outbox.submit(turn, async () => {
      throw new Error('Slack said no');
    });
    await outbox.submit(turn, async () => {
      throw new Error('must not be called: the turn was handled');
    });
    await outbox.settle();
    expect(slack.sent.map((s) => s.userId)).toEqual(['slack:T1:U9']);
    expect(reads).toBe(0);
    expect((await app.engine.undelivered()).map((u) => u.eventId)).toEqual(['w1', 'w2']);
  });

  it('re-delivers by the channel recorded with each parent, as each channel starts', async () => {
    app = makeTestApp();
    logger = recordingLogger();
    // A shared store hands each undelivered turn out once per lease: here, once.
    const handedOut = new Set<string>();
    const engine = {
      ...app.engine,
      undelivered: async () => (await app.engine.undelivered()).filter((u) => !handedOut.has(u.eventId) && handedOut.add(u.eventId)),
    };
    outbox = createOutbox({ engine, logger });
    const slack = fakeChannel('slack');
    const discord = fakeChannel('discord');
    for (const [id, user] of [['s', 'slack:T1:U3'], ['d', 'discord:42'], ['c', 'local']] as const) {
      await app.engine.handleTurn({ ...dmTurn(id, user), channel: id === 'd' ? 'discord' : 'slack' });
    }
    outbox.register(discord.channel);
    expect(await outbox.redeliver()).toBe(1);
    expect(discord.sent.map((s) => s.userId)).toEqual(['discord:42']);
    expect(slack.sent).toEqual([]);
    // Slack starts later: its parent's turn, handed out earlier, was kept for it.
    outbox.register(slack.channel);
    expect(await outbox.redeliver()).toBe(1);
    expect(slack.sent.map((s) => s.userId)).toEqual(['slack:T1:U3']);
    // The console's parent has no registered channel: their replies wait for the console.
    expect((await app.engine.undelivered()).map((u) => u.eventId)).toEqual(['c']);

    // Prompts and notices: by the parent's channel; false for a parent whose channel is not running.
    expect(await outbox.deliver('discord:42', [{ type: 'text', key: 'test.prompt', text: 'Hello' }])).toBe(true);
    expect(discord.sent.at(-1)).toEqual({ userId: 'discord:42', keys: ['test.prompt'] });
    expect(await outbox.deliver('local', [{ type: 'text', key: 'test.prompt', text: 'Hello' }])).toBe(false);
  });

  it('a failed re-delivery stays in the outbox for the next attempt', async () => {
    const { discord } = setUp();
    await app.engine.handleTurn({ ...dmTurn('d2', 'discord:43'), channel: 'discord' });
    discord.failNext();
    expect(await outbox.redeliver()).toBe(0);
    expect(logger.lines.find((l) => l.msg === 're-delivery failed')?.obj).toMatchObject({ channel: 'discord', id: 'd2', code: 'refused' });
    expect((await app.engine.undelivered()).map((u) => u.eventId)).toEqual(['d2']);
    expect(await outbox.redeliver()).toBe(1);
    expect(await app.engine.undelivered()).toEqual([]);
  });

  it('one expiry policy: replies older than a day, and public answers, are dropped rather than sent', async () => {
    const { slack, discord } = setUp();
    await app.engine.handleTurn({ ...dmTurn('old', 'discord:44'), channel: 'discord' });
    app.clock.advance(REDELIVERY_EXPIRY_MS - 60_000);
    await app.engine.handleTurn(dmTurn('recent', 'slack:T1:U4'));
    await app.engine.handleTurn({ ...dmTurn('public', 'slack:T1:U5', 'can you help?'), where: 'public' });
    app.clock.advance(120_000);

    expect(await outbox.redeliver()).toBe(1);
    expect(discord.sent).toEqual([]);
    expect(slack.sent.map((s) => s.userId)).toEqual(['slack:T1:U4']);
    const dropped = logger.lines.filter((l) => l.msg === 'undelivered replies dropped').map((l) => [l.obj['id'], l.obj['reason']]);
    expect(dropped).toEqual(expect.arrayContaining([['old', 'expired'], ['public', 'public answer']]));
    expect(await app.engine.undelivered()).toEqual([]);
  });

  it('answers a public turn where it came from, then carries the conversation on in the DM', async () => {
    const { slack } = setUp();
    const publicReplies: Reply[][] = [];
    await outbox.submit({ ...dmTurn('m1', 'slack:T1:U6', 'can you help?'), where: 'public' }, async (replies) => {
      publicReplies.push(replies);
      return 1;
    });
    expect(keys(publicReplies[0] ?? [])).toEqual(['public.general', 'public.offer-dm']);
    expect(slack.sent).toHaveLength(1);
    expect(slack.sent[0]?.userId).toBe('slack:T1:U6');
    expect(logger.lines.filter((l) => l.msg === 'turn delivered').map((l) => l.obj['id'])).toEqual(['m1', 'm1:dm']);
  });

  it('sends a public turn general text only, whatever the engine answered; a DM turn all of it', async () => {
    app = makeTestApp();
    logger = recordingLogger();
    const aside: Reply[] = [
      { type: 'question', key: 'q', text: 'About your case?', promptId: 'p1', choices: [], freeText: true },
      { type: 'document', key: 'd', title: 'Letter', filename: 'l.txt', mime: 'text/plain', body: 'Dear school' },
    ];
    // An engine that (wrongly) adds case material to every answer: the outbox is the second line of defence.
    const engine = { ...app.engine, handleTurn: async (t: Turn) => [...(await app.engine.handleTurn(t)), ...aside] };
    outbox = createOutbox({ engine, logger });
    outbox.register(fakeChannel('slack').channel);
    const sent: Reply[][] = [];
    const send = async (replies: Reply[]) => sent.push(replies);
    await outbox.submit({ ...dmTurn('m2', 'slack:T1:U8', 'can you help?'), where: 'public' }, send);
    await outbox.submit(dmTurn('d2', 'slack:T1:U9'), send);
    await outbox.settle();
    expect(keys(sent[0] ?? [])).toEqual(['public.general', 'public.offer-dm']);
    expect(keys(sent.at(-1) ?? []).slice(-2)).toEqual(['q', 'd']);
  });

  it('a gate that refuses drops the turn before the engine runs', async () => {
    setUp();
    let sent = 0;
    await outbox.submit(dmTurn('click-2', 'slack:T1:U7'), async () => ++sent, { gate: () => false });
    expect(sent).toBe(0);
    expect(app.store.hasTurn('click-2')).toBe(false);
  });
});
