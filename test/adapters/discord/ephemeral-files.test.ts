/**
 * `/nextstep letter`, `export` or `chart` in a server: the answer is ephemeral, and Discord drops
 * ephemeral messages when the app reloads. A letter or a case file sent there would be gone the
 * next time the parent opens Discord, so files go to the parent's DM (as on Slack), and the
 * ephemeral answer says so where the file would have been.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeUser, snowflake } from './discord-calls.js';
import { startHarness, type Harness } from './discord-harness.js';
import type { Engine } from '../../../src/core/engine.js';
import type { Reply } from '../../../src/core/types.js';

const EPHEMERAL = 64;

describe('Discord: files asked for in a server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('go to the DM, and the ephemeral answer says so', async () => {
    const parent = fakeUser(snowflake());
    await h.logger.delivered(h.fake.dm(parent, 'hello'));
    await h.logger.delivered(h.fake.dm(parent, 'The head teacher said they cannot offer Ada a later start because of staffing'));
    await h.logger.delivered(h.fake.dm(parent, 'Ada'));
    const since = h.fake.calls.length;
    const cmd = h.fake.slash(parent, 'export', { text: 'md', option: 'format' });
    await h.logger.delivered(cmd.id);
    const calls = h.fake.calls.slice(since);
    const viaInteraction = calls.filter((c) => c.path.includes(cmd.token));
    expect(viaInteraction.flatMap((c) => c.files), 'no file in the ephemeral answer').toEqual([]);
    const dm = calls.filter((c) => c.method === 'POST' && c.path === `/channels/${h.fake.dmChannelFor(parent.id)}/messages`);
    expect(dm.flatMap((c) => c.files).map((f) => f.name)).toEqual([expect.stringMatching(/^case-file.*\.md$/)]);
    const shown = viaInteraction.map((c) => String((c.body?.data as { content?: unknown } | undefined)?.content ?? c.body?.content ?? ''));
    expect(shown.some((t) => t.includes(h.app.content.render('discord.sent-to-dm')))).toBe(true);
    for (const f of viaInteraction.filter((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'))) expect(f.body?.flags).toBe(EPHEMERAL);
    expect(calls.some((c) => c.path === `/channels/${h.fake.channelId}/messages`), 'nothing in the server channel').toBe(false);
  });

  // The review (finding 10): with the DM refused the file stayed in the answer, which still said
  // it had been sent to the DM.
  it('with DMs refused, the file stays in the answer, which does not say it went to the DM', async () => {
    const parent = fakeUser(snowflake());
    await h.logger.delivered(h.fake.dm(parent, 'hello'));
    await h.logger.delivered(h.fake.dm(parent, 'The head teacher said they cannot offer Ada a later start because of staffing'));
    await h.logger.delivered(h.fake.dm(parent, 'Ada'));
    h.fake.closedDms.add(parent.id);
    const since = h.fake.calls.length;
    const cmd = h.fake.slash(parent, 'export', { text: 'md', option: 'format' });
    await h.logger.delivered(cmd.id);
    const viaInteraction = h.fake.calls.slice(since).filter((c) => c.path.includes(cmd.token));
    expect(viaInteraction.flatMap((c) => c.files).map((f) => f.name)).toEqual([expect.stringMatching(/^case-file.*\.md$/)]);
    const shown = viaInteraction.map((c) => String((c.body?.data as { content?: unknown } | undefined)?.content ?? c.body?.content ?? ''));
    expect(shown.some((t) => t.includes(h.app.content.render('discord.sent-to-dm')))).toBe(false);
  });
});


// The walkthrough's C-L8: a file sent to the DM for an ephemeral answer went without a nonce, so a
// turn sent again after a crash (its receipt never written: re-delivered to the DM) posted it twice.
describe('Discord: a file sent to the DM for an ephemeral answer', () => {
  it('carries the nonce the DM gives it, so the turn sent again to the DM does not post it twice', async () => {
    const answered = new Map<string, Reply[]>();
    const wrapEngine = (engine: Engine): Engine => ({
      ...engine,
      handleTurn: async (t) => {
        const replies: Reply[] = await engine.handleTurn(t);
        answered.set(t.id, replies);
        return replies;
      },
    });
    const h = await startHarness({ wrapEngine });
    try {
      const parent = fakeUser(snowflake());
      await h.logger.delivered(h.fake.dm(parent, 'hello'));
      await h.logger.delivered(h.fake.dm(parent, 'The head teacher said they cannot offer Ada a later start because of staffing'));
      await h.logger.delivered(h.fake.dm(parent, 'Ada'));
      const cmd = h.fake.slash(parent, 'export', { text: 'md', option: 'format' });
      await h.logger.delivered(cmd.id);
      const dm = h.fake.dmChannelFor(parent.id);
      const files = () => [...h.fake.messages.values()].filter((m) => m.channel_id === dm && Array.isArray(m.attachments) && m.attachments.length > 0);
      expect(files()).toHaveLength(1);
      // What the outbox does with a turn whose receipt never reached the store: its replies, to the DM, by its id.
      await h.outbox.deliver(`discord:${parent.id}`, answered.get(cmd.id) ?? [], cmd.id);
      expect(files(), 'the case file is in the DM once').toHaveLength(1);
      expect(h.fake.nonceHits).toBeGreaterThan(0);
    } finally {
      await h.stop();
    }
  });
});
