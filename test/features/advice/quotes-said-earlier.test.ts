/**
 * The twelfth walk (W12-8): Eli's mother reported the head of year's email with his words in
 * quotation marks, but not right after "said" ("He said a reduced timetable "isn't something we'd
 * consider at this stage" as Eli is "capable of full days"…"). Neither quotation was read as his,
 * so the letter quoted nothing, and said "The answer was no." instead, a line the parent never
 * saw at the wording check. A quotation in the sentence where someone "said" a few words before
 * it is theirs, and one that follows in the same sentence, with no one else speaking and none of
 * the parent's own words between, is theirs too.
 */
import { describe, expect, it } from 'vitest';
import { quotableWordsOf, schoolAnswerOf } from '../../../src/features/advice/letter-facts.js';

const ELI =
  'Mr Howells (head of year 8) emailed back today. He said a reduced timetable "isn\'t something we\'d consider at this stage" as Eli is "capable of full days" and missing lessons would put him further behind';

describe('quotations a few words after "said" (W12-8)', () => {
  it("are the speaker's, and one run on in the same sentence is too", () => {
    expect(quotableWordsOf(ELI)).toBe("isn't something we'd consider at this stage … capable of full days");
    expect(schoolAnswerOf(ELI, true).quote).toBe('"Isn\'t something we\'d consider at this stage … capable of full days"');
  });

  it('one quotation a few words after "said": theirs', () => {
    expect(quotableWordsOf('The head said a later start "is not possible for any pupil this year".')).toBe('is not possible for any pupil this year');
  });

  it("never the parent's own words, nor a second person's, run on in the sentence", () => {
    expect(quotableWordsOf('He said a later start "is not possible this year" but I think "it is the only thing that works"')).toBe('is not possible this year');
    expect(quotableWordsOf('He said a later start "is not possible this year" and the SENCO said "we have nobody free at 10"')).toBe('');
  });
});
