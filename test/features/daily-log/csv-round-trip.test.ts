/**
 * The daily log's CSV round trip: what `export --format csv` writes, `import` reads back into a
 * fresh database as the same days; and the import's refusals (reversed times, hours on a full
 * day, dates the wrong way round, an unclosed quote), each with its line number, all reported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseFile } from '../../../src/features/case-file/export.js';
import { parseLogCsv } from '../../../src/features/daily-log/csv-import.js';
import { readCsvDate, unclosedQuoteLine } from '../../../src/features/daily-log/csv-values.js';
import type { LogEntry, NewLogEntry } from '../../../src/features/daily-log/model.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { appsPerTest } from '../case-file/support.js';
import { cli } from './cli-io.js';

const app = appsPerTest();
const TODAY = '2026-11-25';

/** Days with everything a parent can put in one, including words a spreadsheet could misread. */
const DAYS: Omit<NewLogEntry, 'caseId'>[] = [
  { date: '2026-11-02', attendance: 'absent', difficulty: 9, triggers: [{ id: 'morning-transition', detail: null }, { id: 'sensory', detail: null }], note: 'Refused at the door, "again"' },
  { date: '2026-11-03', attendance: 'partial', hours: 2.75, arrived: '09:30', left: '12:15', difficulty: 7, supports: [{ id: 'quiet-space', detail: null, helped: true }, { id: 'other', detail: 'walk first', helped: false }] },
  { date: '2026-11-04', attendance: 'partial', hours: null, difficulty: 6, triggers: [{ id: 'other', detail: 'maths test' }, { id: 'other', detail: 'tired' }], supports: [{ id: 'later-start', detail: null, helped: null }] },
  { date: '2026-11-05', attendance: 'full', difficulty: 2, note: '=HYPERLINK("http://example.invalid")' },
  { date: '2026-11-06', attendance: 'partial', hours: 1.5, note: '-2 hours lost,\nthen a good afternoon' },
  { date: '2026-11-07', attendance: 'full', note: '@home first; then school' },
  { date: '2026-11-09', attendance: 'absent', note: '+ a headache' },
  // A day off ill (W13-6): written "excused", read back as one.
  { date: '2026-11-10', attendance: 'absent', excused: true, note: 'temperature, off ill' },
];

/** What matters about a day, without ids and timestamps. */
const essence = (e: LogEntry, nickname: string) => ({
  nickname,
  date: e.date,
  attendance: e.attendance,
  hours: e.hours,
  arrived: e.arrived,
  left: e.left,
  difficulty: e.difficulty,
  triggers: e.triggers,
  supports: e.supports,
  note: e.note,
  excused: e.excused,
});

describe('CSV round trip', () => {
  it('import reads back exactly what export writes, for every child, into a fresh database', async () => {
    const a = app();
    a.store.ensureUser('parent-a', `${TODAY}T09:00:00Z`);
    const zoe = a.store.openCase('parent-a', 'Zoë', `${TODAY}T09:00:00Z`);
    const kit = a.store.openCase('parent-a', 'Kit', `${TODAY}T09:00:00Z`);
    for (const d of DAYS) a.store.logs.putEntry('parent-a', { ...d, caseId: zoe.id }, `${TODAY}T09:00:00Z`);
    a.store.logs.putEntry('parent-a', { date: '2026-11-03', attendance: 'full', caseId: kit.id }, `${TODAY}T09:00:00Z`);
    const before = a.store.listCases('parent-a').flatMap((c) => a.store.logs.listEntries('parent-a', { caseId: c.id }).map((e) => essence(e, c.nickname)));

    const file = (exportCaseFile(a.store, a.content, 'parent-a', a.clock.now(), 'csv') ?? []).find((f) => f.filename.startsWith('daily-log-'));
    const text = String(file?.data);
    expect(text.startsWith('\uFEFFdate,child,attendance,')).toBe(true); // a BOM, so spreadsheets read UTF-8
    const csv = join(a.dir, 'exported.csv');
    writeFileSync(csv, text);
    const fresh = join(a.dir, 'fresh.db');
    const r = await cli(['import', '--db', fresh, '--user', 'parent-b', '--csv', csv, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: DAYS.length + 1, rejected: 0, errors: [] });

    const store = new SqliteStore({ path: fresh, groupCommit: false });
    try {
      const after = store.listCases('parent-b').flatMap((c) => store.logs.listEntries('parent-b', { caseId: c.id }).map((e) => essence(e, c.nickname)));
      const order = (xs: typeof before) => [...xs].sort((x, y) => `${x.nickname}${x.date}`.localeCompare(`${y.nickname}${y.date}`));
      expect(order(after)).toEqual(order(before));
      expect(store.listCases('parent-b').map((c) => c.nickname).sort()).toEqual(['Kit', 'Zoë']);
    } finally {
      store.close();
    }
  });

  it('reads a cell the export protected from spreadsheet formulas as the words it was', () => {
    const parsed = parseLogCsv(`date,attendance,note\n${TODAY},full,"'=1+2"\n${TODAY.replace('25', '24')},full,'-a note\n`, TODAY);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.entry.note)).toEqual(['=1+2', '-a note']);
  });
});

describe('CSV import refuses what cannot be right, every row, with its line', () => {
  const BAD = [
    'date,attendance,hours,difficulty,arrived,left',
    '2026-11-02,partial,12:00-09:00,,,', // 2: reversed times
    '2026-11-03,full,3,,,', // 3: hours on a full day
    '2026-11-04,partial,0,,,', // 4: no time at all
    '2026-11-05,partial,,,11:00,10:30', // 5: left before arrived
    '2026-11-06,absent,,,9:00,', // 6: times on a day not in school
    '05/11/2026,partial,9:30-12:15,5,,', // 7: fine, day first
    '2026-11-09,partial,25:00-26:00,,,', // 8: not a time
    '',
  ].join('\n');

  it('reports each bad row, not only the first, and keeps the good one', () => {
    const { rows, errors } = parseLogCsv(BAD, TODAY);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 8]);
    expect(errors[0]?.reason).toContain('end before they start');
    expect(errors[1]?.reason).toContain('a full day takes no hours');
    expect(errors[2]?.reason).toContain('part of the day needs some time');
    expect(errors[3]?.reason).toBe('left 10:30 is not after arrived 11:00');
    expect(errors[4]?.reason).toContain('not absent');
    expect(rows.map((r) => [r.line, r.entry.date, r.entry.hours])).toEqual([[7, '2026-11-05', 2.75]]);
  });

  it('reads dates day first (UK) or month first (US), and says which order would work', () => {
    expect(readCsvDate('05/11/2026', 'dmy')).toEqual({ ok: true, value: '2026-11-05' });
    expect(readCsvDate('05/11/2026', 'mdy')).toEqual({ ok: true, value: '2026-05-11' });
    expect(readCsvDate('5.11.2026', 'dmy')).toEqual({ ok: true, value: '2026-11-05' });
    const wrong = readCsvDate('25/11/2026', 'mdy');
    expect(wrong.ok === false && wrong.reason).toContain('use --date-order dmy');
    expect(readCsvDate('31/02/2026', 'dmy').ok).toBe(false);
    expect(readCsvDate('05/11/26', 'dmy').ok).toBe(false);
  });

  it('an unclosed quote is reported where it opens, and an import of nothing exits 1', async () => {
    const text = 'date,attendance,note\n2026-11-02,full,fine\n2026-11-03,full,"never closed\n2026-11-04,full,lost\n';
    expect(unclosedQuoteLine(text)).toBe(3);
    expect(unclosedQuoteLine('a,"b ""quoted"" and\nmore",c\n')).toBeNull();
    expect(parseLogCsv(text, TODAY).errors).toEqual([{ line: 3, reason: expect.stringContaining('never closed') }]);

    const a = app();
    const csv = join(a.dir, 'quote.csv');
    writeFileSync(csv, text);
    const r = await cli(['import', '--db', join(a.dir, 'q.db'), '--user', 'u1', '--csv', csv]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${csv}:3: a quote`);
    // US order by flag; a bad flag is a usage error.
    writeFileSync(csv, 'date,attendance\n11/05/2026,full\n');
    const us = await cli(['import', '--db', join(a.dir, 'q.db'), '--user', 'u1', '--csv', csv, '--date-order', 'mdy', '--json']);
    expect(us.code, us.stderr).toBe(0);
    expect(JSON.parse(us.stdout)).toMatchObject({ imported: 1 });
    expect((await cli(['import', '--db', join(a.dir, 'q.db'), '--user', 'u1', '--csv', csv, '--date-order', 'ymd'])).code).toBe(2);
    expect(readFileSync(csv, 'utf8')).toContain('11/05/2026');
  });
});
