/**
 * The review day (A-L1): on the day the school said they'd review a trial, "How did it go?" with
 * four ways on: it went well (noted, the reminder done), they want to stop or change it (their
 * words kept, then triage on them as another no), not reviewed yet (a next step, and a short
 * message asking for the review), later (snoozed). By state ids and content keys
 * (flows/case-file/review-day.flow.ts).
 */
import { describe, expect, it } from 'vitest';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import { reviewDayFlow } from '../../../flows/case-file/review-day.flow.js';
import type { ReviewDayParams } from '../../../flows/case-file/case-file-effects.js';
import type { AskParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { ofType, replay, spoken } from '../flow-paths.js';

const m = reviewDayFlow.machine;
const DAY = '2026-12-21';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: `${DAY}T16:05:00.000Z`, day: DAY });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: `${DAY}T16:05:00.000Z`, day: DAY });
const INPUT = { reminderId: 7, trial: "They'll do a 9:15 start from Monday for two weeks and then review it", date: 'Mon 21 Dec 2026', request: 'A later start at 10' };

const notes = (effects: unknown[]) => ofType<NoteParams>(effects as never, 'note');
const asks = (effects: unknown[]) => ofType<AskParams>(effects as never, 'ask');
const outcomes = (effects: unknown[]) => ofType<ReviewDayParams>(effects as never, 'reviewDay');

describe('the review day', () => {
  it('asks how it went, naming the trial in their words, with four buttons', () => {
    const r = replay(m, INPUT, []);
    expect(r.final.value).toBe('ask');
    expect(asks(r.effects)[0]).toMatchObject({ key: 'review-day.ask', vars: { trial: INPUT.trial, date: INPUT.date } });
    expect(asks(r.effects)[0]?.choices?.map((c) => c.id)).toEqual(['went-well', 'change', 'not-yet', 'later']);
    // Without the trial's words (a review noted in the bot's own words), the plain question.
    expect(asks(replay(m, { ...INPUT, trial: '' }, []).effects)[0]?.key).toBe('review-day.ask-plain');
  });

  it('"It went well": noted as the outcome, the reminder done', () => {
    const r = replay(m, INPUT, [choice('went-well')]);
    expect(r.done).toBe(true);
    expect(notes(r.effects)).toEqual([expect.objectContaining({ kind: 'answer', topic: 'review.outcome', text: 'review-day.well-note' })]);
    expect(outcomes(r.effects)).toEqual([{ reminderId: 7, outcome: 'done' }]);
    expect(spoken(r.effects).at(-1)).toBe('review-day.well');
  });

  it('"They want to stop or change it": their words kept, then triage on them as another no', () => {
    const r = replay(m, INPUT, [choice('change')]);
    expect(r.final.value).toBe('whatSaid');
    const said = 'They said the 9:15 start is not working for staff and want to stop it.';
    const typed = replay(m, INPUT, [choice('change'), text(said)]);
    expect(typed.done).toBe(true);
    expect(notes(typed.effects)).toEqual([expect.objectContaining({ kind: 'response', topic: 'review.outcome', text: said })]);
    expect(outcomes(typed.effects)).toEqual([{ reminderId: 7, outcome: 'done' }]);
    expect(typed.final.output).toEqual({ next: 'triage', input: { statement: said, request: INPUT.request, continuing: true } });
    // Nothing typed: noted that they want a change, and home.
    const skipped = replay(m, INPUT, [choice('change'), choice('skip')]);
    expect(skipped.done).toBe(true);
    expect(notes(skipped.effects)).toEqual([expect.objectContaining({ kind: 'answer', topic: 'review.outcome', text: 'review-day.change-note' })]);
    expect(skipped.final.output).toEqual({});
    expect(spoken(skipped.effects).at(-1)).toBe('review-day.change-no-words');
  });

  it('"Not reviewed yet": a next step to ask for it, with a short message to send', () => {
    const r = replay(m, INPUT, [choice('not-yet')]);
    expect(r.done).toBe(true);
    expect(notes(r.effects)).toEqual([expect.objectContaining({ kind: 'next_step', topic: 'review.ask', text: 'review-day.not-yet-note' })]);
    expect(outcomes(r.effects)).toEqual([{ reminderId: 7, outcome: 'done' }]);
    expect(ofType<{ key: string; vars?: Record<string, string> }>(r.effects, 'say').at(-1)).toEqual({ key: 'review-day.not-yet', vars: { date: INPUT.date } });
  });

  it('"Ask me in a day or two": noted as waiting, and snoozed', () => {
    const r = replay(m, INPUT, [choice('later')]);
    expect(r.done).toBe(true);
    expect(notes(r.effects)).toEqual([expect.objectContaining({ kind: 'next_step', topic: 'review.later', text: 'review-day.later-note' })]);
    expect(outcomes(r.effects)).toEqual([{ reminderId: 7, outcome: 'snooze' }]);
  });
});

describe('a review date kept asks for its reminder (review-states.ts, shared by every flow that offers one)', () => {
  const REPLY = "They'll do a 9:15 start from Monday for two weeks and then review it.";
  const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'she' });
  const on = (e: FlowEvent): FlowEvent => ({ ...e, at: '2026-11-04T18:00:00.000Z', day: '2026-11-04' });
  const watched = (effects: unknown[]) => ofType<{ due: string }>(effects as never, 'watchReview');
  const f = followUpFlow.machine;

  it('tapped or typed: a reminder on the day kept; left out: none', () => {
    expect(watched(replay(f, { mode: 'replied', profile: ENGLAND }, [on(text(REPLY)), on(choice('keep')), on(choice('keep-review'))]).effects)).toEqual([{ due: '2026-11-23' }]);
    expect(watched(replay(f, { mode: 'replied', profile: ENGLAND }, [on(text(REPLY)), on(choice('keep')), on(text('no, it is the 24th'))]).effects)).toEqual([{ due: '2026-11-24' }]);
    expect(watched(replay(f, { mode: 'replied', profile: ENGLAND }, [on(text(REPLY)), on(choice('keep')), on(choice('leave-review'))]).effects)).toEqual([]);
  });
});
