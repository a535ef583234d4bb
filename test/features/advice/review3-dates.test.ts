/**
 * Found by the read-only review of 7 December: number ranges ("in 1-2 weeks", "from 3-4 pm",
 * "in 10-14 days") were read as calendar dates months away, in due dates and in a meeting still
 * to come; a family whose order of day and month is not known yet (no profile) had "2/1" read day
 * first; and the meeting's question came back word for word on any other typed answer.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, FlowEvent, NoteParams, PartReadParams } from '../../../src/core/flow-kit.js';
import { dateOrder, dueFrom } from '../../../flows/advice/parent-answers.js';
import { meetingToCome } from '../../../flows/advice/meeting-day.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { AT, choice, classified, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const TODAY = AT.slice(0, 10);

describe('ranges and amounts are not dates', () => {
  it.each(['in 1-2 weeks', 'within 2-3 weeks', 'in 10-14 days', 'give it 1.5 weeks', 'about 1/2 hour', 'in 2-4 weeks time'])('%j names no due date (either order)', (words) => {
    expect(dueFrom(words, AT, true)).toBeUndefined();
    expect(dueFrom(words, AT, false)).toBeUndefined();
  });

  it.each(['Let us discuss it at the review meeting on Thursday from 3-4 pm.', 'We will hold a meeting 1-2 weeks into April.', 'The review is in 10-14 days.'])('%j offers no meeting', (words) => {
    expect(meetingToCome(words, TODAY, true)).toBeUndefined();
    expect(meetingToCome(words, TODAY, false)).toBeUndefined();
  });

  it('dates in numbers still read: 12/18, 18.12.2030, 3-4-31, 2030-12-18', () => {
    expect(dueFrom('by 12/18', AT, true)).toBe('2030-12-18');
    expect(dueFrom('by 18.12.2030', AT, false)).toBe('2030-12-18');
    expect(dueFrom('by 3-4-31', AT, false)).toBe('2031-04-03');
    expect(dueFrom('by 2030-12-18', AT, false)).toBe('2030-12-18');
  });
});

describe('no profile yet: the order of day and month is not known, so numbers are left alone', () => {
  it('dateOrder: month first in the US, day first elsewhere, unknown without a profile', () => {
    expect(dateOrder({ monthFirst: 'yes', profile: '{"place":"us"}' })).toBe(true);
    expect(dateOrder({ monthFirst: '', profile: '{"place":"england"}' })).toBe(false);
    expect(dateOrder({ monthFirst: '', profile: '' })).toBeUndefined();
  });

  it('"What do I say next?" with no profile offers no meeting from "4/5", but does from "1 April"', () => {
    const numbers = replay(sayNextFlow.machine, { statement: 'We cannot test him yet. The next IEP meeting is on 4/5.' }, [classified('not_available', true)]);
    expect(ofType<AskParams>(numbers.effects, 'ask').map((a) => a.key)).not.toContain('situation.meeting');
    const words = replay(sayNextFlow.machine, { statement: 'We cannot test him yet. The next IEP meeting is on 1 April.' }, [classified('not_available', true)]);
    expect(ofType<AskParams>(words.effects, 'ask').map((a) => a.key)).toContain('situation.meeting');
  });

  it('a kind-of-no due date typed in numbers with no profile is no date to watch', () => {
    const events: FlowEvent[] = [choice('not-said'), text('they expect me to keep a log'), choice('nothing-yet'), text('by 4/5')];
    const notes = ofType<NoteParams>(replay(noDataFlow.machine, { ...HANDOVER }, events).effects, 'note');
    const due = notes.find((n) => n.kind === 'next_step')?.due;
    expect(due).toBeDefined();
    expect(['2030-05-04', '2030-04-05']).not.toContain(due);
  });
});

describe('the meeting question, answered with words that are no date', () => {
  it('says what it needs before asking again', () => {
    const statement = 'We cannot test him yet. The next IEP meeting is on 1 April.';
    const r = replay(sayNextFlow.machine, { statement, profile: '{"place":"england","plan":"none","pronouns":"he"}' }, [classified('not_available', true), text('not sure, it might move')]);
    expect(r.final.value).toBe('meeting');
    // Declared unread: the engine says what the question needs when the words add nothing, else keeps them (typed21).
    expect(ofType<PartReadParams>(r.effects, 'readPart')).toEqual([expect.objectContaining({ otherwise: 'situation.meeting-unread' })]);
  });
});
