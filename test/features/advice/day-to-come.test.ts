/**
 * The fifth walk: the school's second reply ("We have scheduled a 504 review for January 12…")
 * was pasted, and "When was this?" offered "You mentioned January 12. Is that when they said
 * it?" with "Yes, January 12" first: a day still to come, which would have been kept as 12
 * January of this year, eleven months back. A day the message looks forward to is not offered.
 */
import { describe, expect, it } from 'vitest';
import { dayNamedIn } from '../../../flows/advice/parent-answers.js';
import { whenParams } from '../../../flows/advice/triage-questions.js';

describe('a day named in their words', () => {
  it.each([
    'We have scheduled a 504 review for January 12 to look at his accommodations.',
    'The panel meets next Tuesday and we cannot decide before then.',
    'Nothing can change until 5 January.',
    'We will review this on 14 January at the meeting.',
    'Please send the doctor\'s letter by Friday.',
  ])('%j: no day offered', (said) => {
    expect(dayNamedIn(said)).toBeUndefined();
  });

  it.each([
    ['Thank you for coming in on Thursday. I have spoken with the pastoral team.', 'Thursday'],
    ['As I said on the phone yesterday, we cannot offer this.', 'yesterday'],
    ['At the meeting on 3 December the team agreed it was not possible.', '3 December'],
  ])('%j: %j still offered', (said, day) => {
    expect(dayNamedIn(said)).toBe(day);
  });

  it('"When was this?" asks plainly, with the three buttons', () => {
    const asked = whenParams({ context: { statement: 'We have scheduled a 504 review for January 12.' } as never });
    expect(asked.key).toBe('triage.ask-when');
  });
});
