/**
 * Left by the eighth walk (E-L1): the school's words given at "What do I say next?" with a
 * meeting still to come ("his review on 15 April") offered no date to watch, as triage's path
 * does. Now, after the advice and before the letter's offer, the meeting is read back in the
 * family's order of day and month and kept with a tap, retyped, or left out. Words already in the
 * notes were offered when they were noted, so they are not offered again.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { choice, classified, ofType, replay, text } from '../flow-paths.js';

const m = sayNextFlow.machine;
const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he' });
const US = JSON.stringify({ place: 'us', region: 'California', plan: 'assessing', pronouns: 'she' });
const REVIEW = "We don't have the staff for that. We can talk about it at his review on 15 April.";
const meetingAsks = (effects: Parameters<typeof ofType>[0]) => ofType<AskParams>(effects, 'ask').filter((a) => a.key === 'situation.meeting');
const meetingNotes = (effects: Parameters<typeof ofType>[0]) => ofType<NoteParams>(effects, 'note').filter((n) => n.topic === 'meeting.to-come');

describe('say-next: a meeting still to come in the school\'s words (on Friday 1 March 2030)', () => {
  it('is offered after the advice, in the family\'s words, and kept with a tap; then the letter is offered', () => {
    const asked = replay(m, { statement: REVIEW, profile: ENGLAND }, [classified('resources', true)]);
    expect(asked.final.value).toBe('meeting');
    expect(meetingAsks(asked.effects)).toEqual([expect.objectContaining({ vars: { date: '15 April 2030' } })]);

    const kept = replay(m, { statement: REVIEW, profile: ENGLAND }, [classified('resources', true), choice('yes')]);
    expect(kept.final.value).toBe('offer');
    expect(meetingNotes(kept.effects)).toEqual([{ kind: 'next_step', topic: 'meeting.to-come', text: 'situation.meeting-note', category: 'resources', due: '2030-04-15' }]);
  });

  it('a US family reads it month first, and a day typed instead is kept and read back', () => {
    const words = 'We are not able to test her this term. The next IEP meeting is on 4/12.';
    const asked = replay(m, { statement: words, profile: US }, [classified('not_available', true)]);
    expect(meetingAsks(asked.effects)[0]?.vars?.['date']).toBe('April 12, 2030');
    const typed = replay(m, { statement: words, profile: US }, [classified('not_available', true), text('it got moved to 4/19')]);
    expect(meetingNotes(typed.effects)).toEqual([expect.objectContaining({ due: '2030-04-19' })]);
    expect(ofType<SayParams>(typed.effects, 'say')).toContainEqual({ key: 'situation.meeting-kept', vars: { date: 'April 19, 2030' } });
    expect(typed.final.value).toBe('offer');
  });

  it('"No, leave it out" keeps nothing; no meeting, or one already past, asks nothing', () => {
    const left = replay(m, { statement: REVIEW, profile: ENGLAND }, [classified('resources', true), choice('no')]);
    expect(meetingNotes(left.effects)).toEqual([]);
    expect(left.final.value).toBe('offer');
    for (const words of ["We don't have the staff for that.", "At the review meeting on 3 December we agreed we don't have the staff."]) {
      const r = replay(m, { statement: words, profile: ENGLAND }, [classified('resources', true)]);
      expect(r.final.value).toBe('offer');
      expect(meetingAsks(r.effects)).toEqual([]);
    }
  });

  it('the last thing noted, chosen again, is not offered again (it was when it was noted)', () => {
    const recent = { text: REVIEW, when: 'Thu 3 Dec', category: 'resources' };
    const r = replay(m, { recent, profile: ENGLAND }, [choice('recent')]);
    expect(r.final.value).toBe('offer');
    expect(meetingAsks(r.effects)).toEqual([]);
  });
});
