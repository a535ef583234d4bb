/**
 * The fifth walk: a father in Wales sent his second letter on Friday 11 December and was told
 * "Put 25 December 2026 in your diary", with the follow-up reminder due that day: Christmas Day.
 * Term dates are not known, but no school in the places Next Step has rules for is open from
 * 24 December to 1 January: those days are not counted as school days.
 */
import { describe, expect, it } from 'vitest';
import { addSchoolDays, followupDue, schoolDaysBetween } from '../../../src/features/case-file/school-days.js';

describe('school days over Christmas', () => {
  it('10 school days from Fri 11 Dec 2026 is Tue 5 Jan 2027, not Christmas Day', () => {
    expect(addSchoolDays('2026-12-11', 10)).toBe('2027-01-05');
    expect(followupDue(new Date('2026-12-11T18:40:00Z'), 10).dueOn).toBe('2027-01-05');
  });

  it('from Mon 7 Dec, the tenth is Mon 21 Dec as before (before the break)', () => {
    expect(addSchoolDays('2026-12-07', 10)).toBe('2026-12-21');
  });

  it('a request sent in the break counts from the first day after it', () => {
    expect(addSchoolDays('2026-12-27', 1)).toBe('2027-01-04');
    expect(addSchoolDays('2025-12-24', 1)).toBe('2026-01-02');
  });

  it('the days between skip the break too', () => {
    expect(schoolDaysBetween('2026-12-11', '2027-01-05')).toBe(10);
    expect(schoolDaysBetween('2026-12-23', '2027-01-04')).toBe(1);
  });

  it('a week of every day still skips the break', () => {
    expect(addSchoolDays('2026-12-23', 1, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toBe('2027-01-02');
  });
});
