/**
 * Review10, findings 1 and 2. (1) A parent's own "we are unable to…" was read as the school's
 * email: "They won't give him a quiet room. We are unable to get him through the gate most
 * mornings since his dad left…" went into the letter as the school's answer, quoted whole. The
 * school's "we" marks its own email only when the words do not report the school in the third
 * person and carry no family details; in doubt, nothing is quoted. (2) One teacher's words were
 * joined to another's as one source ("…" but his teacher, Mrs Bell "…"), and a husband's quote
 * cost the head's its place. A quotation belongs to the nearest speaker named before it; someone
 * named between two quotations is a new source; family are never the school.
 */
import { describe, expect, it } from 'vitest';
import { isSchoolsOwnWords, quotableWordsOf, schoolAnswerOf } from '../../../src/features/advice/letter-facts.js';

const KHAN =
  "They won't give him a quiet room. We are unable to get him through the gate most mornings since his dad left and he is on antidepressants.";

describe("a parent's own \"we are unable to\" is never the school's email (review10-1)", () => {
  it.each([
    KHAN,
    'The head refused the later start. We are unable to take more time off work to sit with him.',
    'No to the reduced timetable. We are not in a position to keep him home, I work nights.',
    "The school said no to a part-time timetable. We can't afford a tutor and her mum is in hospital.",
    "Mrs Ahmed won't agree to the quiet room. We are unable to get her into the building at all.",
    'We are unable to get him out of bed most days since my husband moved out.',
  ])('not quoted, not the school speaking: %s', (statement) => {
    expect(quotableWordsOf(statement)).toBe('');
    expect(isSchoolsOwnWords(statement)).toBe(false);
    expect(schoolAnswerOf(statement, true).quote).toBe('');
  });

  it.each([
    'We are unable to offer a reduced timetable at this time.',
    'We are not able to agree to a later start. The timetable is the same for every pupil in Year 9.',
    "We don't have the staff to supervise a quiet room at lunchtime.",
    'Dear Mrs Khan, We are unable to offer a quiet room this term. Kind regards, Mr Lewis',
  ])("the school's own words are still quoted: %s", (statement) => {
    expect(quotableWordsOf(statement)).not.toBe('');
    expect(isSchoolsOwnWords(statement)).toBe(true);
  });
});

describe('a quotation belongs to the nearest speaker named before it (review10-2)', () => {
  it.each([
    `Mr Howells said a reduced timetable "isn't something we'd consider" but his teacher, Mrs Bell "would be happy to try it"`,
    `Mr Howells said a reduced timetable "isn't something we'd consider" and the SENCO "doesn't see the need for it"`,
    `The head said no "because of the staffing this term" and the LA "won't fund a tutor either"`,
    `Mrs Patel said the later start "can't happen before January" though Mr Grant "thinks a trial week could work"`,
  ])('two people: neither is quoted as one: %s', (statement) => {
    expect(quotableWordsOf(statement)).toBe('');
    expect(schoolAnswerOf(statement, true).quote).toBe('');
  });

  it.each([
    [`My husband said at the meeting "we will take this to the LA" and the head said "that is your right"`, 'that is your right'],
    [`His dad told them "he is not coming in until this is sorted" and Mrs Patel said "then we will record it as unauthorised"`, 'then we will record it as unauthorised'],
    [`Leo's mum said "he cannot face the canteen" and the SENCO said "a quiet room is not possible"`, 'a quiet room is not possible'],
  ])("family are never the school; the school's quote is kept: %s", (statement, quote) => {
    expect(quotableWordsOf(statement)).toBe(quote);
  });

  it('one speaker with nobody else named between: both, joined (W12-8 kept)', () => {
    expect(quotableWordsOf(`He said a later start "isn't possible this term" as Eli is "coping well in most lessons"`)).toBe(
      "isn't possible this term … coping well in most lessons",
    );
    expect(quotableWordsOf(`Mrs Cole said a reduced timetable "is not on the table" and "the trust would not allow it"`)).toBe(
      'is not on the table … the trust would not allow it',
    );
  });
});
