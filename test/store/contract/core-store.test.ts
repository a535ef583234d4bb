/**
 * The core store port, on both stores: what one store instance writes in a turn, a second one
 * opened on the same data reads back; the outbox keeps replies until delivered; an event id is
 * recorded once; notes, cases, sessions and flags survive.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FACTORIES, type StoreFactory } from './store-factories.js';

const AT = '2026-11-24T09:00:00.000Z';

describe.each(FACTORIES.map((f) => [f().name, f] as const))('%s store: core port', (_name, make) => {
  const factory: StoreFactory = make();
  afterAll(() => factory.cleanup());

  it('keeps cases, notes, sessions and flags written in a turn', async () => {
    const a = await factory.open();
    const caseId = await a.write('p1', () => {
      a.store.ensureUser('p1', AT);
      const c = a.store.openCase('p1', 'Bean', AT);
      a.store.addNote({ userId: 'p1', caseId: c.id, kind: 'statement', topic: 'triage', text: 'We need more data', category: 'data', who: 'Mr Hill', at: AT, day: AT.slice(0, 10) });
      a.store.saveSession({ userId: 'p1', caseId: c.id, flowId: 'home', flowVersion: 1, snapshot: { value: 'menu', context: { n: 1 } }, pending: null, seq: 3, updatedAt: AT });
      a.store.setUserFlag('p1', 'disclaimer');
      return c.id;
    });
    await a.close();

    const b = await factory.open();
    await b.write('p1', () => {
      expect(b.store.listCases('p1').map((c) => c.nickname)).toEqual(['Bean']);
      expect(b.store.openCase('p1', ' bean ', AT).id).toBe(caseId); // the same child, not a second case
      expect(b.store.listNotes('p1')).toMatchObject([{ caseId, kind: 'statement', text: 'We need more data', who: 'Mr Hill', nickname: 'Bean', category: 'data' }]);
      expect(b.store.getSession('p1')).toMatchObject({ flowId: 'home', seq: 3, snapshot: { value: 'menu', context: { n: 1 } } });
      expect(b.store.hasUserFlag('p1', 'disclaimer')).toBe(true);
      expect(b.store.hasUserFlag('p1', 'other')).toBe(false);
    });
    await b.close();
  });

  it('a failing turn leaves nothing behind', async () => {
    const a = await factory.open();
    await expect(
      a.write('p2', () => {
        a.store.ensureUser('p2', AT);
        a.store.addNote({ userId: 'p2', caseId: null, kind: 'statement', topic: 't', text: 'half-written', at: AT, day: AT.slice(0, 10) });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await a.close();
    const b = await factory.open();
    await b.write('p2', () => expect(b.store.listNotes('p2')).toEqual([]));
    await b.close();
  });

  it('reads only the notes of the topics asked for, alone or with a case, oldest first', async () => {
    const a = await factory.open();
    const [bean, pip] = await a.write('p3', () => {
      a.store.ensureUser('p3', AT);
      const cases = [a.store.openCase('p3', 'Bean', AT), a.store.openCase('p3', 'Pip', AT)];
      const note = (caseId: number | null, topic: string, text: string) => a.store.addNote({ userId: 'p3', caseId, kind: 'answer', topic, text, at: AT, day: AT.slice(0, 10) });
      note(cases[0]?.id ?? null, 'case.profile', 'bean profile 1');
      note(cases[0]?.id ?? null, 'triage.request', 'a quiet room');
      note(cases[1]?.id ?? null, 'case.profile', 'pip profile');
      note(null, 'facts.sign-off', 'Sam');
      note(cases[0]?.id ?? null, 'case.profile', 'bean profile 2');
      return cases.map((c) => c.id);
    });
    await a.close();
    const b = await factory.open();
    await b.write('p3', () => {
      const texts = (opts: Parameters<typeof b.store.listNotes>[1]) => b.store.listNotes('p3', opts).map((n) => n.text);
      expect(texts({ topics: ['case.profile'] })).toEqual(['bean profile 1', 'pip profile', 'bean profile 2']);
      expect(texts({ topics: ['case.profile'], caseId: pip })).toEqual(['pip profile']);
      expect(texts({ topics: ['facts.sign-off', 'triage.request'] })).toEqual(['a quiet room', 'Sam']);
      expect(texts({ topics: [] })).toEqual([]);
      expect(texts({ caseId: bean })).toEqual(['bean profile 1', 'a quiet room', 'bean profile 2']);
      expect(texts({})).toHaveLength(5);
    });
    await b.close();
  });

  it('the outbox keeps replies until delivered, and an event id is recorded once', async () => {
    const a = await factory.open();
    const replies = [{ type: 'text' as const, key: 'k', text: 'hello' }];
    await a.write('p3', () => {
      a.store.ensureUser('p3', AT);
      a.store.recordTurn({ eventId: 'e1', userId: 'p3', replies, at: AT });
      a.store.recordTurn({ eventId: 'e2', userId: 'p3', replies, at: AT });
    });
    await expect(a.write('p3', () => a.store.recordTurn({ eventId: 'e1', userId: 'p3', replies, at: AT }))).rejects.toThrow();
    await a.close();

    const b = await factory.open();
    const waiting = await b.store.undelivered();
    expect(waiting.map((t) => t.eventId).sort()).toEqual(['e1', 'e2']);
    expect(waiting[0]?.replies).toEqual(replies);
    b.store.markDelivered('e1', AT);
    await b.write('p3', () => expect(b.store.hasTurn('e1')).toBe(true));
    await b.close();

    const c = await factory.open();
    // PostgreSQL: b claimed e2 for a few minutes (another instance does not send it meanwhile).
    expect((await c.store.undelivered()).map((t) => t.eventId)).toEqual(factory.name === 'postgres' ? [] : ['e2']);
    await c.write('p3', () => expect([c.store.hasTurn('e1'), c.store.hasTurn('e2'), c.store.hasTurn('e3')]).toEqual([true, true, false]));
    await c.close();
  });

  it('prunes delivered turns written before the cutoff, oldest first, and never an undelivered one', async () => {
    const a = await factory.open();
    const replies = [{ type: 'text' as const, key: 'k', text: 'hello' }];
    const OLD = ['2026-09-01T08:00:00.000Z', '2026-09-02T08:00:00.000Z', '2026-09-03T08:00:00.000Z'];
    await a.write('p7', () => {
      a.store.ensureUser('p7', AT);
      OLD.forEach((at, i) => a.store.recordTurn({ eventId: `old${i}`, userId: 'p7', replies, at }));
      a.store.recordTurn({ eventId: 'old-undelivered', userId: 'p7', replies, at: '2026-09-01T07:00:00.000Z' });
      a.store.recordTurn({ eventId: 'young', userId: 'p7', replies, at: AT });
    });
    for (const id of ['old0', 'old1', 'old2', 'young']) a.store.markDelivered(id, AT);
    const cutoff = '2026-10-01T00:00:00.000Z';
    expect(await a.store.pruneKept(cutoff, 2)).toBe(2);
    expect(await a.store.pruneKept(cutoff, 2)).toBe(1);
    expect(await a.store.pruneKept(cutoff, 2)).toBe(0);
    await a.close();

    const b = await factory.open();
    await b.write('p7', () =>
      expect(['old0', 'old1', 'old2', 'old-undelivered', 'young'].map((id) => b.store.hasTurn(id))).toEqual([false, false, false, true, true]),
    );
    expect((await b.store.undelivered()).map((t) => t.eventId)).toContain('old-undelivered');
    await b.close();
  });

  it('reads one undelivered turn alone (a repeated event), and a shared store claims only that one', async () => {
    const a = await factory.open();
    const replies = [{ type: 'text' as const, key: 'k', text: 'hello' }];
    await a.write('p5', () => {
      a.store.ensureUser('p5', AT);
      a.store.recordTurn({ eventId: 'e4', userId: 'p5', replies, at: AT });
      a.store.recordTurn({ eventId: 'e5', userId: 'p5', replies, at: AT });
    });
    await a.close();

    const b = await factory.open();
    expect(await b.store.undeliveredTurn('e4')).toEqual({ eventId: 'e4', userId: 'p5', replies, at: AT });
    expect(await b.store.undeliveredTurn('e6')).toBeUndefined();
    b.store.markDelivered('e4', AT);
    expect(await b.store.undeliveredTurn('e4')).toBeUndefined();
    await b.close();

    // e5 was left alone: another instance still gets it (claiming every undelivered turn to find
    // e4 would have held e5 back for the lease on PostgreSQL).
    const c = await factory.open();
    expect((await c.store.undelivered()).map((t) => t.eventId)).toContain('e5');
    await c.close();
  });

  it('records each prompt as sent once', async () => {
    const a = await factory.open();
    await a.write('p4', () => a.store.ensureUser('p4', AT));
    const item = { userId: 'p4', key: 'checkin:p4:2026-11-24', command: 'checkin-prompt', localDate: '2026-11-24', dueAt: AT };
    expect(await a.store.prompts.isSent(item.key)).toBe(false);
    await a.store.prompts.claim([item], AT);
    await a.store.prompts.claim([item, item], AT);
    expect(await a.store.prompts.isSent(item.key)).toBe(true);
    await a.close();
  });
});
