/**
 * The fifth walk: a father in Wales answered "Does your child have a plan?" with "no, nothing
 * formal. the school have an IDP on the list apparently", and the read-back said "An IDP", so
 * every letter would use IDP terms for a child with none. An answer that opens with no is no
 * plan, unless it goes on to say the child has one ("no, but he has a 504").
 */
import { describe, expect, it } from 'vitest';
import { planFromWords } from '../../../flows/advice/profile-words.js';

describe('plan from words: an answer that opens with no', () => {
  it.each([
    ['no, nothing formal. the school have an IDP on the list apparently', 'none'],
    ['No - they talked about an IEP once', 'none'],
    ['not yet, the SENCO mentioned an EHCP might be an option', 'none'],
    ['nope, school said maybe a 504 next year', 'none'],
    // Unchanged.
    ['no, but he has a 504', '504'],
    ["no but she's got an IEP", 'iep'],
    ['no, being assessed now', 'assessing'],
    ['an IDP', 'idp'],
    ['no', 'none'],
  ])('%j is %j', (words, plan) => expect(planFromWords(words)).toBe(plan));
});
