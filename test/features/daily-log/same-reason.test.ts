/**
 * The summary as a school would read it (thirteenth walk, W13-10): a reason typed in the parent's
 * words twice ("the corridors", "the corridors between lessons") is one reason, counted together;
 * and more time in school while the mornings got harder is not "the second half went better".
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { describeSummary } from '../../../src/features/daily-log/describe.js';
import type { Attendance, LogEntry, LogTrigger } from '../../../src/features/daily-log/model.js';
import { summarize } from '../../../src/features/daily-log/summary.js';

const content = loadContent();

function day(date: string, attendance: Attendance, difficulty: number, triggers: LogTrigger[] = []): LogEntry {
  const at = `${date}T18:00:00Z`;
  return { id: 0, userId: 'p', caseId: 1, date, attendance, hours: attendance === 'partial' ? 3 : null, arrived: null, left: null, difficulty, triggers, supports: [], note: null, source: 'chat', createdAt: at, updatedAt: at };
}
const other = (detail: string): LogTrigger => ({ id: 'other', detail });
const transition: LogTrigger = { id: 'morning-transition', detail: null };

describe('reasons in the parent\'s words', () => {
  it('"the corridors" and "the corridors between lessons" are counted together, in the shorter words', () => {
    const s = summarize([
      day('2027-01-08', 'partial', 7, [other('the corridors between lessons')]),
      day('2027-01-15', 'partial', 8, [other('the corridors'), transition]),
      day('2027-01-18', 'partial', 5, [other('Corridors again')]),
      day('2027-01-19', 'absent', 9, [transition]),
    ]);
    expect(s.triggers[0]).toEqual({ name: 'the corridors', id: 'other', count: 3 });
    expect(s.triggers).toHaveLength(2);
  });

  it('different reasons stay apart ("the corridors" is not "the canteen")', () => {
    const s = summarize([day('2027-01-08', 'full', 3, [other('the corridors')]), day('2027-01-11', 'full', 3, [other('the canteen')])]);
    expect(s.triggers.map((t) => t.count)).toEqual([1, 1]);
  });
});

describe('the trend line', () => {
  // First half: two days at home (mornings 6, 6); second half: two part days (mornings 6, 6.6 → 6.3).
  const DAYS = [day('2027-01-04', 'absent', 6), day('2027-01-05', 'absent', 6), day('2027-01-07', 'partial', 6), day('2027-01-08', 'partial', 7)];

  it('more time in school while the mornings got harder is "mixed", never "improving"', () => {
    const s = summarize(DAYS);
    expect(s.trend.attendance_change).toBeGreaterThan(0.1);
    expect(s.trend.difficulty_change).toBeGreaterThan(0);
    expect(s.trend.direction).toBe('mixed');
    const text = describeSummary(content, s, 'JJ');
    expect(text).not.toContain(content.render('summary.trend.improving'));
    expect(text).toContain(content.render('summary.trend.mixed-more-time', { first: '6.0', second: '6.5' }));
  });

  it('more time in school with mornings no harder is still "improving"', () => {
    expect(summarize([...DAYS.slice(0, 3), day('2027-01-08', 'partial', 5)]).trend.direction).toBe('improving');
  });
});
