/**
 * Two instances against one PostgreSQL serve one parent: no turn lost or doubled, whichever
 * instance each event reaches (and when the same event reaches both), and a due check-in is
 * sent once when both schedulers look at the same moment.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { schedulerSources } from '../../../src/app.js';
import { createScheduler } from '../../../src/core/scheduler.js';
import { silentLogger, type Store } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { FixedClock, keys } from '../../support/builders.js';
import { conversationScript, scriptEventId } from '../../trust/support/trust-app.js';
import { postgresFactory, sqliteFactory, turn } from './store-factories.js';

const AT = '2026-11-24T09:00:00.000Z';

describe('two instances, one PostgreSQL', () => {
  const pg = postgresFactory();
  afterAll(() => pg.cleanup());

  it('serialise one parent\'s turns: 2 × 40 concurrent read-modify-write turns, none lost', async () => {
    const [a, b] = await Promise.all([pg.open(), pg.open()]);
    const bump = (s: Store, n: number) => () => {
      s.ensureUser('counter', AT);
      const session = s.getSession('counter') ?? { userId: 'counter', caseId: null, flowId: null, flowVersion: null, snapshot: null, pending: null, seq: 0, updatedAt: AT };
      s.saveSession({ ...session, seq: session.seq + 1 });
      s.addNote({ userId: 'counter', caseId: null, kind: 'statement', topic: 't', text: `n${n}`, at: AT, day: AT.slice(0, 10) });
    };
    await Promise.all(Array.from({ length: 40 }, (_, n) => [a.write('counter', bump(a.store, n)), b.write('counter', bump(b.store, 100 + n))]).flat());
    const c = await pg.open();
    const [seq, notes] = await c.write('counter', () => [c.store.getSession('counter')?.seq, c.store.listNotes('counter')] as const);
    expect(seq).toBe(80);
    expect(notes).toHaveLength(80);
    expect(new Set(notes.map((n) => n.id)).size).toBe(80);
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('a conversation spread over both, each event sent to both: answered once each, as on one instance', async () => {
    const clock = new FixedClock();
    const script = conversationScript(2);

    const sqlite = sqliteFactory();
    const one = await sqlite.app(clock);
    const expected: string[][] = [];
    for (const [j, input] of script.entries()) expected.push(keys(await turn(one.engine, clock, 'parent-2', scriptEventId(2, j), input)));
    const expectedNotes = one.store.listNotes('parent-2').map((n) => [n.kind, n.topic, n.text]);
    await one.close();
    await sqlite.cleanup();

    const [a, b] = await Promise.all([pg.app(clock), pg.app(clock)]);
    const got: string[][] = [];
    for (const [j, input] of script.entries()) {
      const [first, second] = j % 2 ? [a, b] : [b, a];
      const answers = await Promise.all([first, second].map((app) => turn(app.engine, clock, 'parent-2', scriptEventId(2, j), input)));
      const answered = answers.filter((r: Reply[]) => r.length > 0);
      expect(answered).toHaveLength(1);
      got.push(keys(answered[0] ?? []));
    }
    expect(got).toEqual(expected);
    const notes = await a.store.runTurn?.({ userId: 'parent-2' }, () => a.store.listNotes('parent-2'));
    expect(notes?.map((n) => [n.kind, n.topic, n.text])).toEqual(expectedNotes);
    await Promise.all([a.close(), b.close()]);
  });

  it('a due check-in is sent once when both schedulers tick together', async () => {
    const clock = new FixedClock(new Date('2026-11-24T07:00:00Z'));
    const [a, b] = await Promise.all([pg.app(clock), pg.app(clock)]);
    await a.store.runTurn?.({ userId: 'parent-3' }, () => {
      a.store.ensureUser('parent-3', AT);
      a.store.openCase('parent-3', 'Bean', AT);
      a.store.logs.updateCheckin('parent-3', { enabled: true, time: '07:30', zone: 'Europe/London', activeFrom: '2026-11-20T00:00:00.000Z' }, '2026-11-20T00:00:00.000Z');
    });
    clock.current = new Date('2026-11-24T07:31:00Z');
    const delivered: string[] = [];
    const schedulers = [a, b].map((app) =>
      createScheduler({ ledger: app.store.prompts, engine: app.engine, clock, logger: silentLogger, sources: schedulerSources(app.store), ...(app.store.prepareDue ? { prepare: (now: Date) => app.store.prepareDue?.(now) ?? Promise.resolve() } : {}) }),
    );
    await Promise.all(schedulers.map((s, i) => s.tick(async (userId, replies) => {
      delivered.push(`${i}:${userId}:${keys(replies).join(',')}`);
      return true;
    })));
    expect(delivered).toHaveLength(1);
    expect(await a.store.prompts.isSent('checkin:parent-3:2026-11-24')).toBe(true);
    // A later tick on either finds nothing more to send.
    await Promise.all(schedulers.map((s) => s.tick(async () => {
      delivered.push('again');
      return true;
    })));
    expect(delivered).toHaveLength(1);
    await Promise.all([a.close(), b.close()]);
  });
});
