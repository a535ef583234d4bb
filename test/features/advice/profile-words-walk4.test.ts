/** The fourth walk's profile answers: a plan asked for is not a plan the child has. */
import { describe, expect, it } from 'vitest';
import { placeFromWords, planFromWords, pronounHeard } from '../../../flows/advice/profile-words.js';
import { parseLogDate } from '../../../src/features/daily-log/parse.js';

describe('plan from words: an assessment asked for', () => {
  it.each([
    // Read as "An EHC plan" before: letters then used EHC plan terms for a child with none.
    ["No, we've asked for an EHC needs assessment but nothing yet", 'none'],
    ['no, applied for an IEP evaluation in October', 'none'],
    ["We've applied for an EHC needs assessment", 'assessing'],
    ['asked for an IEP evaluation last month', 'assessing'],
    ['we requested an EHCP assessment', 'assessing'],
    // Unchanged.
    ['she has an EHC plan', 'ehcp'],
    ['an IEP', 'iep'],
    ['being assessed for an EHCP', 'assessing'],
    ['no EHCP', 'none'],
  ])('%j is %j', (words, plan) => expect(planFromWords(words)).toBe(plan));
});

describe('place from words: a place the bot has no rules for', () => {
  it.each([
    ['Australia, Victoria', { place: 'elsewhere', region: 'Australia, Victoria' }],
    ['canada', { place: 'elsewhere', region: 'Canada' }],
    ['Ontario', { place: 'elsewhere', region: 'Ontario' }],
    ['we live in Queensland', { place: 'elsewhere', region: 'Queensland' }],
    ['somewhere else', { place: 'elsewhere' }],
    ['Other country', { place: 'elsewhere' }],
    ['New South Wales', { place: 'elsewhere', region: 'New South Wales' }],
    ['Wales', { place: 'wales' }],
  ])('%j is kept in the read-back: %j', (words, found) => expect(placeFromWords(words)).toEqual(found));
});

describe('typed in a hurry: "yestrday", "hes 7"', () => {
  it.each(['yestrday', 'yesterady', 'yday', 'ystrday'])('%j as the day is yesterday', (typed) => {
    expect(parseLogDate(typed, '2026-12-08')).toEqual({ date: '2026-12-07' });
  });

  it.each([['hes 7', 'he'], ['shes 12, yr 7', 'she'], ["he's 8", 'he']])('%j notes the pronouns', (typed, p) => expect(pronounHeard(typed)).toBe(p));
});
