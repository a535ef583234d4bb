/**
 * review9, 7: a trial's end or review named months ahead was read as last year's and told as
 * passed ("Mornings only until 20 June, then review", said on 7 December). A trial's end is
 * normally in the coming months: the reading nearest after the day it was said, unless the words
 * say it was in the past; a day before the day said is passed only within a short window before.
 */
import { describe, expect, it } from 'vitest';
import { trialReview } from '../../../flows/advice/trial-review.js';

const MON = '2026-12-07';
const ENGLAND = { halfTerms: true, monthFirst: false };
const US = { halfTerms: false, monthFirst: true };

describe('a far-off review day is still to come', () => {
  it.each([
    ['Mornings only until 20 June, then review', MON, ENGLAND, '2027-06-20'],
    ['We will trial mornings only until 5 March and then review it', '2026-09-01', ENGLAND, '2027-03-05'],
    ["We'll try a later start until 6/12 and then review", MON, US, '2027-06-12'],
    ['We agreed a part-time timetable until 30 April', MON, ENGLAND, '2027-04-30'],
  ])('%j said on %s: due %s', (words, today, opts, due) => {
    expect(trialReview(words, today, opts)).toMatchObject({ due });
  });

  it('a day just gone is still passed', () => {
    expect(trialReview('We will trial a later start until Friday 27 November.', MON, ENGLAND)).toMatchObject({ passed: '2026-11-27' });
    expect(trialReview('We agreed to try the quiet room until 20 November', MON, ENGLAND)).toMatchObject({ passed: '2026-11-20' });
  });

  it('words that say it was in the past keep the day gone', () => {
    expect(trialReview('We agreed to try mornings only, which was until 20 June', MON, ENGLAND)).toMatchObject({ passed: '2026-06-20' });
  });
});
