/**
 * leaving17 read the outbox by the child's nickname: a reply about the child that named them only
 * by a full name, or quoted their notes with no name at all, survived their erase and was shown
 * later. Each outbox row now records the children its turn was about (`TurnRecord.caseIds`, from
 * the engine), and the erase goes by that id; a row with no child recorded, or written before
 * (no record at all), is still read by its words, as before. On both stores.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
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
    await (c.store as { loadUsers?: (users: string[]) => Promise<void> }).loadUsers?.(['q1']);
    const exported = JSON.stringify(c.store.requests.exportAll('q1'));
    expect(exported).toContain('How hard was the morning?');
    expect(exported).not.toMatch(/crying in the car|Bean/);
    // Only the older row, which says no child and does not name him, still holds his full name.
    expect(exported.match(/Benjamin Hart/g)).toHaveLength(1);
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

  it("where questions were posted: only the child's go; another child's, the parent's own and an older record not naming them stay", async () => {
    const a = await factory.open();
    const [noah, ivy] = await children(a, 'q3', ['Noah', 'Ivy']);
    if (noah === undefined || ivy === undefined) throw new Error('no cases');
    const view = (words: string) => JSON.stringify([{ type: 'section', text: { type: 'mrkdwn', text: words } }, { type: 'actions', elements: [] }]);
    const posts: Record<string, { words: string; caseIds?: number[] }> = {
      noah: { words: 'How hard was the morning?', caseIds: [noah] },
      ivy: { words: 'How hard was the morning?', caseIds: [ivy] },
      parent: { words: 'What time suits you for a check-in?', caseIds: [] },
      // Recorded before the record said which child: read by the message's words.
      'older-ivy': { words: 'Did Ivy get into school today?' },
      'older-noah': { words: 'Did\nNoah get into school today?' },
    };
    await a.write('q3', () => {
      for (const [id, p] of Object.entries(posts)) a.store.questionPosts.record('q3', 'slack', id, { place: 'D1', messageRef: id, view: view(p.words), ...(p.caseIds ? { caseIds: p.caseIds } : {}) }, AT);
      // A click on a question with no record (posted by an older release, or on Discord): no words kept.
      a.store.questionPosts.claim('q3', 'discord', 'clicked', AT);
    });
    const found = async (s: StoreUnderTest) => {
      await (s.store as { loadUsers?: (users: string[]) => Promise<void> }).loadUsers?.(['q3']);
      return [...Object.keys(posts).map((id) => ['slack', id] as const), ['discord', 'clicked'] as const].filter(([ch, id]) => s.store.questionPosts.find('q3', ch, id) !== undefined).map(([, id]) => id).sort();
    };
    // PostgreSQL writes the record through after the call: wait until another instance sees it.
    await vi.waitFor(async () => {
      const b = await factory.open();
      try {
        expect(await found(b)).toHaveLength(6);
      } finally {
        await b.close();
      }
    }, { timeout: 5000, interval: 100 });
    await a.close();

    const b = await factory.open();
    await b.store.requests.eraseChild('q3', noah);
    await b.close();
    const c = await factory.open();
    expect(await found(c)).toEqual(['clicked', 'ivy', 'older-ivy', 'parent']);
    // The parent's own export still holds every record kept.
    const exported = c.store.requests.exportAll('q3')['question_posts'] ?? [];
    expect(exported.map((r) => r['prompt_id']).sort()).toEqual(['clicked', 'ivy', 'older-ivy', 'parent']);
    await c.close();
  });

  it('a question posted again about another child: its record follows the new post, and goes with that child (review21 R4)', async () => {
    const a = await factory.open();
    const [noah, ivy] = await children(a, 'q5', ['Noah', 'Ivy']);
    if (noah === undefined || ivy === undefined) throw new Error('no cases');
    const view = JSON.stringify([{ type: 'section', text: { type: 'mrkdwn', text: 'How hard was the morning?' } }]);
    const seen = async (ref: string) =>
      vi.waitFor(async () => {
        const b = await factory.open();
        try {
          await (b.store as { loadUsers?: (users: string[]) => Promise<void> }).loadUsers?.(['q5']);
          expect(b.store.questionPosts.find('q5', 'slack', 'q7')?.messageRef).toBe(ref);
        } finally {
          await b.close();
        }
      }, { timeout: 5000, interval: 100 });
    await a.write('q5', () => a.store.questionPosts.record('q5', 'slack', 'q7', { place: 'D1', messageRef: '1', view, caseIds: [ivy] }, AT));
    await seen('1');
    await a.write('q5', () => a.store.questionPosts.record('q5', 'slack', 'q7', { place: 'D1', messageRef: '2', view, caseIds: [noah] }, AT));
    await seen('2');
    await a.close();

    const b = await factory.open();
    await b.store.requests.eraseChild('q5', ivy);
    await b.close();
    const c = await factory.open();
    await (c.store as { loadUsers?: (users: string[]) => Promise<void> }).loadUsers?.(['q5']);
    expect(c.store.questionPosts.find('q5', 'slack', 'q7')?.messageRef).toBe('2');
    await c.close();
    const d = await factory.open();
    await d.store.requests.eraseChild('q5', noah);
    await d.close();
    const e = await factory.open();
    await (e.store as { loadUsers?: (users: string[]) => Promise<void> }).loadUsers?.(['q5']);
    expect(e.store.questionPosts.find('q5', 'slack', 'q7')).toBeUndefined();
    await e.close();
  });

  it("through the engine: the parent's check-in set-up, asked while the child is open, is about no child and stays", async () => {
    const seed = await factory.open();
    const [bean] = await children(seed, 'q4', ['Bean']);
    if (bean === undefined) throw new Error('no case');
    await seed.close();
    const clock = new FixedClock(new Date('2026-11-25T10:00:00Z'));
    const app = await factory.app(clock);
    const said = async (id: string, text: string) => turn(app.engine, clock, 'q4', id, { kind: 'text', text });
    await said('l1', 'log today');
    const later = await said('l2', 'not now');
    expect(later.map((r) => r.key)).toContain('home.menu');
    const zone = await said('c1', 'remind me at 7:30 on school days');
    expect(zone.map((r) => r.key)).toContain('checkin.ask-zone');
    expect(JSON.stringify(zone)).not.toMatch(/bean/i);
    await app.close();

    const b = await factory.open();
    await b.store.requests.eraseChild('q4', bean);
    await b.close();
    const c = await factory.open();
    // "log today" asked about Bean by name, and "not now" answered Bean's question: both go.
    expect(await undeliveredOf(c, 'q4')).toEqual(['c1']);
    await c.close();
  });
});
