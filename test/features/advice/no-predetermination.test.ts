import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { noPredeterminationFlow } from '../../../flows/advice/no-predetermination.flow.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noPredeterminationFlow.machine;

describe('no.predetermination', () => {
  it('acknowledges, then asks what was decided', () => {
    const [snap, actions] = initialTransition(m, HANDOVER);
    expect(snap.value).toBe('decision');
    expect(spoken(actions)).toEqual(['no-predetermination.intro', 'no-predetermination.ask-decision']);
  });

  it('walks decision → who and when → were views considered → next meeting', () => {
    const events = [text('no change to the timetable'), choice('before-meeting'), choice('no-chance'), text('Tuesday 12 March')];
    const values = events.map((_, i) => replay(m, HANDOVER, events.slice(0, i + 1)).final.value);
    expect(values).toEqual(['decidedBy', 'views', 'nextMeeting', 'done']);
  });

  it('offers plain buttons for whether views were considered', () => {
    const r = replay(m, HANDOVER, [text('no change'), choice('at-meeting')]);
    const ask = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(ask?.key).toBe('no-predetermination.ask-views');
    expect(ask?.choices?.map((c) => c.id)).toEqual(['yes', 'partly', 'no', 'no-chance']);
    expect(ask?.freeText).toBe(true);
  });

  it('asks for it in writing, saves a next step due on the meeting date, and drafts the decision-in-writing letter', () => {
    const r = replay(m, HANDOVER, [
      text('no change to the timetable'),
      text('the head, told me on the phone the day before'),
      text('they did not read the report from the psychologist'),
      text('Tuesday 12 March'),
    ]);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => [n.kind, n.topic])).toEqual([
      ['answer', 'predetermination.decision'],
      ['answer', 'predetermination.decided-by'],
      ['answer', 'predetermination.views-considered'],
      ['answer', 'predetermination.next-meeting'],
      ['next_step', 'predetermination.next-step'],
    ]);
    expect(notes[4]).toMatchObject({ due: '2030-03-12', category: 'predetermination' });
    expect(spoken(r.effects).slice(-6)).toEqual([
      'no-predetermination.in-writing',
      'no-predetermination.before-meeting',
      'no-predetermination.next-steps',
      // The meeting's own day, said as the meeting (concerns go in before it), not "if nothing has moved by then, follow up" (eleventh walk W11-10).
      'no-predetermination.next-step-on',
      'no-predetermination.letter-intro',
      'no-predetermination.done',
    ]);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]).toMatchObject({
      template: 'decision-in-writing',
      vars: {
        decision: 'no change to the timetable',
        decided_by: 'the head, told me on the phone the day before',
        concerns: 'they did not read the report from the psychologist',
        next_meeting: 'Tuesday 12 March',
      },
    });
  });

  it('records button answers by their label keys and, without a meeting, dates the next step two weeks on', () => {
    const r = replay(m, HANDOVER, [choice('not-sure'), choice('at-meeting'), choice('partly'), choice('none-yet')]);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => n.text)).toEqual([
      'no-predetermination.choice.not-sure',
      'no-predetermination.choice.at-meeting',
      'no-predetermination.choice.partly',
      'no-predetermination.choice.none-yet',
      'no-predetermination.next-step-note',
    ]);
    expect(notes[4]).toHaveProperty('due', '2030-03-15'); // two weeks after the letter
    // No meeting named: the diary day is two weeks on, to follow up then.
    expect(spoken(r.effects)).toContain('common.next-step-by');
    expect(spoken(r.effects)).not.toContain('no-predetermination.next-step-on');
    // Chosen buttons become the letter's first-person sentences; "not sure" stays a blank.
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars).toMatchObject({
      decision: '',
      decided_by: 'no-predetermination.letter.at-meeting',
      concerns: 'no-predetermination.letter.partly',
      next_meeting: '',
    });
  });

  it('lets the parent skip the meeting question', () => {
    const r = replay(m, HANDOVER, [text('no change'), text('head'), choice('no'), choice('skip')]);
    expect(r.done).toBe(true);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic)).not.toContain('predetermination.next-meeting');
  });
});
