/**
 * A read-only review of the afternoon mends (review8), the flows that offer a trial's review day
 * (flows/advice/review-states.ts): a follow-up saved before the review existed restores without a
 * crash (2); a review day gone, or by the winter break, is asked, never offered as read (1, 6); a
 * review at the meeting is one date, kept once (5); the chosen child's notes and dates, not the
 * open case's (9); "I don't know" typed is taken as not knowing (10). By state ids and content keys.
 */
import { describe, expect, it } from 'vitest';
import { transition, type AnyMachineSnapshot } from 'xstate';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import type { AskParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { classified, ofType, replay, spoken } from '../flow-paths.js';

const m = followUpFlow.machine;
// Monday 7 December 2026 (the reviewer's walk).
const DAY = '2026-12-07';
const text = (t: string, day = DAY): FlowEvent => ({ type: 'TEXT', text: t, at: `${day}T18:00:00.000Z`, day });
const choice = (id: string, day = DAY): FlowEvent => ({ type: 'CHOICE', id, at: `${day}T18:00:00.000Z`, day });
const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'she' });
const notes = (effects: unknown[]) => ofType<NoteParams>(effects as never, 'note');
const asks = (effects: unknown[]) => ofType<AskParams>(effects as never, 'ask');
const reviewNotes = (effects: unknown[]) => notes(effects).filter((n) => n.topic === 'review.date');

/** A follow-up as the release before the review dates saved it: no `dates`, `review`, `reviewAsk`, `today`, `keptMeetings`. */
function savedBefore(value: string, reply: string): AnyMachineSnapshot {
  const context = { mode: value === 'remind' ? 'reminder' : 'replied', about: 'the letter', sentOn: 'Mon 16 Nov', days: '10', reply, request: 'A later start', respond: false, nickname: '', waiting: [], letters: [] };
  return m.resolveState({ value, context: context as never });
}

function walk(snapshot: AnyMachineSnapshot, events: FlowEvent[]): { final: AnyMachineSnapshot; effects: { type: string; params?: unknown }[] } {
  let s = snapshot;
  const effects: { type: string; params?: unknown }[] = [];
  for (const e of events) {
    const [next, actions] = transition(m, s, e);
    s = next;
    for (const a of actions) effects.push({ type: a.type, params: a.params });
  }
  return { final: s, effects };
}

const TRIAL = "They'll do a 9:15 start from Monday for a week and then review it.";

describe('review8: the review day offered, as the flows meet it', () => {
  it('2: a follow-up saved before the review dates restores: "No, just keep it" and the reminder\'s "they replied" go on', () => {
    // Wednesday 11 November: from Monday 16 November, a week.
    const WED = '2026-11-11';
    const kept = walk(savedBefore('another', TRIAL), [choice('keep', WED)]);
    expect(kept.final.value).toBe('review');
    expect(asks(kept.effects).at(-1)).toMatchObject({ key: 'review.offer', vars: { date: '23 November 2026' } });
    const reminded = walk(savedBefore('remind', ''), [choice('replied', WED), text(TRIAL, WED), choice('keep', WED)]);
    expect(reminded.final.value).toBe('review');
  });

  it('1: a review day already come is said so, with the day; a new day typed is kept', () => {
    const words = "We can't do 10am, but we'll try 9:15 for two weeks.";
    const input = { nickname: 'Amara', category: 'resources', statement: words, saidOn: '2026-11-02', profile: ENGLAND };
    const r = replay(situationFlow.machine, input, [choice('none')]);
    expect(r.final.value).toBe('reviewWhen');
    expect(asks(r.effects).at(-1)).toMatchObject({ key: 'review.passed', vars: { date: '16 November 2026' } });
    const typed = replay(situationFlow.machine, input, [choice('none'), text('they moved it to 14 January')]);
    expect(reviewNotes(typed.effects)).toEqual([expect.objectContaining({ due: '2027-01-14' })]);
  });

  it('6: a day by the winter break is asked, with the day read', () => {
    const r = replay(m, { mode: 'review', reply: "We'll try the quiet room for two weeks and then review it.", profile: ENGLAND, today: DAY }, []);
    expect(r.final.value).toBe('reviewWhen');
    expect(asks(r.effects).at(-1)).toMatchObject({ key: 'review.when-break', vars: { date: '21 December 2026' } });
    const christmas = replay(m, { mode: 'review', reply: 'They agreed to let her start at 10 till Christmas.', profile: ENGLAND, today: DAY }, []);
    expect(asks(christmas.effects).at(-1)?.key).toBe('review.when-term-end');
  });

  it('5: a review at the meeting is the meeting\'s day: kept once, not asked again', () => {
    const words = "We'll try the quiet room and review it at the meeting on 15 January";
    const input = { nickname: 'Amara', category: 'resources', statement: words, profile: ENGLAND };
    const r = replay(situationFlow.machine, input, [choice('none'), choice('yes')]);
    expect(asks(r.effects).map((a) => a.key)).not.toContain('review.when');
    expect(notes(r.effects).filter((n) => n.due === '2027-01-15')).toHaveLength(1);
    // The same at "what do I say next?" (/say): the meeting kept, then on to the letter's offer.
    const said = replay(sayNextFlow.machine, { statement: words, profile: ENGLAND }, [{ ...classified('resources', true), day: DAY }, choice('yes')]);
    expect(said.final.value).toBe('offer');
    expect(notes(said.effects).filter((n) => n.due === '2027-01-15')).toHaveLength(1);
    // The meeting named elsewhere in their words: the review is at it, not asked for.
    const apart = replay(situationFlow.machine, { ...input, statement: "The meeting is on 15 January. We'll try the quiet room and review it at the meeting." }, [choice('none'), choice('yes')]);
    expect(asks(apart.effects).map((a) => a.key)).not.toContain('review.when');
    // A day typed that the notes already keep: said so, not noted twice.
    const typed = replay(m, { mode: 'review', reply: "We'll try the quiet room and review it at the next meeting.", profile: ENGLAND, today: DAY, keptMeetings: ['2027-01-15'] }, [text('15 January')]);
    expect(reviewNotes(typed.effects)).toEqual([]);
    expect(spoken(typed.effects)).toContain('review.already-kept');
  });

  it('9: several children: the chosen child\'s kept dates and date order, not the open case\'s', () => {
    const waiting = [
      { nickname: 'Amara', request: 'A later start', keptMeetings: ['2026-12-21'], dates: { monthFirst: false, halfTerms: true } },
      { nickname: 'Ben', request: 'A quiet room', keptMeetings: [], dates: { monthFirst: true, halfTerms: false } },
    ];
    const words = "We'll try a 9:15 start from 11 January for a week and then review it.";
    const r = replay(m, { mode: 'replied', reply: words, waiting, profile: ENGLAND, keptMeetings: ['2027-01-18'] }, [choice('child:1'), choice('keep')]);
    expect(r.final.value).toBe('review');
    expect(asks(r.effects).at(-1)).toMatchObject({ key: 'review.offer', vars: { date: 'January 18, 2027' } });
  });

  it('10: "I don\'t know" typed is not knowing: left out, said it can be added later', () => {
    const r = replay(m, { mode: 'review', reply: TRIAL, profile: ENGLAND, today: '2026-11-11' }, [text("I don't know", '2026-11-11')]);
    expect(asks(r.effects)[0]?.key).toBe('review.offer');
    expect(r.done).toBe(true);
    expect(reviewNotes(r.effects)).toEqual([]);
    expect(spoken(r.effects)).toContain('review.left-out');
    expect(spoken(r.effects)).not.toContain('review.unread');
    const asked = replay(m, { mode: 'review', reply: "We'll try the quiet room and review it at the next meeting.", profile: ENGLAND, today: DAY }, [text('not sure yet')]);
    expect(asked.done).toBe(true);
    expect(spoken(asked.effects)).toContain('review.no-date');
  });
});
