/**
 * The content keys every "kind of no" flow (kind-of-no.ts) says by name, and the full list one
 * flow can emit, from its declaration: checked at start-up against content/.
 */
import { CATEGORIES } from '../../src/core/types.js';
import { NEED_WORDS, NOT_UNDERSTOOD } from './parent-answers.js';
import { answerReasonKey } from '../../src/features/advice/letter-facts.js';
import { PLACES } from '../../src/features/advice/profile.js';
import { termKeysOf } from '../../src/features/advice/term-keys.js';
import { FACT_KEYS } from './letter-facts-states.js';
import { PART_TIME_KEYS } from './part-time-states.js';
import { WORDING_KEYS } from './letter-wording-states.js';
import { OFFER_KEYS } from './offer-states.js';
import { goesElsewhereSomewhere, laKeysFor } from './letter-body.js';
import { withRegionKeys } from './region-keys.js';
import type { KindOfNoSpec, KindQuestion, WrapUpSay } from './kind-of-no-spec.js';

export const NEXT_STEP_BY = 'common.next-step-by';
/** Said instead when a meeting kept to watch comes before that day (after-meeting.ts, W13-7). */
export const NEXT_STEP_BY_MEETING = 'common.next-step-by-meeting';
/** Said instead when the date they gave has already passed (a period counted from the day they said it). */
export const NEXT_STEP_PASSED = 'common.next-step-passed';
/** The term for the duty to educate a child too unwell to attend (`terms.<place>.unwell-duty`). */
export const UNWELL_DUTY = 'unwell-duty';
/** Said when only a person's name was typed where the question is about the child ("Mrs McAuley" at "…can't get into school because…"). */
export const NOT_A_PERSON = 'common.person-not-answer';
/** Said when an email is pasted at an open question: kept in the notes, and a sentence of their own asked for. */
export const PASTED_EMAIL = 'common.pasted-email';
/** "Same as before: …?", offering the parent's answer last time (`KindQuestion.reuse`). */
export const SAME_AS_BEFORE = 'common.same-as-before';

/** A question's buttons, with Skip last when it is optional. */
export function buttonsOf(q: KindQuestion<string>): readonly string[] {
  return q.optional ? [...q.buttons, 'skip'] : q.buttons;
}

/** Every content key a "kind of no" flow can emit. */
/** Every letter a flow can draft: its own, and the one it drafts instead for some cases. */
export function lettersOf(spec: Pick<KindOfNoSpec<string>, 'letter'>): string[] {
  return [spec.letter.template, ...(spec.letter.instead ? [spec.letter.instead.template] : [])];
}

export function kindOfNoKeys<S extends string>(spec: KindOfNoSpec<S>): string[] {
  const P = spec.prefix;
  const buttons = spec.questions.flatMap(buttonsOf);
  const said = (say: WrapUpSay): string[] =>
    typeof say === 'string' ? [`${P}.${say}`] : 'term' in say ? termKeysOf(say.term, PLACES) : 'pick' in say ? [...say.keys] : [`${P}.${say.key}`, ...(say.after ? [`${P}.${say.after}`] : [])];
  return [
    ...said(spec.intro ?? 'intro'),
    ...spec.questions.flatMap((q) => [`${P}.${q.ask}`, ...(q.partKnown ? [`${P}.${q.partKnown.ask}`] : [])]),
    // The known part as the letter's own sentence, alone or with the date typed (`…-by`).
    ...spec.questions.flatMap((q) => (q.partKnown?.sentences ?? []).flatMap((id) => [`${P}.letter.${id}`, `${P}.letter.${id}-by`])),
    ...spec.questions.flatMap((q) => (q.partKnown?.answers ?? []).map((id) => `${P}.letter.${id}`)),
    ...[...new Set(buttons)].map((id) => `${P}.choice.${id}`),
    ...[...new Set(spec.questions.flatMap((q) => q.says ?? []))].map((id) => `${P}.letter.${id}`),
    ...spec.wrapUp.flatMap(said),
    ...Object.values(spec.letter.said ?? {}).flatMap((line) => line.keys),
    ...termKeysOf(UNWELL_DUTY, PLACES),
    ...CATEGORIES.map(answerReasonKey),
    ...FACT_KEYS,
    ...WORDING_KEYS,
    ...PART_TIME_KEYS,
    ...OFFER_KEYS,
    ...(spec.questions.some((q) => q.reuse === true) ? [SAME_AS_BEFORE, 'common.choice.same', 'common.choice.change'] : []),
    ...spec.questions.flatMap((q) => (typeof q.reuse === 'object' ? [`${spec.prefix}.${q.reuse.ask}`, `${spec.prefix}.choice.same`, `${spec.prefix}.choice.change`] : [])),
    ...withRegionKeys([NEXT_STEP_BY, NEXT_STEP_BY_MEETING, NEXT_STEP_PASSED]),
    ...(spec.dueSay ? [`${P}.${spec.dueSay}`] : []),
    `${P}.next-steps`,
    // A letter that goes to the local authority somewhere: its next steps say so there, and who there is asked.
    ...(lettersOf(spec).some(goesElsewhereSomewhere) ? [`${P}.next-steps.local-authority`, ...laKeysFor(lettersOf(spec))] : []),
    `${P}.next-step-note`,
    `${P}.letter-intro`,
    `${P}.done`,
    NEED_WORDS,
    NOT_A_PERSON,
    NOT_UNDERSTOOD,
    PASTED_EMAIL,
  ];
}
