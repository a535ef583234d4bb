/**
 * The eleventh walk (W11-19): a long pasted email, quoted in a letter to its author, was cut
 * mid-word ("…which Ofsted look at closely. We would e…"). A quote is clipped where a sentence
 * ends (when one ends far enough in), else after a whole word, with an ellipsis, inside its
 * quotation marks.
 */
import { describe, expect, it } from 'vitest';
import { clipQuote } from '../../../src/features/advice/letter-facts.js';

const EMAIL =
  "Thank you for your email and for coming in last week. I have discussed your request for Kit to attend mornings only with the pastoral team and Mrs Ellery. I'm afraid we are not able to agree to a reduced timetable at this point, as any sessions he is not in school would be recorded as unauthorised absence and this affects the school's attendance figures, which Ofsted look at closely. We would encourage Kit to come in full time and use the pastoral base when he needs it.";

describe('clipQuote', () => {
  it('ends at a sentence, with an ellipsis, inside the quotation marks', () => {
    const clipped = clipQuote(`"${EMAIL}"`);
    expect(clipped.length).toBeLessThanOrEqual(400);
    expect(clipped).toMatch(/which Ofsted look at closely\. …"$/);
  });

  it('with no sentence ending far enough in, after a whole word', () => {
    const long = `"${'we would encourage him to come in full time and use the base '.repeat(10).trim()}"`;
    const clipped = clipQuote(long, 100);
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped).toMatch(/ (?:we|would|encourage|him|to|come|in|full|time|and|use|the|base)…"$/);
  });

  it('a short quote stays as it is', () => {
    expect(clipQuote('"Short."')).toBe('"Short."');
  });
});
