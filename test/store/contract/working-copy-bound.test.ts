/**
 * The PostgreSQL store's working copy is a bounded cache: it keeps at most `maxParents` parents
 * between turns (the least recently served dropped first), a dropped parent is reloaded whole at
 * their next turn, a parent another instance changed is reloaded before any turn of theirs runs
 * here, and the scheduler's tick loads only the parents who may be due now.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { freshPgDatabase } from './store-factories.js';

const AT = '2026-11-24T06:00:00.000Z';

/** One turn of `user`'s: reads their notes and adds one more, numbered by what it read. */
function addNote(store: Store, user: string): () => number {
  return () => {
    store.ensureUser(user, AT);
    const n = store.listNotes(user).length;
    store.addNote({ userId: user, caseId: null, kind: 'statement', topic: 't', text: `note ${n + 1}`, at: AT, day: AT.slice(0, 10) });
    return n + 1;
  };
}

describe('the working copy, bounded and never stale', () => {
  const stores: PgStore[] = [];
  let url: Promise<string> | undefined;
  const open = async (maxParents?: number) => {
    url ??= freshPgDatabase();
    const s = await PgStore.open({ url: await url, poolSize: 2, outboxMinAgeMs: 0, ...(maxParents !== undefined ? { maxParents } : {}) });
    stores.push(s);
    return s;
  };
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.end()));
  });

  it('keeps at most maxParents between batches; a dropped parent comes back whole', async () => {
    const a = await open(3);
    for (let round = 1; round <= 2; round++) {
      for (let i = 0; i < 10; i++) {
        expect(await a.runTurn({ userId: `b${i}` }, addNote(a, `b${i}`))).toBe(round);
        // The batch's own parent, plus at most three others.
        expect(a.copy.size).toBeLessThanOrEqual(4);
      }
    }
    const c = await open();
    for (let i = 0; i < 10; i++) expect((await c.runTurn({ userId: `b${i}` }, () => c.listNotes(`b${i}`))).map((n) => n.text)).toEqual(['note 1', 'note 2']);
  });

  it('a parent another instance changed is reloaded before their next turn here, held or dropped', async () => {
    const [a, b] = [await open(2), await open(2)];
    // Alternating instances, each turn counting what the one before wrote.
    for (let n = 1; n <= 12; n++) {
      const s = n % 2 ? a : b;
      expect(await s.runTurn({ userId: 'shared' }, addNote(s, 'shared'))).toBe(n);
      // Every third turn, `a` serves others in between, so `shared` is dropped from its copy.
      if (n % 3 === 0) for (let i = 0; i < 3; i++) await a.runTurn({ userId: `other${i}` }, addNote(a, `other${i}`));
    }
    const texts = (await a.runTurn({ userId: 'shared' }, () => a.listNotes('shared'))).map((x) => x.text);
    expect(texts).toEqual(Array.from({ length: 12 }, (_, i) => `note ${i + 1}`));
  });

  it('a tick loads the parents who may be due now, not everyone with check-ins on', async () => {
    const setup = await open();
    const zones = ['Europe/London', 'America/New_York', 'Asia/Tokyo'];
    for (const [i, zone] of zones.entries()) {
      const user = `ci${i}`;
      await setup.runTurn({ userId: user }, () => {
        setup.ensureUser(user, AT);
        setup.logs.updateCheckin(user, { enabled: true, time: '07:30', zone, activeFrom: '2026-11-01T00:00:00.000Z' }, AT);
      });
    }
    // 07:31 in London (02:31 in New York, 16:31 in Tokyo): London's and Tokyo's are due.
    const at = new Date('2026-11-24T07:31:00Z');
    const fresh = await open();
    await fresh.prepareDue(at);
    expect(fresh.copy.size).toBe(2);
    expect(fresh.logs.enabledCheckins().map((s) => s.userId).sort()).toEqual(['ci0', 'ci2']);
    // Once London's is recorded as sent, only Tokyo's is left.
    await setup.prompts.claim([{ key: 'checkin:ci0:2026-11-24', userId: 'ci0', command: 'checkin', args: '2026-11-24', localDate: '2026-11-24', dueAt: '2026-11-24T07:30:00.000Z' }], at.toISOString());
    const later = await open();
    await later.prepareDue(at);
    expect(later.logs.enabledCheckins().map((s) => s.userId)).toEqual(['ci2']);
  });
});
