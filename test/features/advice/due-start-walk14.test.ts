import { describe, expect, it } from 'vitest';
import { dueFrom } from '../../../flows/advice/parent-answers.js';

// Fourteenth walk, W14-3: "the letter says 15 school days from 11 jan so thats start of feb",
// typed on Tuesday 12 January 2027 at "Is there a date coming up?", was read as 11 January 2028.
const TUESDAY = '2027-01-12T12:00:00.000Z';

describe('a day after "from", "since" or "starting" is a start, not the deadline (W14-3)', () => {
  it('counts the period from the start the parent named', () => {
    expect(dueFrom('the letter says 15 school days from 11 jan so thats start of feb', TUESDAY)).toBe('2027-02-01');
    expect(dueFrom('15 school days from 11 jan', TUESDAY)).toBe('2027-02-01');
    expect(dueFrom('within 2 weeks starting 11 January', TUESDAY)).toBe('2027-01-25');
  });

  it('takes the later day named when the start alone is left', () => {
    expect(dueFrom('from 11 jan so thats start of feb', TUESDAY)).toBe('2027-02-01');
    expect(dueFrom('she has been off since 4 jan, the meeting is 20 jan', TUESDAY)).toBe('2027-01-20');
    expect(dueFrom('since 11 jan', TUESDAY)).toBeUndefined();
  });

  it('reads the start or end of a month as its first or last day', () => {
    expect(dueFrom('by the start of feb', TUESDAY)).toBe('2027-02-01');
    expect(dueFrom('end of March', TUESDAY)).toBe('2027-03-31');
  });
});

describe('a day just gone is never moved to next year (W14-3)', () => {
  it.each([
    ['by 11 jan', '2027-01-11'],
    ['11/1', '2027-01-11'],
    ['on 20 December', '2026-12-20'],
    ['by 14 March', '2027-03-14'],
    ['1 July', '2027-07-01'],
  ])('%j said on 12 January 2027 → %s', (words, day) => {
    expect(dueFrom(words, TUESDAY, false)).toBe(day);
  });

  it('a day just gone, with a later one named, is the later one', () => {
    expect(dueFrom('it said 11 jan but they mean 1 feb', TUESDAY)).toBe('2027-02-01');
  });
});
