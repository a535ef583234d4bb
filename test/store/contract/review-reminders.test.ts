/**
 * The review day's reminders (A-L1) on both stores: a kept review date is a row with a plain due
 * time, found by the scheduler once it is due, reminded once, snoozed to a later day (due again
 * then), closed, replaced by a newer date for the same child, exported, and erased by forget. On
 * PostgreSQL, two instances ticking at the same moment send it once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { schedulerSources } from '../../../src/app.js';
import { createScheduler } from '../../../src/core/scheduler.js';
import { silentLogger } from '../../../src/core/ports.js';
import { FixedClock, keys } from '../../support/builders.js';
import { FACTORIES, postgresFactory, type StoreFactory, type StoreUnderTest } from './store-factories.js';

const AT = '2026-11-24T09:00:00.000Z';
const REVIEW = { reviewOn: '2026-12-14', dueOn: '2026-12-14', dueAt: '2026-12-14T16:00:00.000Z', timeZone: 'Europe/London' };

async function seed(s: StoreUnderTest, userId: string): Promise<{ caseId: number; id: number }> {
  return s.write(userId, () => {
    s.store.ensureUser(userId, AT);
    const c = s.store.openCase(userId, 'Bean', AT);
    const noteId = s.store.addNote({ userId, caseId: c.id, kind: 'next_step', topic: 'review.date', text: "They'll do a 9:15 start", due: REVIEW.reviewOn, at: AT, day: AT.slice(0, 10) });
    const r = s.store.reviews.watch({ userId, caseId: c.id, noteId, ...REVIEW, createdAt: AT });
    return { caseId: c.id, id: r.id };
  });
}

describe.each(FACTORIES.map((f) => [f().name, f] as const))('%s store: review reminders', (_name, make) => {
  const factory: StoreFactory = make();
  afterAll(() => factory.cleanup());

  it('due once its time has come, reminded once, snoozed to a later day, then closed', async () => {
    const a = await factory.open();
    const { id } = await seed(a, 'r1');
    await a.close();

    const b = await factory.open();
    await b.store.prepareDue?.(new Date('2026-12-14T15:59:00Z'));
    expect(b.store.reviews.due('2026-12-14T15:59:00.000Z').filter((r) => r.userId === 'r1')).toEqual([]);
    await b.store.prepareDue?.(new Date('2026-12-14T16:00:00Z'));
    expect(b.store.reviews.due('2026-12-14T16:00:00.000Z').filter((r) => r.userId === 'r1')).toEqual([{ id, userId: 'r1', dueOn: '2026-12-14', dueAt: REVIEW.dueAt }]);
    await b.write('r1', () => b.store.reviews.markReminded(id, '2026-12-14T16:00:00.000Z'));
    expect(b.store.reviews.due('2026-12-15T00:00:00.000Z').filter((r) => r.userId === 'r1')).toEqual([]);
    await b.write('r1', () => expect(b.store.reviews.snooze('r1', id, '2026-12-16', '2026-12-16T16:00:00.000Z')).toBe(true));
    await b.close();

    const c = await factory.open();
    await c.store.prepareDue?.(new Date('2026-12-16T16:00:00Z'));
    expect(c.store.reviews.due('2026-12-16T16:00:00.000Z').filter((r) => r.userId === 'r1')).toEqual([{ id, userId: 'r1', dueOn: '2026-12-16', dueAt: '2026-12-16T16:00:00.000Z' }]);
    await c.write('r1', () => {
      expect(c.store.reviews.get('r1', id)).toMatchObject({ status: 'open', reviewOn: '2026-12-14', dueOn: '2026-12-16', remindedAt: null });
      expect(c.store.reviews.close('r1', id, '2026-12-16T16:05:00.000Z')).toBe(true);
      expect(c.store.reviews.get('r1', id)).toMatchObject({ status: 'done', closedAt: '2026-12-16T16:05:00.000Z' });
    });
    expect(c.store.reviews.due('2026-12-30T00:00:00.000Z').filter((r) => r.userId === 'r1')).toEqual([]);
    // Another parent's id is never theirs to touch.
    await c.write('r9', () => expect(c.store.reviews.snooze('r9', id, '2026-12-18', '2026-12-18T16:00:00.000Z')).toBe(false));
    await c.close();
  });

  it('a newer review date for the same child replaces the one kept before', async () => {
    const a = await factory.open();
    const { caseId, id } = await seed(a, 'r2');
    const newer = await a.write('r2', () => a.store.reviews.watch({ userId: 'r2', caseId, noteId: null, reviewOn: '2026-12-18', dueOn: '2026-12-18', dueAt: '2026-12-18T16:00:00.000Z', timeZone: 'Europe/London', createdAt: AT }));
    await a.close();
    const b = await factory.open();
    await b.write('r2', () => {
      expect(b.store.reviews.list('r2').map((r) => [r.id, r.status])).toEqual([
        [id, 'replaced'],
        [newer.id, 'open'],
      ]);
    });
    await b.store.prepareDue?.(new Date('2026-12-20T00:00:00Z'));
    expect(b.store.reviews.due('2026-12-20T00:00:00.000Z').filter((r) => r.userId === 'r2').map((r) => r.id)).toEqual([newer.id]);
    await b.close();
  });

  it('exported with everything else, and erased by forget', async () => {
    const a = await factory.open();
    await seed(a, 'r3');
    await seed(a, 'r4');
    const tables = await a.write('r3', () => a.store.requests.exportAll('r3'));
    expect(tables['review_reminders']).toEqual([expect.objectContaining({ user_id: 'r3', review_on: '2026-12-14', status: 'open' })]);
    await a.store.requests.erase('r3');
    await a.close();
    const b = await factory.open();
    await b.store.prepareDue?.(new Date('2026-12-15T00:00:00Z'));
    const due = b.store.reviews.due('2026-12-15T00:00:00.000Z').map((r) => r.userId);
    expect(due).not.toContain('r3');
    expect(due).toContain('r4');
    await b.write('r3', () => expect(b.store.reviews.list('r3')).toEqual([]));
    await b.close();
  });
});

describe('two instances, one PostgreSQL: the review day', () => {
  const pg = postgresFactory();
  afterAll(() => pg.cleanup());

  it('a due review reminder is sent once when both schedulers tick together, and not again after a restart', async () => {
    const clock = new FixedClock(new Date('2026-12-14T15:00:00Z'));
    const [a, b] = await Promise.all([pg.app(clock), pg.app(clock)]);
    await a.store.runTurn?.({ userId: 'parent-r' }, () => {
      a.store.ensureUser('parent-r', AT);
      const c = a.store.openCase('parent-r', 'Bean', AT);
      const noteId = a.store.addNote({ userId: 'parent-r', caseId: c.id, kind: 'next_step', topic: 'review.date', text: "They'll do a 9:15 start", due: REVIEW.reviewOn, at: AT, day: AT.slice(0, 10) });
      a.store.reviews.watch({ userId: 'parent-r', caseId: c.id, noteId, ...REVIEW, createdAt: AT });
    });
    clock.current = new Date('2026-12-14T16:01:00Z');
    const delivered: string[] = [];
    const schedulerOf = (app: Awaited<ReturnType<typeof pg.app>>) =>
      createScheduler({ ledger: app.store.prompts, engine: app.engine, clock, logger: silentLogger, sources: schedulerSources(app.store), ...(app.store.prepareDue ? { prepare: (now: Date) => app.store.prepareDue?.(now) ?? Promise.resolve() } : {}) });
    const deliver = (i: number) => async (userId: string, replies: Parameters<Parameters<ReturnType<typeof schedulerOf>['tick']>[0]>[1]) => {
      delivered.push(`${i}:${userId}:${keys(replies).join(',')}`);
      return true;
    };
    await Promise.all([a, b].map((app, i) => schedulerOf(app).tick(deliver(i))));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toContain('review-day.ask');
    await Promise.all([a.close(), b.close()]);
    // A restart: a new instance finds nothing more to send.
    const c = await pg.app(clock);
    await schedulerOf(c).tick(deliver(2));
    expect(delivered).toHaveLength(1);
    await c.close();
  });
});
