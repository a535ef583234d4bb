/**
 * After an EHC plan's annual review in England (twenty-first walk). The review of an EHC plan is
 * the local authority's: it must see that a review meeting is held (the school may be asked to
 * hold it), must take the parent's views into account, and it is the local authority that
 * decides whether to change the plan (docs/legal-facts.md eng-reg20-review, eng-reg19-views,
 * eng-reg22-amend). So when the case profile puts the family in England with an EHC plan, and
 * the school's words or the parent's name the review ("annual review", "AR", "review meeting",
 * "no change to the plan/provision": `school.plan-review`), the advice says so
 * (`plan-review.england`) and the letter asks the local authority's SEN team for its decision
 * (`review-decision`, sent to the local authority: letter-body.ts). Elsewhere, and without an EHC
 * plan, nothing changes: no other place's review rules were checked against a primary source.
 * Pure; used by say-next (the message before the letter offer, and the letter's template).
 */
import { once, shippedAlternation } from '../../src/content/catalog.js';
import { parseProfile } from '../../src/features/advice/profile.js';

/** The letter to the local authority asking for its decision after the review. */
export const PLAN_REVIEW_LETTER = 'review-decision';
/** What is said about the review and who decides after it; then what to ask for in the letter. */
export const PLAN_REVIEW_SAY = 'plan-review.england';
export const PLAN_REVIEW_KEYS = [PLAN_REVIEW_SAY, `${PLAN_REVIEW_SAY}.ask`] as const;

/** The places (and the plan there) whose review rules were read in a primary text. */
const REVIEWED_PLAN: Readonly<Record<string, string>> = { england: 'ehcp' };

const REVIEW_WORDS = once(() => new RegExp(`\\b(?:${shippedAlternation('school.plan-review')})\\b`, 'i'));

/** Do these words name the plan's review ("annual review", "the AR", "no change to provision")? */
export function namesPlanReview(words: string): boolean {
  return REVIEW_WORDS().test(words);
}

/** What the rule reads from a flow's context. */
export interface PlanReviewCtx {
  place?: string;
  /** The case profile as JSON ('' for none). */
  profile?: string;
  statement: string;
  request?: string;
}

/** England, an EHC plan, and a no about its review: the local authority decides after it. */
export function planReviewApplies(context: PlanReviewCtx): boolean {
  const place = context.place ?? '';
  const plan = REVIEWED_PLAN[place];
  return plan !== undefined && parseProfile(context.profile)?.plan === plan && namesPlanReview(`${context.statement} ${context.request ?? ''}`);
}

/** A no of the "decided before the meeting" kind, about the plan's review, in England with an EHC plan. */
export function afterPlanReview({ context }: { context: PlanReviewCtx & { category: string } }): boolean {
  return context.category === 'predetermination' && planReviewApplies(context);
}

/** `planReview`: who decides after the review, said before `next` (the letter's offer) where it applies. */
export function planReviewStates(next: string) {
  return {
    planReview: { always: [{ guard: afterPlanReview, target: next, actions: PLAN_REVIEW_KEYS.map((key) => ({ type: 'say' as const, params: { key } })) }, { target: next }] },
  } as const;
}
