/**
 * Mends of 7 December (afternoon), 1: a school's reply that agrees to try something and names a
 * review, a period or a date. The day of the review as the bot understands it (a period from the
 * start they named, else from the day they said it), or a question where the day cannot be known
 * (half term, "at the next meeting"); nothing where nothing was agreed.
 */
import { describe, expect, it } from 'vitest';
import { trialReview } from '../../../flows/advice/trial-review.js';

// Wednesday 4 November 2026.
const WED = '2026-11-04';

describe('a trial agreed, and its review', () => {
  it.each([
    ["They'll do a 9:15 start from Monday for two weeks and then review it", '2026-11-23'],
    ["We'll try the quiet room for a fortnight and see how it goes", '2026-11-18'],
    ["We can't do 10am, but we'll try 9:15 for two weeks.", '2026-11-18'],
    ['We will trial a later start until Friday 27 November.', '2026-11-27'],
    ['Happy to try a 10am start and review it on 20 November', '2026-11-20'],
    ['Mrs Khan said they will put a reduced timetable in place for three weeks starting next week.', '2026-11-30'],
    ["They said they'd give the time-out card a try. We'll see how it goes after two weeks.", '2026-11-18'],
  ])('%j: %s', (words, due) => {
    expect(trialReview(words, WED, { halfTerms: true })).toMatchObject({ due });
  });

  it('a time written with a full stop ("a 9.30 start") stays in its sentence (twelfth walk W12-3)', () => {
    const r = trialReview("Mrs Dunmore rang at lunch. She said they'll try him on a 9.30 start from Monday for two weeks and then we'll sit down and review how it's gone", WED);
    expect(r).toMatchObject({ due: '2026-11-23' });
    expect(r?.words).toContain('a 9.30 start from Monday for two weeks');
  });

  it('names the sentence that agreed it, as written', () => {
    expect(trialReview("Thanks for your email. We can't do 10am, but we'll try 9:15 for two weeks. Best wishes, Mr Hill", WED)?.words).toBe("We can't do 10am, but we'll try 9:15 for two weeks");
  });

  it('a period with no start named runs from the day they said it', () => {
    expect(trialReview("We'll try the quiet room for a fortnight and see how it goes", WED, { saidOn: '2026-11-02' })).toMatchObject({ due: '2026-11-16' });
  });

  it('a date in numbers is read in the family\'s order', () => {
    expect(trialReview('We will trial a 9:30 start until 11/20', WED, { monthFirst: true })).toMatchObject({ due: '2026-11-20' });
    expect(trialReview('We will trial a 9:30 start until 20/11', WED, { monthFirst: false })).toMatchObject({ due: '2026-11-20' });
  });

  it('"until half term": asked, where the family has half terms; else when they will review it', () => {
    const words = 'The head agreed a reduced timetable until half term, to be reviewed at the next meeting.';
    expect(trialReview(words, WED, { halfTerms: true })).toMatchObject({ ask: 'half-term' });
    expect(trialReview(words, WED, { halfTerms: false })).toMatchObject({ ask: 'when' });
  });

  it('a review with no day: asked', () => {
    expect(trialReview("We'll try the quiet room at lunch and review it at the next meeting.", WED)).toMatchObject({ ask: 'when' });
    // The end of term and "till Christmas": the day only the school knows (review8, 6).
    expect(trialReview('We can offer a later start until the end of term.', WED)).toMatchObject({ ask: 'term-end' });
    expect(trialReview('They agreed to let her start at 10 till Christmas', WED)).toMatchObject({ ask: 'term-end' });
  });

  it.each([
    "We can't offer a later start, not even for two weeks.",
    "We won't be trying a reduced timetable until half term.",
    'She has been off for two weeks.',
    'We need six weeks of data before we change anything.',
    'We are not able to offer a later start until 15 January.',
    "We'll do a later start from Monday.",
    'The panel will review the request in two weeks.',
    'We do not agree that a reduced timetable would help.',
  ])('%j: nothing agreed to try, nothing read', (words) => {
    expect(trialReview(words, WED, { halfTerms: true })).toBeUndefined();
  });
});
