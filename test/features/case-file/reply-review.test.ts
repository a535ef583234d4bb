/**
 * Mends of 7 December (afternoon), 1: a reply that agrees to try something and names a review
 * gave the parent nothing to watch. Now, once the reply is kept, the review day as understood is
 * offered as a date to watch (kept with a tap, the right day typed, or left out), asked where it
 * cannot be known (half term), with a next step to log each day of the trial. A reply that agrees
 * nothing goes as before. By state ids and content keys (flows/case-file/follow-up.flow.ts).
 */
import { describe, expect, it } from 'vitest';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import type { AskParams, FlowEvent, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { ofType, replay, spoken } from '../flow-paths.js';

const m = followUpFlow.machine;
// Wednesday 4 November 2026.
const DAY = '2026-11-04';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: `${DAY}T18:00:00.000Z`, day: DAY });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: `${DAY}T18:00:00.000Z`, day: DAY });
const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'she' });
const US = JSON.stringify({ place: 'us', region: 'Ohio', plan: 'iep', pronouns: 'she' });
const TRIAL = "They'll do a 9:15 start from Monday for two weeks and then review it.";
const HALF_TERM = 'The head agreed a reduced timetable until half term, to be reviewed at the next meeting.';

const notes = (effects: unknown[]) => ofType<NoteParams>(effects as never, 'note');
const asks = (effects: unknown[]) => ofType<AskParams>(effects as never, 'ask');

describe('a reply that agrees a trial with a review', () => {
  it('kept as a reply, then the review day offered, in the family\'s words', () => {
    const r = replay(m, { mode: 'replied', profile: ENGLAND }, [text(TRIAL), choice('keep')]);
    expect(r.final.value).toBe('review');
    expect(notes(r.effects).map((n) => n.kind)).toEqual(['response']);
    expect(asks(r.effects).at(-1)).toMatchObject({ key: 'review.offer', vars: { date: '23 November 2026' } });
    expect(asks(r.effects).at(-1)?.choices?.map((c) => c.id)).toEqual(['keep-review', 'leave-review']);
  });

  it('"Yes, keep that date": a next step due that day, and one to log each day of the trial', () => {
    const r = replay(m, { mode: 'replied', profile: ENGLAND }, [text(TRIAL), choice('keep'), choice('keep-review')]);
    expect(r.done).toBe(true);
    expect(notes(r.effects)).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: 'review.date', text: TRIAL.slice(0, -1), due: '2026-11-23' }));
    expect(notes(r.effects)).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: 'review.daily-log', text: 'review.log-note' }));
    expect(spoken(r.effects).slice(-2)).toEqual(['review.kept', 'review.log-step']);
  });

  it('the right day typed instead is the one kept, read back', () => {
    const r = replay(m, { mode: 'replied', profile: US }, [text(TRIAL), choice('keep'), text('no, it is the 24th')]);
    expect(notes(r.effects)).toContainEqual(expect.objectContaining({ topic: 'review.date', due: '2026-11-24' }));
    expect(ofType<SayParams>(r.effects, 'say')).toContainEqual({ key: 'review.kept', vars: { date: 'November 24, 2026' } });
  });

  it('"No, leave it out": no date kept, the daily log step still offered', () => {
    const r = replay(m, { mode: 'replied', profile: ENGLAND }, [text(TRIAL), choice('keep'), choice('leave-review')]);
    expect(notes(r.effects).filter((n) => n.topic === 'review.date')).toEqual([]);
    expect(spoken(r.effects).at(-1)).toBe('review.log-step');
  });

  it('"until half term" in England: asked when half term starts, never guessed', () => {
    const r = replay(m, { mode: 'replied', profile: ENGLAND }, [text(HALF_TERM), choice('keep')]);
    expect(r.final.value).toBe('reviewWhen');
    expect(asks(r.effects).at(-1)?.key).toBe('review.when-half-term');
    const typed = replay(m, { mode: 'replied', profile: ENGLAND }, [text(HALF_TERM), choice('keep'), text('it starts on 14 December')]);
    expect(notes(typed.effects)).toContainEqual(expect.objectContaining({ topic: 'review.date', due: '2026-12-14' }));
    const unknown = replay(m, { mode: 'replied', profile: ENGLAND }, [text(HALF_TERM), choice('keep'), choice('review-not-known')]);
    expect(notes(unknown.effects).filter((n) => n.topic === 'review.date')).toEqual([]);
    expect(spoken(unknown.effects).slice(-2)).toEqual(['review.no-date', 'review.log-step']);
  });

  it('from the follow-up reminder ("Has the school answered?"): the same offer once the reply is kept', () => {
    const r = replay(m, { mode: 'reminder', about: 'the letter', sentOn: 'Mon 19 Oct', days: '10', profile: ENGLAND }, [choice('replied'), text(TRIAL), choice('keep')]);
    expect(r.final.value).toBe('review');
    expect(asks(r.effects).at(-1)).toMatchObject({ key: 'review.offer', vars: { date: '23 November 2026' } });
  });

  it('a reply already kept ("they replied: …"): the offer alone', () => {
    const r = replay(m, { mode: 'review', reply: TRIAL, profile: ENGLAND, today: DAY }, []);
    expect(r.final.value).toBe('review');
    expect(notes(r.effects)).toEqual([]);
  });

  it('a day already kept as a date to watch is not noted twice', () => {
    const r = replay(m, { mode: 'replied', profile: ENGLAND, keptMeetings: ['2026-11-23'] }, [text(TRIAL), choice('keep')]);
    expect(r.done).toBe(true);
    expect(spoken(r.effects).at(-1)).toBe('review.already-kept');
  });

  it('a reply that agrees nothing: kept and done, as before', () => {
    const r = replay(m, { mode: 'replied', profile: ENGLAND }, [text("We can't offer a later start, not even for two weeks."), choice('keep')]);
    expect(r.done).toBe(true);
    expect(asks(r.effects).map((a) => a.key)).not.toContain('review.offer');
    expect(spoken(r.effects).at(-1)).toBe('case-file.replied.kept');
  });
});

describe('the school\'s words told as a no, or at "what do I say next?", with a trial in them', () => {
  it('situation: after the meeting question\'s place, the review day is offered', async () => {
    const { situationFlow } = await import('../../../flows/advice/situation.flow.js');
    const words = "We can't do a 10am start, but we'll try 9:15 for two weeks.";
    const r = replay(situationFlow.machine, { nickname: 'Amara', category: 'resources', statement: words, saidOn: '2026-11-02', profile: ENGLAND }, [choice('none')]);
    expect(r.final.value).toBe('review');
    expect(asks(r.effects).at(-1)).toMatchObject({ key: 'review.offer', vars: { date: '16 November 2026' } });
    const kept = replay(situationFlow.machine, { nickname: 'Amara', category: 'resources', statement: words, saidOn: '2026-11-02', profile: ENGLAND }, [choice('none'), choice('keep-review')]);
    expect(notes(kept.effects)).toContainEqual(expect.objectContaining({ topic: 'review.date', due: '2026-11-16' }));
    expect((kept.final.output as { next?: string }).next).toBe('no.resources');
  });

  it('situation: a refusal with no trial in it goes on as before', async () => {
    const { situationFlow } = await import('../../../flows/advice/situation.flow.js');
    const r = replay(situationFlow.machine, { nickname: 'Amara', category: 'resources', statement: 'We cannot offer a later start.', profile: ENGLAND }, [choice('none')]);
    expect(asks(r.effects).map((a) => a.key)).not.toContain('review.offer');
    expect(r.done).toBe(true);
  });
});
