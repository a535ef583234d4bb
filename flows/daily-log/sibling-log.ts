/**
 * After one child's day is logged, a brother's or sister's with no entry for that day yet is
 * offered next ("Log Alfie's day too?"); a yes starts their log for the same day, straight at its
 * first question.
 */
import type { AskParams, FlowOutput } from '../../src/core/flow-kit.js';
import { P, type Ctx } from './daily-log-steps.js';

/** The first child, in the family's order, with no entry for this day (nor the one just logged). */
export function unloggedSibling(context: Ctx): string | undefined {
  const done = new Set([...context.logged, context.nickname.trim().toLowerCase()]);
  return context.children.find((c) => !done.has(c.trim().toLowerCase()));
}

export function siblingAsk({ context }: { context: Ctx }): AskParams {
  const nickname = unloggedSibling(context) ?? '';
  return {
    key: `${P}.ask-sibling`,
    vars: { nickname },
    choices: [
      { id: 'yes', key: `${P}.choice.log-sibling`, vars: { nickname } },
      { id: 'not-now', key: `${P}.choice.not-now` },
    ],
  };
}

/** The menu, or the chosen brother's or sister's log for the same day. */
export function siblingOutput({ context }: { context: Ctx }): FlowOutput {
  if (!context.sibling) return { next: 'home' };
  const logged = [...context.logged, context.nickname.trim().toLowerCase()];
  return { next: 'daily-log', input: { child: context.sibling, date: context.date, day: context.day, isToday: context.isToday, prompted: false, logged, tip: context.tip } };
}
