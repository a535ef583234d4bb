/**
 * End to end through the real discord.js: a fake Discord (REST + gateway) on 127.0.0.1, the
 * real engine on a temp SQLite file, and the adapter in between.
 */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine.js';
import { componentsOf, fakeUser, messageIdOf, sentMessages, snowflake, type FakeUser, type RecordedCall, type RecordedFile } from './discord-calls.js';
import { startHarness, type Harness } from './discord-harness.js';

const EPHEMERAL = 64;
const BUTTON = 2;
const SELECT = 3;

/** Discord's limits, checked on everything the bot sent. */
function expectWithinDiscordLimits(calls: readonly RecordedCall[]): void {
  for (const c of calls) {
    const body = (c.body?.data ?? c.body) as { content?: unknown; components?: { components?: { custom_id?: string; label?: string }[] }[] } | null;
    if (!body || Array.isArray(body)) continue;
    if (typeof body.content === 'string') expect(body.content.length, `${c.method} ${c.path}`).toBeLessThanOrEqual(2000);
    const rows = body.components ?? [];
    expect(rows.length).toBeLessThanOrEqual(5);
    for (const row of rows) {
      expect(row.components?.length ?? 0).toBeLessThanOrEqual(5);
      for (const comp of row.components ?? []) {
        expect(comp.custom_id?.length ?? 0).toBeLessThanOrEqual(100);
        expect(comp.label?.length ?? 0).toBeLessThanOrEqual(80);
      }
    }
  }
}

function callbackFor(h: Harness, i: { id: string; token: string }): RecordedCall | undefined {
  return h.fake.calls.find((c) => c.path === `/interactions/${i.id}/${i.token}/callback`);
}

/** The edit of the clicked message after the click's deferred update (PATCH of its original). */
function editOf(h: Harness, i: { token: string }): RecordedCall | undefined {
  return h.fake.calls.find((c) => c.method === 'PATCH' && c.path.endsWith(`/${i.token}/messages/@original`));
}

describe('Discord adapter, end to end', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    if (h) expectWithinDiscordLimits(h.fake.calls);
    await h?.stop();
  });

  /** Send, then wait for the adapter to report the turn delivered; returns the messages it sent. */
  async function turn(send: () => string | { id: string }, opts: { eventSuffix?: string } = {}): Promise<RecordedCall[]> {
    const since = h.fake.calls.length;
    const sent = send();
    const id = typeof sent === 'string' ? sent : sent.id;
    await h.logger.delivered(`${id}${opts.eventSuffix ?? ''}`);
    return sentMessages(h.fake.calls.slice(since));
  }

  it('identifies with exactly the intents the adapter needs', () => {
    const intents = Number(h.fake.identify?.intents);
    for (const bit of [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages]) expect(intents & bit).toBe(bit);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(h.fake.identify?.token).toBe('fake-token');
  });

  it('holds a DM conversation from the first message to a drafted letter, then sends notes as a file', async () => {
    const parent = fakeUser(snowflake());
    const dmChannel = h.fake.dmChannelFor(parent.id);
    const answers = ['Sam', 'A later start, and a quiet room to go to when it gets too much.'];
    const statement =
      'The SENCO emailed back: they cannot agree to a later start until they have more evidence, ' +
      'so they want to monitor attendance for another six weeks before deciding anything.';

    let sent = await turn(() => h.fake.dm(parent, statement));
    expect(sent[0]?.path).toBe(`/channels/${dmChannel}/messages`);

    let letter: RecordedFile | undefined;
    let clicks = 0;
    for (let step = 0; step < 30 && !letter; step++) {
      expect(sent.length, `step ${step}: the bot answered`).toBeGreaterThan(0);
      letter = sent.flatMap((c) => c.files).find((f) => f.name.endsWith('.md'));
      if (letter) break;
      const last = sent.at(-1) as RecordedCall;
      const comps = componentsOf(last);
      const button = comps.find((c) => c.type === BUTTON);
      const select = comps.find((c) => c.type === SELECT);
      if (button?.custom_id) {
        const click = { id: '', token: '' };
        sent = await turn(() => Object.assign(click, h.fake.click(parent, messageIdOf(last), button.custom_id as string)));
        clicks++;
        // The click was acknowledged at once, then, once answered, the question's message was
        // updated with every button disabled and the choice shown.
        expect(callbackFor(h, click)?.body?.type).toBe(6);
        const edit = editOf(h, click);
        const after = componentsOf(edit);
        expect(after.length).toBeGreaterThan(0);
        expect(after.every((c) => c.disabled)).toBe(true);
        expect(String(edit?.body?.content)).toContain(`✓ ${button.label}`);
      } else if (select?.custom_id && select.options?.[0]) {
        const value = select.options[0].value;
        sent = await turn(() => h.fake.click(parent, messageIdOf(last), select.custom_id as string, { values: [value] }));
        clicks++;
      } else {
        sent = await turn(() => h.fake.dm(parent, answers.shift() ?? 'They have not said.'));
      }
    }
    expect(letter, 'a drafted letter arrived as an attachment').toBeDefined();
    expect(letter?.text).toContain('Sam');
    expect(clicks).toBeGreaterThan(0);

    // The conversation is in the parent's notes, including the draft once kept, and everything was acknowledged.
    const user = `discord:${parent.id}`;
    await turn(() => h.fake.dm(parent, 'Keep this draft'));
    expect(h.app.store.listNotes(user).some((n) => n.kind === 'draft')).toBe(true);
    expect(h.app.store.undelivered().filter((u) => u.userId === user)).toEqual([]);

    // Nothing about this parent went to the server channel.
    expect(h.fake.calls.some((c) => c.path === `/channels/${h.fake.channelId}/messages`)).toBe(false);

    // Long notes go out as a file, through the interaction's reply (multipart PATCH).
    const notes = await turn(() => h.fake.slash(parent, 'notes', { where: 'dm' }));
    const file = notes.flatMap((c) => c.files).find((f) => f.name.startsWith('case-notes'));
    expect(file?.text).toContain('Sam');
  });

  it('answers /nextstep say in a server ephemerally, deferring first', async () => {
    const parent = fakeUser(snowflake());
    const since = h.fake.calls.length;
    const dispatchedAt = Date.now();
    const cmd = h.fake.slash(parent, 'say', { text: 'The head teacher said there is no budget for a teaching assistant this year.' });
    await h.logger.delivered(cmd.id);
    const mine = h.fake.calls.slice(since).filter((c) => c.path.includes(cmd.token));
    expect(mine[0]).toMatchObject({ method: 'POST', path: `/interactions/${cmd.id}/${cmd.token}/callback`, body: { type: 5, data: { flags: EPHEMERAL } } });
    expect((mine[0]?.at ?? Infinity) - dispatchedAt).toBeLessThan(3000);
    const edits = mine.filter((c) => c.method === 'PATCH');
    expect(edits).toHaveLength(1);
    expect(String(edits[0]?.body?.content).length).toBeGreaterThan(0);
    for (const f of mine.filter((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'))) expect(f.body?.flags).toBe(EPHEMERAL);
    expect(h.fake.calls.slice(since).some((c) => c.path.startsWith('/channels/'))).toBe(false);
  });

  it("in a server, an ephemeral answer's question sends typed answers to the DM: typed there, they would be public", async () => {
    const parent = fakeUser(snowflake());
    const cmd = h.fake.slash(parent, 'help');
    await h.logger.delivered(cmd.id);
    const shown = h.fake.calls.filter((c) => c.path.includes(cmd.token) && c.method !== 'GET').map((c) => String(c.body?.content ?? c.body?.data ?? ''));
    expect(shown.some((t) => t.includes(h.app.content.render('discord.answer-in-dm')))).toBe(true);
    expect(shown.some((t) => t.includes(h.app.content.render('common.or-type')))).toBe(false);
  });

  it('shows no choice on a question the conversation has moved past: the buttons go, the reply says why', async () => {
    const parent = fakeUser(snowflake());
    const menu = (await turn(() => h.fake.dm(parent, 'hi'))).at(-1) as RecordedCall;
    const help = componentsOf(menu).find((c) => c.type === BUTTON && c.custom_id?.endsWith(':help'));
    if (!help?.custom_id) throw new Error('no help button');
    // Answered by typing instead: the conversation moves on to the first "no" question.
    await turn(() => h.fake.dm(parent, 'They said no'));

    const click = { id: '', token: '' };
    const sent = await turn(() => Object.assign(click, h.fake.click(parent, messageIdOf(menu), help.custom_id as string)));
    expect(callbackFor(h, click)?.body?.type).toBe(6);
    const edit = editOf(h, click);
    expect(componentsOf(edit).length).toBeGreaterThan(0);
    expect(componentsOf(edit).every((c) => c.disabled)).toBe(true);
    expect(componentsOf(edit).some((c) => c.style === 3)).toBe(false);
    expect(String(edit?.body?.content)).not.toContain('✓');
    const stale = h.app.content.render('engine.stale-choice');
    expect(sent.some((c) => c.method === 'POST' && String(c.body?.content).includes(stale))).toBe(true);
  });

  it('takes a button click once: a repeated click answers nothing', async () => {
    const parent = fakeUser(snowflake());
    const sent = await turn(() => h.fake.dm(parent, 'hi'));
    const menu = sent.at(-1) as RecordedCall;
    const buttons = componentsOf(menu).filter((c) => c.type === BUTTON);
    const target = buttons.find((b) => b.custom_id?.endsWith(':help')) ?? buttons[0];
    expect(target?.custom_id).toMatch(/^choice:[^:]+:/);

    const since = h.fake.calls.length;
    const first = h.fake.click(parent, messageIdOf(menu), target?.custom_id ?? '');
    const second = h.fake.click(parent, messageIdOf(menu), target?.custom_id ?? '');
    await h.logger.delivered(first.id);
    await h.fake.waitFor((c) => c.path === `/interactions/${second.id}/${second.token}/callback`, { since });

    expect(callbackFor(h, first)?.body?.type).toBe(6);
    const after = componentsOf(editOf(h, first));
    expect(after.every((c) => c.disabled)).toBe(true);
    expect(after.filter((c) => c.style === 3).map((c) => c.custom_id)).toEqual([target?.custom_id]);
    expect(callbackFor(h, second)?.body?.type).toBe(6);
    await h.logger.waitFor((e) => e.msg === 'discord repeated click ignored' && e.obj.event === second.id);
    expect(editOf(h, second)).toBeUndefined();

    const followUps = (token: string) => h.fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/${token}`));
    expect(followUps(first.token).length).toBeGreaterThan(0);
    expect(followUps(second.token)).toHaveLength(0);
    expect(h.logger.entries.some((e) => e.msg === 'discord repeated click ignored' && e.obj.event === second.id)).toBe(true);
  });

  it('answers a mention in general terms in the channel and continues in a DM', async () => {
    const parent = fakeUser(snowflake());
    const words = 'My son Jamie in Year 8 has missed three weeks and the SENCO refused a reduced timetable';
    const since = h.fake.calls.length;
    const id = h.fake.channelMessage(parent, words);
    await h.logger.delivered(id);
    await h.logger.delivered(`${id}:dm`);
    const calls = h.fake.calls.slice(since);

    const inChannel = calls.filter((c) => c.path === `/channels/${h.fake.channelId}/messages`);
    expect(inChannel.length).toBeGreaterThan(0);
    expect(inChannel[0]?.body?.message_reference).toMatchObject({ message_id: id });
    for (const c of inChannel) {
      const content = String(c.body?.content);
      for (const w of ['Jamie', 'Year 8', 'SENCO', 'reduced timetable', 'three weeks', 'missed']) expect(content).not.toContain(w);
      expect(c.body?.components ?? []).toEqual([]);
      expect(c.files).toEqual([]);
    }

    expect(calls.some((c) => c.path === '/users/@me/channels' && c.body?.recipient_id === parent.id)).toBe(true);
    const dm = calls.filter((c) => c.path === `/channels/${h.fake.dmChannelFor(parent.id)}/messages`);
    expect(dm.length).toBeGreaterThan(0);
    // The public words were neither stored nor carried into the DM.
    expect(JSON.stringify(h.app.store.listNotes(`discord:${parent.id}`))).not.toContain('Jamie');
    expect(dm.map((c) => String(c.body?.content)).join(' ')).not.toContain('Jamie');
  });

  it('answers a crisis mention privately: the crisis reply in the DM, nothing of it in the channel', async () => {
    const parent = fakeUser(snowflake());
    const since = h.fake.calls.length;
    const id = h.fake.channelMessage(parent, 'my daughter Perdita said she wants to kill herself');
    await h.logger.delivered(id);
    await h.logger.delivered(`${id}:dm`);
    const calls = h.fake.calls.slice(since);
    const inChannel = calls.filter((c) => c.path === `/channels/${h.fake.channelId}/messages`);
    expect(inChannel.length).toBeGreaterThan(0);
    for (const c of inChannel) {
      const content = String(c.body?.content);
      for (const w of ['Perdita', 'kill', '988', '116 123', 'Childline', 'safe right now']) expect(content).not.toContain(w);
    }
    const dm = calls.filter((c) => c.path === `/channels/${h.fake.dmChannelFor(parent.id)}/messages`);
    const dmText = dm.map((c) => String(c.body?.content)).join(' ');
    expect(dmText).toContain('116 123');
    expect(dmText).toContain('0800 1111');
    expect(dmText).not.toContain('Perdita');
  });

  it('still answers a mention when the parent does not accept DMs, and says why only in the log', async () => {
    const parent = fakeUser(snowflake());
    h.fake.closedDms.add(parent.id);
    const since = h.fake.calls.length;
    const id = h.fake.channelMessage(parent, 'Can you help with school refusal?');
    await h.logger.delivered(id);
    const warning = await h.logger.waitFor((e) => e.msg === 'could not continue in the DM' && e.obj.id === `${id}:dm`);
    expect(warning.obj).toMatchObject({ code: 50007, status: 403 });
    expect(h.fake.calls.slice(since).filter((c) => c.path === `/channels/${h.fake.channelId}/messages`)).toHaveLength(1);
  });

  it('handles a DM over 2,000 characters and never sends one event’s replies twice', async () => {
    const parent = fakeUser(snowflake());
    const longEmail = Array.from({ length: 12 }, (_, i) => `Point ${i + 1}: ${'we have considered your request carefully and '.repeat(8)}`).join('\n\n');
    expect(longEmail.length).toBeGreaterThan(4000);
    const id = snowflake();
    const first = await turn(() => h.fake.dm(parent, longEmail, { id }));
    expect(first.length).toBeGreaterThan(0);

    // The gateway replays the same message (e.g. after a resume); then the parent writes again.
    const since = h.fake.calls.length;
    h.fake.dm(parent, longEmail, { id });
    const next = await turn(() => h.fake.dm(parent, 'help'));
    const toDm = h.fake.calls.slice(since).filter((c) => c.path === `/channels/${h.fake.dmChannelFor(parent.id)}/messages`);
    expect(toDm).toHaveLength(next.length);
  });

  it('ignores malformed and foreign events cleanly and logs no message text', async () => {
    const parent = fakeUser(snowflake());
    const secret = 'Lily cries every morning at the school gate';
    const menu = (await turn(() => h.fake.dm(parent, 'hi'))).at(-1) as RecordedCall;

    // A component that is not ours, carrying text in its custom id.
    const since = h.fake.calls.length;
    const foreign = h.fake.click(parent, messageIdOf(menu), `survey:${secret}`);
    await h.fake.waitFor((c) => c.path === `/interactions/${foreign.id}/${foreign.token}/callback`, { since });
    expect(callbackFor(h, foreign)?.body?.type).toBe(6);

    // A select without a value, an unknown subcommand, and a command that is not ours.
    const emptySelect = h.fake.click(parent, messageIdOf(menu), 'choices:q1:0', { values: [] });
    const badSub = h.fake.slash(parent, 'explode', { text: secret });
    const otherCmd = h.fake.slash(parent, 'help', { command: 'other' });
    await h.fake.waitFor((c) => c.path.includes(badSub.token) && c.method === 'PATCH', { since });
    await h.fake.waitFor((c) => c.path.includes(otherCmd.token) && c.method === 'PATCH', { since });
    expect(callbackFor(h, emptySelect)?.body?.type).toBe(6);
    expect(callbackFor(h, badSub)?.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });

    // A bot's DM, a server message that does not mention us, an event type we do not know.
    const fromBot: FakeUser = { ...fakeUser(snowflake()), bot: true };
    const botMsg = h.fake.dm(parent, secret, { author: fromBot });
    const chatter = h.fake.channelMessage(parent, secret, { mention: false });
    h.fake.dispatch('SOMETHING_NEW', { content: secret, nonsense: [1, 2, 3] });
    await h.logger.waitFor((e) => e.obj.event === botMsg && e.msg === 'discord message ignored');
    await h.logger.waitFor((e) => e.obj.event === chatter && e.msg === 'discord message ignored');

    // Still working, and nothing went anywhere public.
    const after = await turn(() => h.fake.dm(parent, 'help'));
    expect(after.length).toBeGreaterThan(0);
    expect(h.fake.calls.slice(since).some((c) => c.path === `/channels/${h.fake.channelId}/messages`)).toBe(false);
    const logged = JSON.stringify(h.logger.entries);
    expect(logged).not.toContain('Lily');
    expect(logged).not.toContain('school gate');
    expect(h.logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});

describe('Discord adapter, after a restart', () => {
  it('re-delivers replies that were committed but never delivered, by DM, once', async () => {
    const parent = fakeUser(snowflake());
    const h = await startHarness({
      beforeStart: async (app) => {
        // The previous process answered this DM but stopped before delivering it.
        await app.engine.handleTurn({ id: 'lost-1', channel: 'discord', user: `discord:${parent.id}`, where: 'dm', input: { kind: 'text', text: 'hi' }, receivedAt: new Date() });
      },
    });
    try {
      await h.logger.waitFor((e) => e.msg === 'undelivered replies sent' && e.obj.id === 'lost-1');
      const dm = h.fake.calls.filter((c) => c.path === `/channels/${h.fake.dmChannelFor(parent.id)}/messages`);
      expect(dm.length).toBeGreaterThan(0);
      expect(componentsOf(dm.at(-1)).length).toBeGreaterThan(0);
      expect(h.app.store.undelivered()).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});

describe('Discord adapter, replies over 2,000 characters', () => {
  let h: Harness;
  const paragraphs = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1}. ${'This part of the advice is deliberately long. '.repeat(12).trim()}`);
  const longText = paragraphs.join('\n\n');
  /** The real engine, with one long text added to every answer. */
  const withLongText = (engine: Engine): Engine => ({
    ...engine,
    handleTurn: async (t) => [{ type: 'text', key: 'test.long', text: longText }, ...(await engine.handleTurn(t))],
  });
  beforeAll(async () => {
    h = await startHarness({ wrapEngine: withLongText });
  });
  afterAll(async () => {
    if (h) expectWithinDiscordLimits(h.fake.calls);
    await h?.stop();
  });

  it('splits on paragraph boundaries in a DM and in an ephemeral reply', async () => {
    expect(longText.length).toBeGreaterThan(4000);
    const parent = fakeUser(snowflake());
    for (const send of [() => h.fake.dm(parent, 'hi'), () => h.fake.slash(parent, 'help').id]) {
      const since = h.fake.calls.length;
      const id = send();
      await h.logger.delivered(id);
      const sent = sentMessages(h.fake.calls.slice(since));
      const contents = sent.map((c) => String(c.body?.content ?? ''));
      expect(sent.length).toBeGreaterThanOrEqual(3);
      for (const c of contents) expect(c.length).toBeLessThanOrEqual(2000);
      expect(contents.join('\n\n')).toContain(longText);
      // Each piece is whole paragraphs.
      for (const c of contents.slice(0, 2)) for (const p of c.split('\n\n')) expect(paragraphs).toContain(p);
    }
  });
});
