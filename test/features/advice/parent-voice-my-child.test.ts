/**
 * The ninth walk: a mother's first message, "hi. my daughter's primary school said no to her
 * starting at 10 instead of 9", became the school's answer, and the letter to the SENCo quoted it
 * back to her: "Your answer, as I noted it (4 December 2026): "Hi. My daughter's primary school
 * said no…"". "My daughter", "my son", "my child" are the parent speaking: never quoted as the
 * school's own words, and the notes say "You told me the school said".
 */
import { describe, expect, it } from 'vitest';
import { isSchoolsOwnWords, quotableWordsOf, schoolAnswerOf } from '../../../src/features/advice/letter-facts.js';

describe("the parent's own message about their child is not the school's words", () => {
  it.each([
    "hi. my daughter's primary school said no to her starting at 10 instead of 9",
    'My son is not allowed to eat lunch in the library, they said no',
    "ok so my child's school won't let him start late",
    'the school said no to my boy having a quiet room',
    "Sorry. My daughter's school refused the later start again.",
  ])('%j', (said) => {
    expect(quotableWordsOf(said)).toBe('');
    expect(isSchoolsOwnWords(said)).toBe(false);
    expect(schoolAnswerOf(said, true).quote).toBe('');
  });

  it.each([
    'We are unable to offer a later start at this time because of staffing.',
    'Your daughter will need to attend full days from Monday.',
    'We have spoken to your son and he is happy with the current arrangements.',
  ])('the school speaking is still quoted: %j', (said) => {
    expect(quotableWordsOf(said)).not.toBe('');
    expect(isSchoolsOwnWords(said)).toBe(true);
  });
});
