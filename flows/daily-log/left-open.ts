/**
 * A day's log left open and come back to (fifteenth walk, W15-3). On a later day the return names
 * the day being logged ("We were logging Tuesday 12 January:"), and words typed at its reasons or
 * supports that are not one (a greeting, a question to the bot, a long message about something
 * else: src/features/daily-log/not-a-reason.ts) are kept in the notes as the parent's own, with no
 * child, and the question asked again; never saved as what made the day harder.
 */
import { DateTime } from 'luxon';
import { notAReason } from '../../src/features/daily-log/not-a-reason.js';
import { answerOf, type FlowEvent, type NoteParams, type SayParams } from '../../src/core/flow-kit.js';
import type { Ctx } from './daily-log-context.js';
import { P } from './daily-log-steps.js';

export const LEFT_OPEN_KEYS = [`${P}.resume-day`, `${P}.not-a-reason`];

/** The topic of the parent's words kept from a reasons or supports question. */
export const NOT_A_REASON_TOPIC = 'daily-log.not-a-reason';

const ev = (event: unknown) => event as FlowEvent;

export const leftOpenGuards = {
  isNotAReason: ({ event }: { event: unknown }) => {
    const e = ev(event);
    return e.type === 'TEXT' && notAReason(e.text);
  },
};

/** The parent's words, kept as theirs. */
export const keepNotAReason = ({ event }: { event: unknown }): NoteParams => ({ kind: 'parent_words', topic: NOT_A_REASON_TOPIC, text: answerOf(ev(event)).trim(), caseless: true });

/** "I've kept that in your notes, not as a reason for Tue 12 Jan." */
export const sayNotAReason = ({ context }: { context: Ctx }): SayParams => ({ key: `${P}.not-a-reason`, vars: { day: context.day } });

/** The two steps, as one transition's actions: the words kept, then said so. */
export const notAReasonActions = [
  { type: 'note', params: keepNotAReason },
  { type: 'say', params: sayNotAReason },
] as const;

/** In place of "Welcome back…", on a later day than its question: the day being logged, in full ("Tuesday 12 January"). */
export function welcomeBack(context: Record<string, unknown>): SayParams | null {
  const date = typeof context['date'] === 'string' ? DateTime.fromISO(context['date'], { zone: 'UTC' }) : null;
  if (!date?.isValid) return null;
  return { key: `${P}.resume-day`, vars: { day: date.setLocale('en-GB').toFormat('cccc d LLLL') } };
}
