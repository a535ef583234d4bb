/**
 * The thirteenth walk (W13-11): a mother told of a decision made before the meeting, after the
 * meeting ("found out when i walked in today"), and was told "Sending your concerns in writing
 * beforehand…"; the letter asked for the minutes without naming the meeting's day or who was there.
 * Now, when the meeting has happened (heard at it, told as "The team, at a meeting", or a kept
 * meeting day gone), the advice is for after it and the letter names the day and the school's
 * people there, when known. By state ids, content keys and letter variables.
 */
import { describe, expect, it } from 'vitest';
import type { DraftParams, FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';
import { noPredeterminationFlow } from '../../../flows/advice/no-predetermination.flow.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noPredeterminationFlow.machine;
// The replays answer on Friday 1 March 2030.
const AFTER: FlowEvent[] = [
  text('no part time timetable, a support plan they wrote without me'),
  text('Mr Okafor and Mrs Fenwick, they\'d agreed as a team before. found out when i walked in today'),
  text('no. when i tried to say about him being sick every morning mr okafor said the decision has been made'),
  choice('none-yet'),
];
const draftOf = (events: FlowEvent[], input: FlowInput = HANDOVER) => ofType<DraftParams>(replay(m, input, events).effects, 'draft')[0];

describe('predetermination told after the meeting', () => {
  it('heard at the meeting: advice for after it, never "beforehand"', () => {
    const said = spoken(replay(m, HANDOVER, AFTER).effects);
    expect(said).toContain('no-predetermination.after-meeting');
    expect(said).not.toContain('no-predetermination.before-meeting');
  });

  it('"I first heard at the meeting" chosen, or "The team, at a meeting" in triage, is after it too', () => {
    const chosen = spoken(replay(m, HANDOVER, [text('no change'), choice('at-meeting'), choice('no'), choice('none-yet')]).effects);
    expect(chosen).toContain('no-predetermination.after-meeting');
    const team = spoken(replay(m, { ...HANDOVER, who: 'meeting' }, [text('no change'), choice('not-sure'), choice('no'), choice('none-yet'), text('Mr Okafor')]).effects);
    expect(team).toContain('no-predetermination.after-meeting');
  });

  it('the letter names the meeting\'s day (heard there: the day it was said) and the school\'s people there', () => {
    const draft = draftOf(AFTER, { ...HANDOVER, saidOn: '2030-03-01' });
    expect(draft?.vars['meeting_on']).toBe('2030-03-01');
    expect(draft?.vars['met_with']).toBe('Mr Okafor and Mrs Fenwick');
  });

  it('a meeting kept as a date to watch, now gone, is the meeting\'s day', () => {
    const draft = draftOf([text('no change'), choice('not-sure'), choice('no'), choice('none-yet')], { ...HANDOVER, keptMeetings: ['2030-02-27'] });
    expect(draft?.vars['meeting_on']).toBe('2030-02-27');
    expect(spoken(replay(m, { ...HANDOVER, keptMeetings: ['2030-02-27'] }, [text('no change'), choice('not-sure'), choice('no'), choice('none-yet')]).effects)).toContain('no-predetermination.after-meeting');
  });

  it('told before the meeting: as before, and no meeting lines', () => {
    const events = [text('no change to the timetable'), choice('before-meeting'), choice('no-chance'), text('Tuesday 12 March')];
    const said = spoken(replay(m, HANDOVER, events).effects);
    expect(said).toContain('no-predetermination.before-meeting');
    expect(said).not.toContain('no-predetermination.after-meeting');
    const draft = draftOf(events);
    expect(draft?.vars['meeting_on'] ?? '').toBe('');
    expect(draft?.vars['met_with'] ?? '').toBe('');
  });
});
