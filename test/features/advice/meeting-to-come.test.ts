/**
 * Left by the seventh walk (D-L2): "We can talk about it at his review on 15 January" and "the
 * next IEP meeting is on 12/15" gave no date to watch (rightly not the day the no was said). Now
 * the situation flow, which every "no" told through triage passes, reads a meeting still to come
 * in the school's words (in the case's order of day and month) and offers it as a date to watch;
 * the parent keeps it with a tap, types the right date, or leaves it out. A meeting already past
 * is never offered.
 */
import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AskParams, FlowEvent, FlowInput, NoteParams, PartReadParams, SayParams } from '../../../src/core/flow-kit.js';
import { meetingToCome } from '../../../flows/advice/meeting-day.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { whenParams } from '../../../flows/advice/triage-questions.js';

const DAY = '2026-12-06';
const at = (type: 'TEXT' | 'CHOICE', v: string): FlowEvent => (type === 'TEXT' ? { type, text: v, at: `${DAY}T20:00:00.000Z`, day: DAY } : { type, id: v, at: `${DAY}T20:00:00.000Z`, day: DAY });

describe('a meeting still to come, in the school\'s words (on 6 December 2026)', () => {
  it.each([
    ['We can talk about it at his review on 15 January.', false, '2027-01-15'],
    ['Hi Mrs. Nguyen, thanks for reaching out again. We are not able to test her this term. The next IEP meeting is on 12/15. Best, Dr. Karen Holt', true, '2026-12-15'],
    ['The next IEP meeting is on 15/12.', false, '2026-12-15'],
    ['We have scheduled a 504 review for January 12 to look at his accommodations.', true, '2027-01-12'],
    ['There is a meeting on 2027-02-03 where we can discuss it.', false, '2027-02-03'],
  ])('%j (month first: %s): %s', (words, monthFirst, due) => {
    expect(meetingToCome(words, DAY, monthFirst)).toBe(due);
  });

  it.each([
    ['At the meeting on 3 December the team agreed it was not possible.', false],
    ['At the review meeting on Tuesday she said no.', false],
    ['The next IEP meeting is on 12/15.', false],
    ['We cannot offer a later start until 15 January.', false],
    ['The review on 1 December 2026 decided this.', false],
    ['We discussed it at the review. Nothing changes on 15 January.', false],
  ])('%j (month first: %s): no date to watch', (words, monthFirst) => {
    expect(meetingToCome(words, DAY, monthFirst)).toBeUndefined();
  });
});

const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he' });
const US = JSON.stringify({ place: 'us', region: 'California', plan: 'assessing', pronouns: 'she' });

function run(input: FlowInput, events: FlowEvent[]) {
  let [snap, actions] = initialTransition(situationFlow.machine, input);
  const effects: { type: string; params?: unknown }[] = [...actions];
  for (const e of events) {
    [snap, actions] = transition(situationFlow.machine, snap, e);
    effects.push(...actions);
  }
  const asks = effects.filter((a) => a.type === 'ask').map((a) => a.params as AskParams);
  const notes = effects.filter((a) => a.type === 'note').map((a) => a.params as NoteParams);
  const says = effects.filter((a) => a.type === 'say').map((a) => a.params as SayParams);
  const parts = effects.filter((a) => a.type === 'readPart').map((a) => a.params as PartReadParams);
  return { state: snap.value, asks, notes, says, parts, output: snap.output as { next?: string } | undefined };
}

const leo: FlowInput = { nickname: 'Leo', category: 'resources', statement: 'We can talk about it at his review on 15 January.', profile: ENGLAND };

describe('situation: the meeting offered as a date to watch', () => {
  it('after the situation is answered, the meeting is read back with its date in the family\'s words', () => {
    const r = run(leo, [at('CHOICE', 'none')]);
    expect(r.state).toBe('meeting');
    expect(r.asks.at(-1)?.key).toBe('situation.meeting');
    expect(r.asks.at(-1)?.vars?.['date']).toBe('15 January 2027');
    expect(r.asks.at(-1)?.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
  });

  it('"Yes, keep it": a next step due on the meeting\'s day, then on to the kind of no', () => {
    const r = run(leo, [at('CHOICE', 'none'), at('CHOICE', 'yes')]);
    expect(r.notes).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: 'meeting.to-come', text: 'situation.meeting-note', due: '2027-01-15' }));
    expect(r.output?.next).toBe('no.resources');
  });

  it('the right date typed instead is the one kept', () => {
    const r = run(leo, [at('CHOICE', 'none'), at('TEXT', 'it is actually on 22 January')]);
    expect(r.notes).toContainEqual(expect.objectContaining({ topic: 'meeting.to-come', due: '2027-01-22' }));
    expect(r.output?.next).toBe('no.resources');
  });

  it('a typed date is read back as kept, in the family\'s words (E-L2); a tap on "Yes" needs none', () => {
    const typed = run(leo, [at('CHOICE', 'none'), at('TEXT', 'it is actually on 22 January')]);
    expect(typed.says).toContainEqual({ key: 'situation.meeting-kept', vars: { date: '22 January 2027' } });
    const tapped = run(leo, [at('CHOICE', 'none'), at('CHOICE', 'yes')]);
    expect(tapped.says.map((s) => s.key)).not.toContain('situation.meeting-kept');
  });

  it('"No, leave it out" keeps nothing', () => {
    const r = run(leo, [at('CHOICE', 'none'), at('CHOICE', 'no')]);
    expect(r.notes.filter((n) => n.topic === 'meeting.to-come')).toEqual([]);
    expect(r.output?.next).toBe('no.resources');
  });

  it('more than a date typed there (how his days go) is kept in the parent\'s words, and the question asked again', () => {
    const words = 'hes not slept properly since october, by lunch hes done in and the corridors at changeover set him off';
    const r = run(leo, [at('CHOICE', 'none'), at('TEXT', words)]);
    expect(r.state).toBe('meeting');
    // Declared unread; the engine keeps what the words say, thanked for (typed21: src/core/added-words.ts).
    expect(r.parts).toEqual([{ text: words, kept: 'situation.meeting-kept-words', otherwise: 'situation.meeting-unread' }]);
    expect(r.notes.filter((n) => n.topic === 'meeting.to-come')).toEqual([]);
  });

  it('words that are no date are asked about again, nothing kept', () => {
    const r = run(leo, [at('CHOICE', 'none'), at('TEXT', 'hmm not sure')]);
    expect(r.state).toBe('meeting');
    expect(r.asks.at(-1)?.key).toBe('situation.meeting');
    expect(r.notes).toEqual([]);
  });

  it('a US family: "12/15" is December 15, and a named situation is still recorded after', () => {
    const ava: FlowInput = { nickname: 'Ava', category: 'data', statement: 'We are not able to evaluate her this term. The next IEP meeting is on 12/15.', profile: US };
    // Their words point to one situation: confirmed ("It sounds like they won't assess…"), then the meeting.
    const r = run(ava, [at('CHOICE', 'yes'), at('CHOICE', 'yes')]);
    expect(r.asks.find((a) => a.key === 'situation.meeting')?.vars?.['date']).toBe('December 15, 2026');
    expect(r.notes).toContainEqual(expect.objectContaining({ topic: 'meeting.to-come', due: '2026-12-15' }));
    expect(r.notes).toContainEqual(expect.objectContaining({ topic: 'situation' }));
    expect(r.output?.next).toBe('situation.no-assessment');
  });

  it('no meeting to come: straight on, as before', () => {
    const r = run({ ...leo, statement: 'At the meeting on 3 December the team agreed it was not possible.' }, [at('CHOICE', 'none')]);
    expect(r.asks.map((a) => a.key)).not.toContain('situation.meeting');
    expect(r.output?.next).toBe('no.resources');
  });
});

describe('"When was this?" never offers the meeting still to come as the day they said no', () => {
  const ctx = (statement: string) => ({ context: { statement } as never, event: at('TEXT', 'Mrs Okafor') });
  it('"…at his review on 15 January." (said on 6 December): asked plainly', () => {
    expect(whenParams(ctx('We do not have the staff. We can talk about it at his review on 15 January. Kind regards, Mrs H. Okafor')).key).toBe('triage.ask-when');
  });
  it('a meeting already past is still offered ("At the meeting on 3 December…")', () => {
    const asked = whenParams(ctx('At the meeting on 3 December the team agreed it was not possible.'));
    expect(asked.key).toBe('triage.confirm-when');
    expect(asked.vars?.['when']).toBe('3 December');
  });
});
