/** The repository: one entry per child per day, replace semantics, sealing, and erasure by user. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAesSealer, parseDataKey } from '../../../src/security/aes-sealer.js';
import { isParentSealed } from '../../../src/security/parent-sealer.js';
import { SEALED_COLUMNS } from '../../../src/store/sqlite/sealed-columns.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../../support/builders.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function store(sealed = false): { s: SqliteStore; path: string } {
  const t = tempDir('nextstep-logs-');
  const path = join(t.dir, 'l.db');
  const s = new SqliteStore({ path, groupCommit: false, ...(sealed ? { sealer: createAesSealer(parseDataKey(randomBytes(32).toString('hex'))) } : {}) });
  cleanups.push(() => {
    s.close();
    t.cleanup();
  });
  return { s, path };
}

const AT = '2026-11-24T09:00:00.000Z';

describe('daily log store', () => {
  it('builds an entry answer by answer, and a new start for the same day replaces it', () => {
    const { s } = store();
    s.ensureUser('u', AT);
    const bean = s.openCase('u', 'Bean', AT);
    const logs = s.logs;
    expect(logs.startEntry('u', bean.id, '2026-11-24', 'partial', AT)).toEqual({ replaced: false });
    logs.setHours('u', bean.id, '2026-11-24', { hours: 2.75, arrived: '09:30', left: '12:15' }, AT);
    logs.setDifficulty('u', bean.id, '2026-11-24', 7, AT);
    logs.addTrigger('u', bean.id, '2026-11-24', { id: 'sensory', detail: null }, AT);
    logs.addTrigger('u', bean.id, '2026-11-24', { id: 'sensory', detail: null }, AT); // tapped twice: once
    logs.addTrigger('u', bean.id, '2026-11-24', { id: 'other', detail: 'fire drill' }, AT);
    logs.addSupport('u', bean.id, '2026-11-24', { id: 'quiet-space', detail: null }, AT);
    logs.setHelped('u', bean.id, '2026-11-24', 'quiet-space', true, AT);
    logs.setNote('u', bean.id, '2026-11-24', 'Came home at lunch', AT);
    expect(logs.getEntry('u', bean.id, '2026-11-24')).toMatchObject({
      attendance: 'partial',
      hours: 2.75,
      arrived: '09:30',
      left: '12:15',
      difficulty: 7,
      triggers: [
        { id: 'sensory', detail: null },
        { id: 'other', detail: 'fire drill' },
      ],
      supports: [{ id: 'quiet-space', detail: null, helped: true }],
      note: 'Came home at lunch',
    });
    expect(logs.casesLoggedOn('u', '2026-11-24')).toEqual([bean.id]);
    expect(logs.startEntry('u', bean.id, '2026-11-24', 'full', AT)).toEqual({ replaced: true });
    expect(logs.getEntry('u', bean.id, '2026-11-24')).toMatchObject({ attendance: 'full', hours: null, triggers: [], supports: [], note: null });
    expect(s.db.prepare('SELECT count(*) AS n FROM daily_log_triggers').get()).toEqual({ n: 0 });
    // Updates to a day that has no entry do nothing.
    expect(logs.setDifficulty('u', bean.id, '2026-11-25', 3, AT)).toBe(false);
  });

  it('keeps one entry per child per day, separately for each child', () => {
    const { s } = store();
    s.ensureUser('u', AT);
    const a = s.openCase('u', 'Bean', AT);
    const b = s.openCase('u', 'Pip', AT);
    s.logs.putEntry('u', { caseId: a.id, date: '2026-11-24', attendance: 'full' }, AT);
    s.logs.putEntry('u', { caseId: b.id, date: '2026-11-24', attendance: 'absent' }, AT);
    expect(s.logs.putEntry('u', { caseId: a.id, date: '2026-11-24', attendance: 'partial', hours: 3 }, AT).replaced).toBe(true);
    expect(s.logs.listEntries('u').map((e) => [e.caseId, e.attendance])).toEqual([
      [a.id, 'partial'],
      [b.id, 'absent'],
    ]);
    expect(s.logs.listEntries('u', { caseId: b.id })).toHaveLength(1);
    expect(s.logs.loggedDates('u', a.id)).toEqual(['2026-11-24']);
  });

  it('seals the parent’s words (note, "other" details) and keeps them out of the file', () => {
    const { s, path } = store(true);
    s.ensureUser('u', AT);
    const c = s.openCase('u', 'Bean', AT);
    s.logs.putEntry(
      'u',
      {
        caseId: c.id,
        date: '2026-11-24',
        attendance: 'partial',
        hours: 2,
        triggers: [{ id: 'other', detail: 'saffron-corridor shouting' }],
        supports: [{ id: 'other', detail: 'cobalt-bench breathing', helped: true }],
        note: 'tangerine lunchbox meltdown',
      },
      AT,
    );
    for (const [table, cols] of Object.entries(SEALED_COLUMNS).filter(([t]) => t.startsWith('daily_log'))) {
      for (const col of cols) {
        const values = (s.db.prepare(`SELECT ${col} AS v FROM ${table} WHERE ${col} IS NOT NULL`).all() as { v: string }[]).map((r) => r.v);
        expect(values.length, `${table}.${col}`).toBeGreaterThan(0);
        for (const v of values) expect(isParentSealed(v), `${table}.${col}`).toBe(true); // the parent's own key
      }
    }
    expect(s.logs.getEntry('u', c.id, '2026-11-24')?.note).toBe('tangerine lunchbox meltdown');
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(path);
    for (const w of ['saffron-corridor', 'cobalt-bench', 'tangerine lunchbox']) expect(file.includes(Buffer.from(w))).toBe(false);
  });

  it('erases everything of a parent’s with their user row (every table has user_id, ON DELETE CASCADE)', () => {
    const { s } = store();
    for (const u of ['gone', 'kept']) {
      s.ensureUser(u, AT);
      const c = s.openCase(u, 'Bean', AT);
      s.logs.putEntry(u, { caseId: c.id, date: '2026-11-24', attendance: 'partial', triggers: [{ id: 'peers', detail: null }], supports: [{ id: 'breaks', detail: null, helped: null }] }, AT);
      s.logs.updateCheckin(u, { enabled: true, time: '07:30', zone: 'Europe/London' }, AT);
    }
    const tables = ['checkin_settings', 'daily_log_entries', 'daily_log_triggers', 'daily_log_supports'];
    for (const t of tables) {
      const cols = (s.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => c.name);
      expect(cols, t).toContain('user_id');
    }
    s.db.prepare('DELETE FROM users WHERE id = ?').run('gone');
    for (const t of tables) {
      expect(s.db.prepare(`SELECT count(*) AS n FROM ${t} WHERE user_id = 'gone'`).get(), t).toEqual({ n: 0 });
      expect(s.db.prepare(`SELECT count(*) AS n FROM ${t} WHERE user_id = 'kept'`).get(), t).toEqual({ n: 1 });
    }
  });

  it('check-in settings: off by default, patched field by field', () => {
    const { s } = store();
    s.ensureUser('u', AT);
    expect(s.logs.getCheckin('u')).toBeUndefined();
    expect(s.logs.schoolDayHours('u')).toBe(6.5);
    const set = s.logs.updateCheckin('u', { schoolDayHours: 6 }, AT);
    expect(set).toMatchObject({ enabled: false, time: null, zone: null, days: ['mon', 'tue', 'wed', 'thu', 'fri'], schoolDayHours: 6 });
    expect(s.logs.enabledCheckins()).toEqual([]);
    s.logs.updateCheckin('u', { enabled: true, time: '07:30', zone: 'Asia/Kolkata', days: ['mon', 'wed'] }, AT);
    expect(s.logs.enabledCheckins()).toEqual([expect.objectContaining({ userId: 'u', time: '07:30', zone: 'Asia/Kolkata', days: ['mon', 'wed'], schoolDayHours: 6 })]);
  });
});
