/** review13-6: the end of a month just gone is passed, not next year's; "starting from" is a start. */
import { describe, expect, it } from 'vitest';
import { dueFrom } from '../../../flows/advice/due-date.js';

describe('due dates review13 found', () => {
  it.each([
    ['by the end of december', '2027-01-03T12:00:00Z', '2026-12-31'],
    ['end of dec', '2027-01-02T12:00:00Z', '2026-12-31'],
    ['by the end of march', '2027-01-03T12:00:00Z', '2027-03-31'],
    ['by the end of january', '2027-01-03T12:00:00Z', '2027-01-31'],
    ['by the end of october', '2027-01-03T12:00:00Z', '2027-10-31'],
    ['they gave us 10 school days starting from 4 jan', '2026-12-28T12:00:00Z', '2027-01-18'],
    ['10 school days starting on 4 jan', '2026-12-28T12:00:00Z', '2027-01-18'],
  ])('%j on %s is %s', (words, at, due) => {
    expect(dueFrom(words, at, false)).toBe(due);
  });
});
