/**
 * leaving17 read the outbox by the child's nickname: a reply about the child that named them only
 * by a full name, or quoted their notes with no name at all, survived their erase and was shown
 * later. Each outbox row now records the children its turn was about (`TurnRecord.caseIds`, from
 * the engine), and the erase goes by that id; a row with no child recorded, or written before
 * (no record at all), is still read by its words, as before. On both stores.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../support/builders.js';
import type { Reply } from '../../../src/core/types.js';
import { FACTORIES, turn, type StoreFactory, type StoreUnderTest } from './store-factories.js';

const AT = '2026-11-24T09:00:00.000Z';

async function children(s: StoreUnderTest, userId: string, names: readonly string[]): Promise<number[]> {
  return s.write(userId, () => {
    s.store.ensureUser(userId, AT);
    return names.map((n) => s.store.openCase(userId, n, AT).id);
  });
}

const text = (t: string): Reply[] => [{ type: 'text', key: 'x', text: t }];
const undeliveredOf = async (s: StoreUnderTest, userId: string) => (await s.store.undelivered()).filter((t) => t.userId === userId).map((t) => t.eventId).sort();

describe.each(FACTORIES.map((f) => [f().name, f] as const))('%s store: erasing one child by the case on each outbox row', (_name, make) => {
  const factory: StoreFactory = make();
  afterAll(() => factory.cleanup());

  it("a reply about the child goes whatever it calls them; another child's, the parent's own and an older row's go by their words", async () => {
    const a = await factory.open();
    const [bean, ivy] = await children(a, 'q1', ['Bean', 'Ivy']);
    if (bean === undefined || ivy === undefined) throw new Error('no cases');
    const rows: { id: string; replies: Reply[]; caseIds?: number[] }[] = [
      // About Bean, by the profile's full name, or quoting the notes with no name at all.
      { id: 'bean-full-name', replies: text("Benjamin Hart's plan: a 9:15 start"), caseIds: [bean] },
      { id: 'bean-quoted', replies: text('"Came home at lunch, crying in the car"'), caseIds: [bean] },
      // A turn that moved from Ivy's dialogue to Bean's is about both.
      { id: 'both', replies: text('Now, the morning:'), caseIds: [ivy, bean] },
      { id: 'ivy', replies: text('How hard was the morning?'), caseIds: [ivy] },
      // About another child but naming Bean (the children as buttons): the name goes with Bean.
      { id: 'ivy-naming-bean', replies: text('Which child, Bean or Ivy?'), caseIds: [ivy] },
      { id: 'parent', replies: text('Your check-in time is set for 4pm.'), caseIds: [] },
      { id: 'parent-naming-bean', replies: text('The check-ins are about Bean.'), caseIds: [] },
      // Written before the outbox recorded a case: read by the words, as before.
      { id: 'older-full-name', replies: text("Benjamin Hart's plan: a 9:15 start") },
      { id: 'older-named', replies: text('Did bean get into school today?') },
    ];
    await a.write('q1', () => {
      for (const r of rows) a.store.recordTurn({ eventId: `q1-${r.id}`, userId: 'q1', replies: r.replies, at: AT, ...(r.caseIds ? { caseIds: r.caseIds } : {}) });
    });
    await a.close();

    const b = await factory.open();
    await b.store.requests.eraseChild('q1', bean);
    await b.close();
    const c = await factory.open();
    expect(await undeliveredOf(c, 'q1')).toEqual(['q1-ivy', 'q1-older-full-name', 'q1-parent']);
    await c.close();
  });

  it('through the engine: a question inside the child\'s daily log that does not name them goes; a general reply before it stays', async () => {
    const seed = await factory.open();
    const [bean] = await children(seed, 'q2', ['Bean', 'Ivy']);
    if (bean === undefined) throw new Error('no case');
    await seed.close();
    const clock = new FixedClock(new Date('2026-11-25T10:00:00Z'));
    const app = await factory.app(clock);
    const said = async (id: string, input: Parameters<typeof turn>[4]) => turn(app.engine, clock, 'q2', id, input);
    const help = await said('g1', { kind: 'command', name: 'help', args: '' });
    expect(JSON.stringify(help)).not.toMatch(/bean/i);
    await said('l1', { kind: 'text', text: 'log today' });
    await said('l2', { kind: 'text', text: 'Bean' });
    await said('l3', { kind: 'text', text: 'part of the day' });
    const hard = await said('l4', { kind: 'text', text: '2 h' });
    expect(hard.map((r) => r.key)).toContain('daily-log.ask-difficulty');
    expect(JSON.stringify(hard)).not.toMatch(/bean/i);
    await app.close();

    const b = await factory.open();
    await b.store.requests.eraseChild('q2', bean);
    await b.close();
    const c = await factory.open();
    expect(await undeliveredOf(c, 'q2')).toEqual(['g1']);
    await c.close();
  });
});
