/**
 * England, a part-time (reduced) timetable, and a school that says it can't because it would
 * count as unauthorised absence or Ofsted would object. England's attendance regulations provide
 * for a temporary part-time timetable agreed between the school and the parent (docs/legal-facts.md,
 * eng-reg11-part-time), so before the letter the flow says so and asks what would make the
 * request concrete: what the child could manage to start with, and when to review it. The
 * wrap-up adds its own next steps, and the letter states the rule with its source and carries
 * the parent's proposal. Only where the case profile puts the family in England: elsewhere we
 * have verified no such rule, and none of this is said.
 * Used in a flow's setup (`partTimeAssigns` wrapped in `assign`, `partTimeGuards`, and the
 * `isBareReply` and `isSkip` guards of parent-answers.ts) and states (`partTimeStates(next)`
 * before the letter's facts, `partTimeStepsStates(next)` in the wrap-up).
 */
import type { AskParams, FlowEvent } from '../../src/core/flow-kit.js';
import { answerNote, bareReplyAgain, openQuestion, typed } from './parent-answers.js';
import { partTimeRefusedOverAbsence } from './school-words.js';

const P = 'part-time';

/** What these states read and write in a flow's context. */
export interface PartTimeCtx {
  place: string;
  nickname: string;
  request: string;
  statement: string;
  /** What the child could manage to start with, in the parent's words. */
  partTimeHours: string;
  /** When to review it, in the parent's words. */
  partTimeReview: string;
}

/** The fields a flow's context starts with. */
export const PART_TIME_FIELDS = { partTimeHours: '', partTimeReview: '' } as const;

/** Where the rule is stated: the places whose attendance rules we checked against a primary source. */
const PART_TIME_PLACES: readonly string[] = ['england'];

/** The letter's line stating the rule with its source (a sentence without variables). */
export const RULE_LINE = `${P}.letter.rule`;

export const PART_TIME_KEYS = [
  `${P}.rule`,
  `${P}.ask-hours`,
  `${P}.ask-review`,
  `${P}.choice.not-sure`,
  `${P}.choice.skip`,
  `${P}.next-steps`,
  RULE_LINE,
] as const;

/** The letter's lines in the parent's own words: variable, context field, note topic. */
export const PART_TIME_LINES = [
  ['part_time_hours', 'partTimeHours', `${P}.hours`],
  ['part_time_review', 'partTimeReview', `${P}.review`],
] as const;

type Args = { context: PartTimeCtx; event: FlowEvent };

/** The rule is said: the family is in England, and the school refused a part-time timetable over absence figures or Ofsted. */
export function partTimeRuleApplies(place: string, request: string, statement: string): boolean {
  return PART_TIME_PLACES.includes(place) && partTimeRefusedOverAbsence(request, statement);
}

function partTimeOverAbsence({ context }: { context: PartTimeCtx }): boolean {
  return partTimeRuleApplies(context.place, context.request, context.statement);
}

export const partTimeGuards = { partTimeOverAbsence };

function keepHours({ event }: Args): Partial<PartTimeCtx> {
  return { partTimeHours: typed(event, 300) };
}
function keepReview({ event }: Args): Partial<PartTimeCtx> {
  return { partTimeReview: typed(event, 200) };
}
export const partTimeAssigns = { keepPartTimeHours: keepHours, keepPartTimeReview: keepReview };

/** The letter's part-time lines: the rule (England, when it applies) and the parent's proposal. */
export function partTimeLetterVars(context: PartTimeCtx, factOf: (text: string) => string): Record<string, string> {
  const applies = partTimeOverAbsence({ context });
  return {
    part_time_rule: applies ? RULE_LINE : '',
    part_time_hours: applies ? factOf(context.partTimeHours) : '',
    part_time_review: applies ? factOf(context.partTimeReview) : '',
  };
}

function askHours({ context }: { context: PartTimeCtx }): AskParams {
  return openQuestion(`${P}.ask-hours`, context.nickname, P, ['not-sure']);
}
function askReview({ context }: { context: PartTimeCtx }): AskParams {
  return openQuestion(`${P}.ask-review`, context.nickname, P, ['not-sure', 'skip']);
}

/** The states `partTime`, `partTimeHours`, `partTimeReview`; `next` follows them (or follows at once, where the rule does not apply). */
export function partTimeStates(next: string) {
  const hoursNote = { type: 'note', params: answerNote(P, `${P}.hours`) } as const;
  const reviewNote = { type: 'note', params: answerNote(P, `${P}.review`) } as const;
  return {
    partTime: {
      always: [{ guard: 'partTimeOverAbsence', target: 'partTimeHours' }, { target: next }],
    },
    partTimeHours: {
      entry: [{ type: 'say', params: { key: `${P}.rule` } }, { type: 'ask', params: askHours }],
      on: {
        TEXT: [
          bareReplyAgain({ type: 'ask', params: askHours } as const),
          { target: 'partTimeReview', actions: ['keepPartTimeHours', hoursNote] },
        ],
        CHOICE: { target: 'partTimeReview', actions: hoursNote },
      },
    },
    partTimeReview: {
      entry: { type: 'ask', params: askReview },
      on: {
        TEXT: [
          bareReplyAgain({ type: 'ask', params: askReview } as const),
          { target: next, actions: ['keepPartTimeReview', reviewNote] },
        ],
        CHOICE: [{ guard: 'isSkip', target: next }, { target: next, actions: reviewNote }],
      },
    },
  } as const;
}

/** The wrap-up's part-time next steps (`partTimeSteps`, where the rule applies), said before the flow's own; then `next`. */
export function partTimeStepsStates(next: string) {
  function withNickname({ context }: { context: PartTimeCtx }) {
    return { key: `${P}.next-steps`, vars: { nickname: context.nickname } };
  }
  return {
    partTimeWrapUp: { always: [{ guard: 'partTimeOverAbsence', target: 'partTimeSteps' }, { target: next }] },
    partTimeSteps: { entry: { type: 'say', params: withNickname }, always: next },
  } as const;
}
