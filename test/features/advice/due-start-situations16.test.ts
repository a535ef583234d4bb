/**
 * situations16 item 3: a length counted from a start the words name without a month ("2 weeks
 * from the 4th"), a weekday alone ("a fortnight from Monday"), or a day that has gone by more
 * than a month ("10 school days from 3 Feb", said in March): at month and year ends, and from a
 * weekend.
 */
import { describe, expect, it } from 'vitest';
import { dueFrom } from '../../../flows/advice/due-date.js';

describe('a length from a start (situations16)', () => {
  it.each([
    // Tue 12 Jan 2027.
    ['2 weeks from the 4th', '2027-01-12T12:00:00Z', '2027-01-18'],
    ['a fortnight from Monday', '2027-01-12T12:00:00Z', '2027-02-01'],
    ['they said a fortnight from monday', '2027-01-12T12:00:00Z', '2027-02-01'],
    ['10 school days from 3 Feb', '2027-01-12T12:00:00Z', '2027-02-17'],
    // Said a month after the start: that start, not next year's.
    ['10 school days from 3 Feb', '2027-03-10T12:00:00Z', '2027-02-17'],
    ['a fortnight from 28 december', '2027-01-30T12:00:00Z', '2027-01-11'],
    // Month ends.
    ['2 weeks from the 25th', '2027-01-28T12:00:00Z', '2027-02-08'],
    ['2 weeks from the 31st', '2027-02-03T12:00:00Z', '2027-02-14'],
    ['3 weeks from the 30th', '2027-02-02T12:00:00Z', '2027-02-20'],
    // Year end: the winter break's school days are not counted.
    ['10 school days from 18 dec', '2026-12-20T12:00:00Z', '2027-01-12'],
    ['2 weeks from the 28th', '2027-01-02T12:00:00Z', '2027-01-11'],
    ['a fortnight from the 24th', '2026-12-27T12:00:00Z', '2027-01-07'],
    // A weekend start: school days begin on the Monday.
    ['10 school days from Saturday', '2027-01-14T12:00:00Z', '2027-01-29'],
    ['10 school days from saturday 16 jan', '2027-01-14T12:00:00Z', '2027-01-29'],
    ['5 school days from sunday', '2027-01-15T12:00:00Z', '2027-01-22'],
    ['two weeks from saturday', '2027-01-14T12:00:00Z', '2027-01-30'],
  ])('%j on %s is %s', (words, at, due) => {
    expect(dueFrom(words, at, false)).toBe(due);
  });

  it('a weekday named as a start with no length is no due date of its own, as before ("from monday" alone is the day)', () => {
    expect(dueFrom('they will start it from monday', '2027-01-12T12:00:00Z', false)).toBe('2027-01-18');
  });
});
