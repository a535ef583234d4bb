/**
 * A click is resolved only from the server's own record for the clicking parent: an interaction
 * from parent A that names parent B's message must not mark B's question answered (B's own click
 * still works) and must not move B's conversation. Real discord.js against the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentsOf, fakeUser, messageIdOf, sentMessages, snowflake, type RecordedCall } from './discord-calls.js';
import { startHarness, type Harness } from './discord-harness.js';

const BUTTON = 2;

describe('Discord: forged clicks', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function turn(send: () => string | { id: string }): Promise<RecordedCall[]> {
    const since = h.fake.calls.length;
    const sent = send();
    await h.logger.delivered(typeof sent === 'string' ? sent : sent.id);
    return sentMessages(h.fake.calls.slice(since));
  }

  it("a click by A on B's message leaves B's question and conversation alone; B's click still works", async () => {
    const a = fakeUser(snowflake());
    const b = fakeUser(snowflake());
    await turn(() => h.fake.dm(a, 'hi'));
    const bMenu = (await turn(() => h.fake.dm(b, 'hi'))).at(-1) as RecordedCall;
    const help = componentsOf(bMenu).find((c) => c.type === BUTTON && c.custom_id?.endsWith(':help'));
    if (!help?.custom_id) throw new Error('no help button');
    const bPending = h.app.store.getSession(`discord:${b.id}`)?.pending;

    // A's interaction naming B's message: it is A's turn, in A's conversation.
    await turn(() => h.fake.click(a, messageIdOf(bMenu), help.custom_id as string));
    expect(h.app.store.getSession(`discord:${b.id}`)?.pending).toEqual(bPending);

    // B's own click is not taken for a repeat: it is answered.
    const bClick = h.fake.click(b, messageIdOf(bMenu), help.custom_id);
    await h.logger.delivered(bClick.id);
    expect(h.logger.entries.some((e) => e.msg === 'discord repeated click ignored' && e.obj.event === bClick.id)).toBe(false);
    expect(h.app.store.getSession(`discord:${b.id}`)?.pending).not.toEqual(bPending);
  });
});
