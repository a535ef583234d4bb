/**
 * A read-only review of the afternoon mends (review8), the reading of a trial's review day
 * (flows/advice/trial-review.ts): a start or end named in the recent past is this year's, and a
 * review day already gone is said as gone (1); a named start counts from the day it was said (3);
 * a time off school or a meeting in the next sentence is no trial's length (4); a review at the
 * meeting is the meeting's day (5); a day in or next to the winter break, "till Christmas" and the
 * end of term are asked, never guessed (6); a month from the 31st ends with the next month (10).
 */
import { describe, expect, it } from 'vitest';
import { trialReview } from '../../../flows/advice/trial-review.js';
import { periodDue } from '../../../flows/advice/due-periods.js';

// Monday 7 December 2026 (the reviewer's walk).
const MON = '2026-12-07';
const ENGLAND = { halfTerms: true, monthFirst: false };

describe('review8: a trial\'s review day, read as the school meant it', () => {
  it('1: a start or end in the recent past is this year\'s; a review day gone is said as gone', () => {
    // 15 December this year, not next (and in the last week of term: asked, 6).
    expect(trialReview("We'll try 9:15 from 1 December for two weeks and then review it", MON, ENGLAND)).toMatchObject({ ask: 'break', near: '2026-12-15' });
    expect(trialReview("We'll try 9:15 from 1 November for two weeks and then review it", MON, ENGLAND)).toMatchObject({ passed: '2026-11-15' });
    expect(trialReview('We will trial a later start until Friday 27 November.', MON, ENGLAND)).toMatchObject({ passed: '2026-11-27' });
    // Told a month late: the review should have happened.
    expect(trialReview("We'll try the quiet room for two weeks and then review it", MON, { ...ENGLAND, saidOn: '2026-11-02' })).toMatchObject({ passed: '2026-11-16' });
    // A day to come is still offered, in the new year too.
    expect(trialReview('Happy to try a 10am start and review it on 20 January', MON, ENGLAND)).toMatchObject({ due: '2027-01-20' });
  });

  it('3: a named start counts from the day they said it', () => {
    expect(trialReview("They'll do a 9:15 start from Monday for a week and then review it", '2026-11-16', { ...ENGLAND, saidOn: '2026-11-11' })).toMatchObject({ due: '2026-11-23' });
    expect(trialReview('They will put a reduced timetable in place for two weeks starting next week.', '2026-11-16', { ...ENGLAND, saidOn: '2026-11-11' })).toMatchObject({ due: '2026-11-30' });
  });

  it.each([
    "She's been refusing for two weeks so we'll try a later start",
    "He's been off for two weeks, so we'll try the quiet room.",
    "We'll try the quiet room. The meeting is in two weeks.",
  ])('4: %j is no trial\'s length', (words) => {
    expect(trialReview(words, '2026-11-04', ENGLAND)).toBeUndefined();
  });

  it('5: a review at the meeting on a day is that day, read once', () => {
    expect(trialReview("We'll try the quiet room and review it at the meeting on 15 January", MON, ENGLAND)).toMatchObject({ due: '2027-01-15' });
  });

  it('6: in or next to the winter break, till Christmas, the end of term: asked, never guessed', () => {
    expect(trialReview("We'll try the quiet room for two weeks and then review it", MON, ENGLAND)).toMatchObject({ ask: 'break', near: '2026-12-21' });
    expect(trialReview('They agreed to let her start at 10 till Christmas', MON, ENGLAND)).toMatchObject({ ask: 'term-end' });
    expect(trialReview('We can offer a later start until the end of term.', MON, ENGLAND)).toMatchObject({ ask: 'term-end' });
    expect(trialReview("We'll try the quiet room for three weeks and then review it", '2026-12-15', ENGLAND)).toMatchObject({ ask: 'break', near: '2027-01-05' });
  });

  it('10: "for a month" from the 31st of January ends on the last day of February', () => {
    expect(periodDue('for a month', '2027-01-31')).toBe('2027-02-28');
    expect(periodDue('within two months', '2026-12-31')).toBe('2027-02-28');
  });
});
