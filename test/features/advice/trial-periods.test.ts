/**
 * Mends of 7 December (afternoon), 2: the periods a school gives a trial ("for two weeks", "for a
 * fortnight", "for three weeks") are periods in due-periods.ts, as "within 10 school days" is; a
 * time off school ("she's been off for two weeks") is not.
 */
import { describe, expect, it } from 'vitest';
import { periodDue } from '../../../flows/advice/due-periods.js';

const MON = '2026-11-09';

describe('periods of a trial', () => {
  it.each([
    ['for two weeks', '2026-11-23'],
    ['for a fortnight', '2026-11-23'],
    ['for three weeks', '2026-11-30'],
    ['for 2 weeks and then review it', '2026-11-23'],
    ['for the next two weeks', '2026-11-23'],
    ['for 10 school days', '2026-11-23'],
    ['for a week', '2026-11-16'],
    ['for a month', '2026-12-09'],
    ['within a month', '2026-12-09'],
    ['review it after two weeks', '2026-11-23'],
  ])('%j from Monday 9 November: %s', (words, due) => {
    expect(periodDue(words, MON)).toBe(due);
  });

  it.each(['she has been off for two weeks', 'he was off school for three weeks', 'absent for 10 school days', 'she missed school for a fortnight', 'he has been at home for a month'])('%j: no period', (words) => {
    expect(periodDue(words, MON)).toBeUndefined();
  });
});
