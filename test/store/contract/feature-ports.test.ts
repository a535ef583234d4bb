/**
 * The features' store ports on both stores: a day's log replaced whole, check-ins found for the
 * scheduler, follow-ups due and closed, everything exported, everything forgotten, and parents'
 * words sealed at rest when a data key is set.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createAesSealer } from '../../../src/security/aes-sealer.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { FACTORIES, type StoreFactory, type StoreUnderTest } from './store-factories.js';

const AT = '2026-11-24T09:00:00.000Z';
const SECRET = 'Bean hid under the stairs';

async function seed(s: StoreUnderTest, userId: string): Promise<number> {
  return s.write(userId, () => {
    s.store.ensureUser(userId, AT);
    const c = s.store.openCase(userId, 'Bean', AT);
    s.store.logs.updateCheckin(userId, { enabled: true, time: '07:30', zone: 'Europe/London' }, AT);
    s.store.logs.putEntry(userId, { caseId: c.id, date: '2026-11-23', attendance: 'partial', hours: 2, difficulty: 7, note: SECRET, triggers: [{ id: 'other', detail: SECRET }] }, AT);
    s.store.requests.openFollowup({ userId, caseId: c.id, requestNoteId: null, letter: null, about: SECRET, sentAt: AT, sentOn: '2026-11-24', schoolDays: 10, dueOn: '2026-12-08', dueAt: '2026-12-08T17:00:00.000Z', timeZone: 'Europe/London' });
    s.store.addNote({ userId, caseId: c.id, kind: 'statement', topic: 'triage', text: SECRET, at: AT, day: AT.slice(0, 10) });
    return c.id;
  });
}

describe.each(FACTORIES.map((f) => [f().name, f] as const))('%s store: feature ports', (_name, make) => {
  const factory: StoreFactory = make();
  afterAll(() => factory.cleanup());

  it('keeps the daily log, check-ins and follow-ups, and replaces a day whole', async () => {
    const a = await factory.open();
    const caseId = await seed(a, 'f1');
    await a.write('f1', () => a.store.logs.putEntry('f1', { caseId, date: '2026-11-23', attendance: 'full' }, AT));
    await a.close();

    const b = await factory.open();
    await b.store.prepareDue?.(new Date('2026-12-09T00:00:00Z'));
    expect(b.store.logs.enabledCheckins().map((c) => c.userId)).toContain('f1');
    expect(b.store.requests.dueFollowups('2026-12-09T00:00:00.000Z').map((f) => f.userId)).toEqual(['f1']);
    await b.write('f1', () => {
      expect(b.store.logs.listEntries('f1')).toMatchObject([{ caseId, date: '2026-11-23', attendance: 'full', triggers: [], note: null }]);
      expect(b.store.requests.closeFollowups('f1', 'answered', AT)).toBe(1);
    });
    await b.close();

    const c = await factory.open();
    await c.store.prepareDue?.(new Date('2026-12-09T00:00:00Z'));
    expect(c.store.requests.dueFollowups('2026-12-09T00:00:00.000Z')).toEqual([]);
    await c.close();
  });

  it('keeps a day off ill as such (migration 015), written whole or marked afterwards (W13-6)', async () => {
    const a = await factory.open();
    const caseId = await seed(a, 'f4');
    await a.write('f4', () => {
      a.store.logs.putEntry('f4', { caseId, date: '2026-11-20', attendance: 'absent', excused: true }, AT);
      a.store.logs.startEntry('f4', caseId, '2026-11-19', 'absent', AT);
      expect(a.store.logs.setExcused('f4', caseId, '2026-11-19', true, AT)).toBe(true);
      // Only a day not in school can be one off ill.
      a.store.logs.setExcused('f4', caseId, '2026-11-23', true, AT);
    });
    await a.close();
    const b = await factory.open();
    await b.write('f4', () => {
      const byDate = new Map(b.store.logs.listEntries('f4').map((e) => [e.date, e.excused]));
      expect(Object.fromEntries(byDate)).toEqual({ '2026-11-19': true, '2026-11-20': true, '2026-11-23': false });
    });
    await b.close();
  });

  it('exports everything about a parent, and forgets it all', async () => {
    const a = await factory.open();
    await seed(a, 'f2');
    await seed(a, 'f3');
    const tables = await a.write('f2', () => a.store.requests.exportAll('f2'));
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['users', 'cases', 'notes', 'daily_log_entries', 'daily_log_triggers', 'followups', 'checkin_settings']));
    expect(JSON.stringify(tables)).toContain(SECRET);
    const report = await a.store.requests.erase('f2');
    expect(report.removed).toMatchObject({ users: 1, cases: 1 }); // the rest went with them (ON DELETE CASCADE)
    await a.close();

    const b = await factory.open();
    await b.write('f2', () => {
      expect(b.store.listCases('f2')).toEqual([]);
      expect(b.store.listNotes('f2')).toEqual([]);
      expect(b.store.logs.listEntries('f2')).toEqual([]);
    });
    await b.write('f3', () => expect(b.store.listNotes('f3')).toHaveLength(1)); // the other parent untouched
    await b.close();
  });
});

describe('parents\' words at rest, with a data key', () => {
  const key = randomBytes(32);
  it.each(FACTORIES.map((f) => [f().name, f] as const))('%s: no column holds the words in the clear', async (_name, make) => {
    const factory = make();
    const s = await factory.open({ sealer: createAesSealer(key) });
    await seed(s, 'k1');
    await s.close();
    let dump: string;
    if (factory.name === 'postgres') {
      const reopened = await factory.open({ sealer: createAesSealer(key) });
      if (!(reopened.store instanceof PgStore)) throw new Error('expected the PostgreSQL store');
      const pool = reopened.store.pool;
      const rows = await pool.query(`SELECT string_agg(t::text, ' ') AS d FROM (SELECT * FROM notes) t`);
      const all = await pool.query(`SELECT (SELECT string_agg(x::text, ' ') FROM daily_log_entries x) || (SELECT string_agg(y::text, ' ') FROM followups y) || (SELECT string_agg(z::text, ' ') FROM cases z) AS d`);
      dump = `${String(rows.rows[0]?.d)} ${String(all.rows[0]?.d)}`;
      await reopened.close();
      await expect(factory.open({ sealer: createAesSealer(randomBytes(32)) })).rejects.toThrow(/not the key/);
    } else {
      const db = (s.store as SqliteStore).db;
      expect(db.open).toBe(false);
      const reopened = await factory.open({ sealer: createAesSealer(key) });
      const rdb = (reopened.store as SqliteStore).db;
      dump = JSON.stringify([rdb.prepare('SELECT * FROM notes').all(), rdb.prepare('SELECT * FROM daily_log_entries').all(), rdb.prepare('SELECT * FROM followups').all(), rdb.prepare('SELECT * FROM cases').all()]);
      await reopened.close();
    }
    // Both stores seal with the parent's own key (pk1:), never the instance key (enc1:).
    expect(dump).toContain('pk1:');
    expect(dump).not.toContain('enc1:');
    expect(dump).not.toContain('Bean');
    expect(dump).not.toContain('stairs');
    await factory.cleanup();
  });
});
