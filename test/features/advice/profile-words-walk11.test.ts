/**
 * The eleventh walk (W11-16): a grandmother in Scotland answered "Does your child have a plan?"
 * with "She doesn't have one. The school said they would do a child's plan but nothing came of
 * it.", and the read-back said "Another kind of plan". An answer that opens by saying the child
 * has none is no plan, unless it goes on to say the child has one.
 */
import { describe, expect, it } from 'vitest';
import { planFromWords } from '../../../flows/advice/profile-words.js';

describe('plan from words: an answer that opens with "doesn\'t have one"', () => {
  it.each([
    ["She doesn't have one. The school said they would do a child's plan but nothing came of it.", 'none'],
    ["he hasn't got one, they keep talking about a support plan", 'none'],
    ["We don't have one yet", 'none'],
    ['there isnt one, the school never did the paperwork', 'none'],
    ['My son does not have any. They mentioned an IEP last year', 'none'],
    // Unchanged: a plan the child has, named after all.
    ["She doesn't have one, but she has a 504", '504'],
    // review9: the plan the child has, named after "doesn't have one" without a "but".
    ["He doesn't have one, he has a 504 plan", '504'],
    ["there isn't one, only an IEP", 'iep'],
    ["she hasn't got one, she's got an IDP though", 'idp'],
    // review10: an opening "no" with the child's plan named after it, without a "but".
    ['No, he has a 504 plan', '504'],
    ['Nope, only an IEP', 'iep'],
    // A 504 coordinator is a member of staff, not a plan.
    ['No. They have a 504 coordinator at school though', 'none'],
    ['They have a 504 coordinator', 'other'],
    ["he hasn't got an EHCP but he has a PEP", 'other'],
    ['a coordinated support plan', 'csp'],
    ["a child's plan", 'other'],
  ])('%s -> %s', (said, plan) => {
    expect(planFromWords(said)).toBe(plan);
  });
});
