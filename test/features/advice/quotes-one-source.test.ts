/**
 * The eleventh walk (W11-8): a foster mother's account put two quotations in quotation marks, the
 * printed draft IEP's ("general ed with inclusion support") and the assistant principal's ("the
 * committee already discussed this…"), and the letter to Mr Hollis quoted both as one, as his:
 * "General ed with inclusion support … the committee already discussed this and the decision is
 * final." Quotations are joined only when they come from one source; when a person's words stand
 * beside a document's, only the person's are quoted; when two people's, or sources that cannot be
 * told apart, none.
 */
import { describe, expect, it } from 'vitest';
import { quotableWordsOf, schoolAnswerOf, schoolWordsOf } from '../../../src/features/advice/letter-facts.js';

const ARD =
  "I'm Andre's foster mom, he's been with us since August. We had his ARD meeting on 12/3 and when we walked in the diagnostician Ms. Reyna already had the draft IEP printed with \"general ed with inclusion support\" and no counseling minutes. I asked for a half day schedule and counseling for his anxiety, and the assistant principal Mr. Hollis said \"the committee already discussed this and the decision is final.\" Nobody asked me anything.";

describe('quotations from different sources', () => {
  it("a document's words beside a person's: only the person's are quoted", () => {
    expect(schoolAnswerOf(ARD, true).quote).toBe('"The committee already discussed this and the decision is final."');
    expect(quotableWordsOf(ARD)).toBe('the committee already discussed this and the decision is final.');
    expect(schoolWordsOf(ARD)).toBe('"the committee already discussed this and the decision is final."');
  });

  it('two people: neither is quoted as the one the letter goes to', () => {
    const two = 'At the review the head said "we cannot do a later start this term" and the SENCO said "there is nobody to supervise him at 10".';
    expect(quotableWordsOf(two)).toBe('');
    expect(schoolAnswerOf(two, true).quote).toBe('');
  });

  it('quotations that cannot be told apart: none', () => {
    const apart = 'The plan was printed with "full time from January" before we arrived. Later on "no change to placement" was written on the form too.';
    expect(quotableWordsOf(apart)).toBe('');
  });

  it('one person, two quotations: both, joined', () => {
    expect(quotableWordsOf('Mrs Cole said "we cannot offer a later start" and "the timetable is the same for everyone"')).toBe(
      'we cannot offer a later start … the timetable is the same for everyone',
    );
    expect(quotableWordsOf('Mrs Cole said "we cannot offer a later start". Then she said "the timetable is the same for everyone".')).toBe(
      'we cannot offer a later start … the timetable is the same for everyone',
    );
  });

  it('one quotation, whoever it came from: as before', () => {
    expect(quotableWordsOf('The head emailed: "We are unable to offer a reduced timetable at this time."')).toBe('We are unable to offer a reduced timetable at this time.');
  });
});
