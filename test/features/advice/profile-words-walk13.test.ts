/**
 * The thirteenth walk (W13-13): a mother in England answered "Does your child have a plan?" with
 * "we asked the council for an EHCNA in november, still waiting", and the read-back said "Another
 * kind of plan". An EHC needs assessment asked for, however it is abbreviated, is an assessment
 * under way, not a plan.
 */
import { describe, expect, it } from 'vitest';
import { planFromWords } from '../../../flows/advice/profile-words.js';

describe('plan from words: an assessment asked for, abbreviated', () => {
  it.each([
    ['we asked the council for an EHCNA in november, still waiting', 'assessing'],
    ['EHCNA requested in September', 'assessing'],
    ['applied for an ehc na last term', 'assessing'],
    ['still waiting on the EHCNA', 'assessing'],
    ['we requested an eval in the fall', 'assessing'],
    ['no, we asked for an EHCNA but nothing yet', 'none'],
    // Unchanged: a plan named is that plan.
    ['He has an EHCP', 'ehcp'],
    ['an IEP since 2nd grade', 'iep'],
  ])('%s -> %s', (said, plan) => {
    expect(planFromWords(said)).toBe(plan);
  });
});
