/**
 * `/nextstep forget` had no option for a child: it asked to erase everything. Now it has one
 * (`child`), and `/nextstep forget child:Noah` starts that child's erase, as "delete Noah's data"
 * does in a DM, answered where every other `/nextstep forget` answer goes (ephemeral, through the
 * interaction), never in the server's channel. Through the real discord.js against the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBCOMMAND_OPTIONS } from '../../../src/adapters/slash-commands.js';
import { fakeUser, snowflake } from './discord-calls.js';
import { startHarness, type Harness } from './discord-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const EPHEMERAL = 64;

describe('Discord: /nextstep forget child:<name>', () => {
  it('the subcommand offers a child option', () => {
    expect(SUBCOMMAND_OPTIONS.forget?.name).toBe('child');
    expect(SUBCOMMAND_OPTIONS.forget?.required).not.toBe(true);
  });

  it("asks about Noah's notes only, ephemerally, in a server", async () => {
    const parent = fakeUser(snowflake());
    const user = `discord:${parent.id}`;
    const at = new Date().toISOString();
    h.app.store.ensureUser(user, at);
    for (const name of ['Noah', 'Ivy']) h.app.store.openCase(user, name, at);
    const since = h.fake.calls.length;
    const cmd = h.fake.slash(parent, 'forget', { text: 'Noah', option: 'child' });
    await h.logger.delivered(cmd.id);
    const mine = h.fake.calls.slice(since).filter((c) => c.path.includes(cmd.token));
    expect(mine[0]).toMatchObject({ method: 'POST', body: { type: 5, data: { flags: EPHEMERAL } } });
    const shown = mine.map((c) => JSON.stringify(c.body ?? '')).join('\n');
    // About Noah, Ivy's staying, and not the whole record's question: the keys' words with their vars (review20 R8).
    const said = (key: string, vars: Record<string, string>) => JSON.stringify(h.app.content.renderShared?.(key, vars) ?? h.app.content.render(key, vars)).slice(1, -1);
    expect(shown).toContain(said('case-file.forget-child.confirm', { child: 'Noah', others: 'Ivy' }));
    expect(shown).not.toContain(said('case-file.forget.confirm-children', { children: 'Noah and Ivy' }));
    for (const f of mine.filter((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'))) expect(f.body?.flags).toBe(EPHEMERAL);
    expect(h.fake.calls.slice(since).some((c) => c.path.startsWith('/channels/'))).toBe(false);
    expect(h.app.store.listCases(user)).toHaveLength(2);
  });
});
