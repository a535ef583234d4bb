/**
 * A day off ill, or another authorised absence (W13-6): not a day the child refused. Its own
 * button at "Did … get into school?" (then straight to the note: no morning to rate), and a day
 * logged as "Didn't go in" whose note says illness ("temperature 38.4, proper poorly, nothing to
 * do with school") is asked about once. Either way the day is kept, marked `excused`, and the
 * summary, the chart and the packet leave it out of the refusal figures. Pure: keys and ids.
 */
import { answerOf, type AskParams, type FlowEvent } from '../../src/core/flow-kit.js';
import { saysIll } from '../../src/features/daily-log/parse.js';
import type { SaveLogParams } from '../../src/features/daily-log/model.js';
import { P, type Ctx } from './daily-log-steps.js';

const base = (context: Ctx) => ({ child: context.nickname, date: context.date });

export const illStart = ({ context }: { context: Ctx }): SaveLogParams => ({ ...base(context), op: 'start', attendance: 'absent' });
export const excusedSave = ({ context }: { context: Ctx }): SaveLogParams => ({ ...base(context), op: 'excused', value: true });

/** An absent day, not marked yet, whose note (typed now, or the day told in words) speaks of illness. */
export function mayBeIll(context: Ctx, event: unknown): boolean {
  if (context.attendance !== 'absent' || context.excused) return false;
  const e = event as FlowEvent;
  return (e.type === 'TEXT' && saysIll(answerOf(e))) || saysIll(context.told?.text ?? '');
}

function illParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.ask-ill`,
    vars: { nickname: context.nickname },
    choices: [
      { id: 'ill', key: `${P}.choice.ill-yes` },
      { id: 'not-ill', key: `${P}.choice.ill-no` },
    ],
    freeText: false,
  };
}

export const askIllState = {
  entry: { type: 'ask', params: illParams },
  on: {
    CHOICE: [
      { guard: 'isIll', target: 'finish', actions: ['setExcused', { type: 'saveLog', params: excusedSave }] },
      { target: 'finish' },
    ],
  },
} as const;

export const ILL_KEYS = [`${P}.choice.ill`, `${P}.ask-ill`, `${P}.choice.ill-yes`, `${P}.choice.ill-no`, `${P}.part.excused`];
