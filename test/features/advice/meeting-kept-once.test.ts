/**
 * Left by the review of 7 December: the same school words typed again at "What do I say next?"
 * offered the meeting still to come again, and keeping it noted a second next step with the same
 * date. A meeting whose day is already kept as a date to watch (this child's notes, or the
 * parent's with no child open) is not offered again: a line says it is already kept. A day typed
 * at the question that is already kept is read back, not noted twice. The same in the situation
 * question triage's path passes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AskParams, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { choice, classified, ofType, replay, text } from '../flow-paths.js';
import { choice as tap, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he' });
const US = JSON.stringify({ place: 'us', region: 'California', plan: 'assessing', pronouns: 'she' });
const REVIEW = "We don't have the staff for that. We can talk about it at his review on 15 April.";
const meetingAsks = (effects: Parameters<typeof ofType>[0]) => ofType<AskParams>(effects, 'ask').filter((a) => a.key === 'situation.meeting');
const meetingNotes = (effects: Parameters<typeof ofType>[0]) => ofType<NoteParams>(effects, 'note').filter((n) => n.topic === 'meeting.to-come');
const says = (effects: Parameters<typeof ofType>[0]) => ofType<SayParams>(effects, 'say');

describe('say-next: a meeting already kept (on Friday 1 March 2030)', () => {
  it('is not offered again: a line says it is kept, nothing is noted, and the letter is offered', () => {
    const r = replay(sayNextFlow.machine, { statement: REVIEW, profile: ENGLAND, keptMeetings: ['2030-04-15'] }, [classified('resources', true)]);
    expect(r.final.value).toBe('offer');
    expect(meetingAsks(r.effects)).toEqual([]);
    expect(meetingNotes(r.effects)).toEqual([]);
    expect(says(r.effects)).toContainEqual({ key: 'situation.meeting-already-kept', vars: { date: '15 April 2030' } });
  });

  it('a meeting on another day is still offered', () => {
    const r = replay(sayNextFlow.machine, { statement: REVIEW, profile: ENGLAND, keptMeetings: ['2030-04-22'] }, [classified('resources', true)]);
    expect(r.final.value).toBe('meeting');
    expect(says(r.effects).map((s) => s.key)).not.toContain('situation.meeting-already-kept');
  });

  it('a day typed at the question that is already kept is read back as kept, not noted again', () => {
    const words = 'We are not able to test her this term. The next IEP meeting is on 4/12.';
    const r = replay(sayNextFlow.machine, { statement: words, profile: US, keptMeetings: ['2030-04-19'] }, [classified('not_available', true), text('it got moved to 4/19')]);
    expect(r.final.value).toBe('offer');
    expect(meetingNotes(r.effects)).toEqual([]);
    expect(says(r.effects)).toContainEqual({ key: 'situation.meeting-kept', vars: { date: 'April 19, 2030' } });
  });

  it('kept days that are not days are ignored, and a flow saved before them still offers the meeting', () => {
    const r = replay(sayNextFlow.machine, { statement: REVIEW, profile: ENGLAND, keptMeetings: ['soon', 7, null] }, [classified('resources', true)]);
    expect(r.final.value).toBe('meeting');
  });
});

describe('situation: a meeting already kept', () => {
  it('is not offered again; on to the kind of no', () => {
    const leo = { nickname: 'Leo', category: 'resources', statement: 'We can talk about it at his review on 15 April.', profile: ENGLAND, keptMeetings: ['2030-04-15'] };
    const r = replay(situationFlow.machine, leo, [choice('none')]);
    expect(meetingAsks(r.effects)).toEqual([]);
    expect(meetingNotes(r.effects)).toEqual([]);
    expect(says(r.effects)).toContainEqual({ key: 'situation.meeting-already-kept', vars: { date: '15 April 2030' } });
    expect(r.final.output).toMatchObject({ next: 'no.resources' });
  });
});

let app: TestApp | undefined;
afterEach(() => app?.cleanup());

describe('engine: the same school words given twice at "What do I say next?"', () => {
  it('keeps the meeting once', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    let r = await app.send(command('say', REVIEW));
    expect(lastQuestion(r).key).toBe('situation.meeting');
    r = await app.send(tap('yes', lastQuestion(r).promptId));
    expect(lastQuestion(r).key).toBe('say-next.ask-draft');
    await app.send(tap('no', lastQuestion(r).promptId));
    app.clock.advance(60_000);
    r = await app.send(command('say', REVIEW));
    expect(keys(r)).toContain('situation.meeting-already-kept');
    expect(lastQuestion(r).key).toBe('say-next.ask-draft');
    expect(app.store.listNotes('parent-a').filter((n) => n.topic === 'meeting.to-come').map((n) => n.due)).toEqual(['2027-04-15']);
  });
});
