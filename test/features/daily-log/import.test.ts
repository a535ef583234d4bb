/** CSV import: good rows kept, bad rows reported by line (header = line 1), nothing half-imported. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLogCsv } from '../../../src/features/daily-log/csv-import.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cli } from './cli-io.js';

const cleanups = cleanupsAfterEach();

function files(csv: string) {
  const dir = cleanups.dir('nextstep-import-');
  const path = join(dir, 'log.csv');
  writeFileSync(path, csv);
  return { db: join(dir, 'i.db'), csv: path };
}

function open(db: string): SqliteStore {
  const s = new SqliteStore({ path: db, groupCommit: false });
  cleanups.add(() => s.close());
  return s;
}

const MIXED = `date,attendance,hours,difficulty,triggers,supports,helped,note
2026-11-02,absent,,9,morning transition;sensory,,,Refused at the door
2026-11-03,partial,2.5,7,Morning Transition,quiet space,yes,
2026-11-04,sometimes,,3,,,,
2026-11-05,partial,9:30-12:30,6,peers;maths test,trusted adult;walk first,no;yes,
2026-11-06,full,,11,,,,
2026-11-09,absent,3,8,,,,
2026-11-10,partial,4,5,class,quiet space,yes,"Good chat
with the SENCO"
2026-13-01,full,,,,,,
2026-11-11,full,,,,,maybe,
2026-11-03,full,,,,,,
2026-11-12,full,,2,,,,
2099-01-01,full,,,,,,
`;

describe('import', () => {
  it('keeps the good rows and reports each bad one with its line number and reason', async () => {
    const f = files(MIXED);
    const r = await cli(['import', '--db', f.db, '--user', 'u1', '--csv', f.csv, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ user: 'u1', child: 'my child', imported: 5, replaced: 0, rejected: 7 });
    expect(out.errors).toEqual([
      { line: 4, reason: 'attendance "sometimes" should be full, partial, absent or excused' },
      { line: 6, reason: 'difficulty "11" should be a whole number from 0 to 10' },
      { line: 7, reason: 'an absent day cannot have 3 hours in school' },
      { line: 10, reason: 'date "2026-13-01" is not a real date' },
      { line: 11, reason: 'helped is given but no supports are listed' },
      { line: 12, reason: 'date 2026-11-03 is already on line 3 (one entry per day)' },
      { line: 14, reason: 'date 2099-01-01 is in the future' },
    ]);
    // Every bad row is also on stderr as file:line: reason (beside "import: …" progress lines);
    // stdout carries only the JSON.
    expect(r.stderr.trim().split('\n').filter((l) => !l.startsWith('import: '))).toHaveLength(7);
    expect(r.stderr).toContain(`${f.csv}:12: date 2026-11-03 is already on line 3`);

    const store = open(f.db);
    const entries = store.logs.listEntries('u1');
    expect(entries.map((e) => e.date)).toEqual(['2026-11-02', '2026-11-03', '2026-11-05', '2026-11-10', '2026-11-12']);
    const thu = entries[2];
    expect(thu).toMatchObject({ attendance: 'partial', hours: 3, arrived: '09:30', left: '12:30', difficulty: 6, source: 'import' });
    expect(thu?.triggers).toEqual([
      { id: 'peers', detail: null },
      { id: 'other', detail: 'maths test' },
    ]);
    expect(thu?.supports).toEqual([
      { id: 'trusted-adult', detail: null, helped: false },
      { id: 'other', detail: 'walk first', helped: true },
    ]);
    expect(entries[3]?.note).toBe('Good chat\nwith the SENCO');
    expect(store.listCases('u1').map((c) => c.nickname)).toEqual(['my child']);
  });

  it('replaces days already logged, into the named child or the first one', async () => {
    const f = files('date,attendance\n2026-11-02,full\n2026-11-03,absent\n');
    await cli(['import', '--db', f.db, '--user', 'u1', '--csv', f.csv, '--child', 'Bean']);
    writeFileSync(f.csv, 'date,attendance,hours\n2026-11-03,partial,2\n');
    const r = await cli(['import', '--db', f.db, '--user', 'u1', '--csv', f.csv, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ child: 'Bean', imported: 1, replaced: 1, rejected: 0 });
    const store = open(f.db);
    expect(store.logs.listEntries('u1').map((e) => [e.date, e.attendance, e.hours])).toEqual([
      ['2026-11-02', 'full', null],
      ['2026-11-03', 'partial', 2],
    ]);
  });

  it('writes the good rows in one transaction: a failure part-way leaves nothing behind', async () => {
    const f = files('date,attendance\n2026-11-02,full\n2026-11-03,full\n2026-11-04,full\n');
    const store = open(f.db);
    store.ensureUser('u1', '2026-11-20T00:00:00Z');
    const child = store.openCase('u1', 'Bean', '2026-11-20T00:00:00Z');
    // Make the third write fail inside the transaction.
    store.db.exec(`CREATE TRIGGER no_fourth BEFORE INSERT ON daily_log_entries WHEN NEW.log_date = '2026-11-04' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const { importLogRows } = await import('../../../src/features/daily-log/csv-import.js');
    const parsed = parseLogCsv('date,attendance\n2026-11-02,full\n2026-11-03,full\n2026-11-04,full\n', '2026-11-20');
    expect(() => importLogRows(store, 'u1', child.id, parsed.rows, '2026-11-20T00:00:00Z')).toThrow(/disk full/);
    expect(store.logs.listEntries('u1')).toEqual([]);
  });

  it('refuses a file it cannot use, saying why', async () => {
    expect(parseLogCsv('', '2026-11-20').errors).toEqual([{ line: 1, reason: 'the file is empty (expected a header line)' }]);
    expect(parseLogCsv('day,attendance\n2026-11-02,full\n', '2026-11-20').errors[0]?.reason).toContain('needs the column date');
    expect(parseLogCsv('date,attendance,mood\n', '2026-11-20').errors[0]?.reason).toContain('unknown column mood');
    expect(parseLogCsv('date,attendance\n2026-11-02,full,extra\n', '2026-11-20').errors).toEqual([{ line: 2, reason: '3 values but the header has 2 columns' }]);
    const bom = parseLogCsv('\uFEFFdate,attendance\r\n\r\n2026-11-02,FULL\r\n', '2026-11-20');
    expect(bom.errors).toEqual([]);
    expect(bom.rows).toEqual([expect.objectContaining({ line: 3, entry: expect.objectContaining({ date: '2026-11-02', attendance: 'full' }) })]);
    const missing = await cli(['import', '--user', 'u1', '--csv', '/nonexistent/file.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/nonexistent/file.csv does not exist');
    expect(missing.stderr).not.toContain('ENOENT');
  });
});
