/**
 * Which words a place's term is said in, for a child's plan (one rule for chat and letters):
 * - a plan with its own words there (`terms.us.plan-duty.504`) has them;
 * - the duty to provide a plan and the complaint route about it name a statutory plan's law, so
 *   with no statutory plan (none, being assessed, another kind) they are said in general words
 *   (`terms.agreed.*`: the school's own agreement and complaints procedure);
 * - else the place's own (`terms.england.plan-duty`).
 * Pure: flows say these keys; the content test holds PLAN_WORDS to the keys that exist.
 */
import type { Plan } from './profile.js';

/** The terms with a plan's own words, by place: `<term>.<plan>`. */
export const PLAN_WORDS: Readonly<Record<string, readonly string[]>> = {
  us: ['plan-duty.504', 'complaint-route.504', 'assessment-right.504', 'unwell-duty.iep', 'unwell-duty.504'],
};

/** Words for what was asked, not the plan: a 504 plan asked for (see termKey). */
export const REQUEST_WORDS: Readonly<Record<string, readonly string[]>> = { us: ['assessment-right.504-request'] };

/** Terms that speak of a statutory plan's duty or route. */
const ABOUT_A_PLAN: ReadonlySet<string> = new Set(['plan-duty', 'complaint-route']);

/** Plans with no statutory duty behind them that we can name. */
const NO_STATUTORY_PLAN: ReadonlySet<string> = new Set<Plan>(['none', 'assessing', 'other']);

/** A plan with a statutory duty behind it (an EHC plan, an IEP, a 504 plan…); none, being assessed or another kind has none. */
export function hasStatutoryPlan(plan: string | undefined): boolean {
  return plan !== undefined && !NO_STATUTORY_PLAN.has(plan);
}

/** A US request for a Section 504 plan or evaluation, named as such ("an evaluation for a 504 plan"). */
const ASKS_FOR_504 = /\b(?:section\s+)?504\b/i;

/**
 * The content key a term is said with, for a place and (when known) the child's plan; `asked`, the
 * parent's request: in the US, a child with no 504 plan yet whose parent asked for one is told
 * Section 504's own evaluation duty first (`terms.us.assessment-right.504-request`).
 */
export function termKey(place: string, plan: string | undefined, term: string, asked = ''): string {
  if (place === 'us' && term === 'assessment-right' && plan !== '504' && ASKS_FOR_504.test(asked)) return 'terms.us.assessment-right.504-request';
  if (plan && PLAN_WORDS[place]?.includes(`${term}.${plan}`)) return `terms.${place}.${term}.${plan}`;
  if (plan && ABOUT_A_PLAN.has(term) && !hasStatutoryPlan(plan)) return `terms.agreed.${term}`;
  return `terms.${place}.${term}`;
}

/** Every key `termKey` can give for a term, over the places given (for a flow's list of keys). */
export function termKeysOf(term: string, places: readonly string[]): string[] {
  const own = places.flatMap((p) => [`terms.${p}.${term}`, ...[...(PLAN_WORDS[p] ?? []), ...(REQUEST_WORDS[p] ?? [])].filter((w) => w.startsWith(`${term}.`)).map((w) => `terms.${p}.${w}`)]);
  return ABOUT_A_PLAN.has(term) ? [...own, `terms.agreed.${term}`] : own;
}
