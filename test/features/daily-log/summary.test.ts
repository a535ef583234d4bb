/** The summary's arithmetic on a known fortnight, through the CSV import and the CLI, and pure. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { describeSummary } from '../../../src/features/daily-log/describe.js';
import type { LogEntry } from '../../../src/features/daily-log/model.js';
import { dayShare, summarize } from '../../../src/features/daily-log/summary.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cli } from './cli-io.js';
import { FORTNIGHT_CSV } from './fixtures/fortnight.js';

const cleanups = cleanupsAfterEach();


async function imported(): Promise<string> {
  const dir = cleanups.dir('nextstep-summary-');
  const db = join(dir, 's.db');
  const csv = join(dir, 'log.csv');
  writeFileSync(csv, FORTNIGHT_CSV);
  const r = await cli(['import', '--db', db, '--user', 'u1', '--csv', csv, '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ imported: 10, rejected: 0, errors: [] });
  return db;
}

describe('summary arithmetic', () => {
  it('counts, rates, weekdays, reasons, supports and trend for a known fortnight (6-hour school day)', async () => {
    const db = await imported();
    expect((await cli(['checkin', '--db', db, '--user', 'u1', '--school-day', '6', '--json'])).code).toBe(0);
    const r = await cli(['summary', '--db', db, '--user', 'u1', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // --json: one JSON object and nothing else
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ from: '2026-11-02', to: '2026-11-13', days_logged: 10, full: 5, partial: 3, absent: 2, school_day_hours: 6 });
    // 0 + 3/6 + 1 + ½ (hours not given) + 1 + 1.5/6 + 1 + 1 + 1 + 0 = 6.25 over 10 days.
    expect(s.attendance_rate).toBeCloseTo(0.625, 10);
    expect(s.hours_in_school).toBe(37.5);
    expect(s.avg_difficulty).toBe(4.9);
    expect(s.by_weekday).toEqual({
      mon: { logged: 2, full: 0, partial: 1, absent: 1, attendance_rate: 0.125, avg_difficulty: 8.5 },
      tue: { logged: 2, full: 1, partial: 1, absent: 0, attendance_rate: 0.75, avg_difficulty: 5 },
      wed: { logged: 2, full: 2, partial: 0, absent: 0, attendance_rate: 1, avg_difficulty: 3 },
      thu: { logged: 2, full: 1, partial: 1, absent: 0, attendance_rate: 0.75, avg_difficulty: 3.5 },
      fri: { logged: 2, full: 1, partial: 0, absent: 1, attendance_rate: 0.5, avg_difficulty: 4.5 },
    });
    expect(s.triggers).toEqual([
      { name: 'morning transition', id: 'morning-transition', count: 3 },
      { name: 'maths test', id: 'other', count: 2 },
      { name: 'peers', id: 'peers', count: 1 },
      { name: 'sensory', id: 'sensory', count: 1 },
      { name: 'tiredness or sleep', id: 'tiredness-sleep', count: 1 },
    ]);
    expect(s.supports).toEqual([
      { name: 'quiet space', id: 'quiet-space', tried: 3, helped: 3, not_helped: 0, unsure: 0 },
      { name: 'later start', id: 'later-start', tried: 1, helped: 0, not_helped: 1, unsure: 0 },
      { name: 'trusted adult', id: 'trusted-adult', tried: 1, helped: 0, not_helped: 0, unsure: 1 },
    ]);
    // First half 2–7 Nov: 3/5 = 0.6, difficulty 5.6; second half 8–13 Nov: 3.25/5 = 0.65, difficulty 4.2.
    expect(s.trend.first).toMatchObject({ from: '2026-11-02', to: '2026-11-07', logged: 5, avg_difficulty: 5.6 });
    expect(s.trend.second).toMatchObject({ from: '2026-11-08', to: '2026-11-13', logged: 5, avg_difficulty: 4.2 });
    expect(s.trend.first.attendance_rate).toBeCloseTo(0.6, 10);
    expect(s.trend.second.attendance_rate).toBeCloseTo(0.65, 10);
    expect(s.trend.attendance_change).toBeCloseTo(0.05, 10);
    expect(s.trend.difficulty_change).toBe(-1.4);
    expect(s.trend.direction).toBe('improving'); // attendance about level, mornings clearly easier
  });

  it('uses the default 6.5-hour day, and a date range', async () => {
    const db = await imported();
    const all = JSON.parse((await cli(['summary', '--db', db, '--user', 'u1', '--json'])).stdout);
    expect(all.school_day_hours).toBe(6.5);
    // The CLI's JSON is rounded to 3 decimals (0.619, not 0.6192307692307693).
    expect(all.attendance_rate).toBe(Math.round(((0 + 3 / 6.5 + 1 + 0.5 + 1 + 1.5 / 6.5 + 1 + 1 + 1 + 0) / 10) * 1000) / 1000);
    expect(JSON.stringify(all)).not.toMatch(/\d\.\d{4,}/);
    const week2 = JSON.parse((await cli(['summary', '--db', db, '--user', 'u1', '--from', '2026-11-09', '--to', '2026-11-13', '--json'])).stdout);
    expect(week2).toMatchObject({ from: '2026-11-09', to: '2026-11-13', days_logged: 5, full: 3, partial: 1, absent: 1 });
    expect(week2.attendance_rate).toBeCloseTo((1.5 / 6.5 + 3) / 5, 3);
    // A parent the database does not know is refused, as by every command that reads a case.
    const unknown = await cli(['summary', '--db', db, '--user', 'nobody', '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^summary: no parent "nobody" in /);
    expect((await cli(['checkin', '--db', db, '--user', 'nolog', '--school-day', '6.5'])).code).toBe(0);
    const none = JSON.parse((await cli(['summary', '--db', db, '--user', 'nolog', '--json'])).stdout);
    expect(none).toMatchObject({ days_logged: 0, full: 0, partial: 0, absent: 0, attendance_rate: 0, triggers: [], supports: [] });
    expect(Object.keys(none.by_weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect((await cli(['summary', '--db', db, '--user', 'u1', '--from', 'last week'])).code).toBe(2);
  });

  it('pure helpers: a day’s share, and the chat message', () => {
    expect(dayShare({ attendance: 'full', hours: null })).toBe(1);
    expect(dayShare({ attendance: 'absent', hours: null })).toBe(0);
    expect(dayShare({ attendance: 'partial', hours: 3.25 })).toBe(0.5);
    expect(dayShare({ attendance: 'partial', hours: 9 })).toBe(1);
    expect(dayShare({ attendance: 'partial', hours: null })).toBe(0.5);
    const e = (date: string, attendance: LogEntry['attendance']): LogEntry => ({
      id: 0, userId: 'u', caseId: 1, date, attendance, hours: null, arrived: null, left: null, difficulty: null,
      triggers: [], supports: [], note: null, source: 'chat', createdAt: '', updatedAt: '',
    });
    const s = summarize([e('2026-11-02', 'absent'), e('2026-11-09', 'absent'), e('2026-11-03', 'full'), e('2026-11-10', 'full'), e('2026-11-14', 'full')]);
    expect(s.by_weekday.sat).toMatchObject({ logged: 1, full: 1 });
    expect(s.by_weekday.sun).toBeUndefined();
    const text = describeSummary(loadContent(), s, 'Bean');
    expect(text).toContain('Bean, 2 Nov – 14 Nov 2026. Days logged: 5.');
    expect(text).toContain('The hardest day of the week has been Monday');
    expect(describeSummary(loadContent(), summarize([]), 'Bean')).toContain('nothing logged yet');
  });
});
