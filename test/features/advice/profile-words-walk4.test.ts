/** The fourth walk's profile answers: a plan asked for is not a plan the child has. */
import { describe, expect, it } from 'vitest';
import { planFromWords } from '../../../flows/advice/profile-words.js';

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
