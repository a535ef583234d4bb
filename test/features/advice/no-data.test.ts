import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noDataFlow.machine;

describe('no.data', () => {
  it('opens by acknowledging, then asks which data is missing', () => {
    const [snap, actions] = initialTransition(m, HANDOVER);
    expect(snap.value).toBe('missing');
    expect(actions.map((a) => a.type)).toEqual(['say', 'ask']);
    const [ask] = ofType<AskParams>(actions, 'ask');
    expect(ask?.key).toBe('no-data.ask-missing');
    expect(ask?.choices?.map((c) => c.id)).toEqual(['not-said', 'not-sure']);
    expect(ask?.freeText).toBe(true);
  });

  it('walks which data → how → meanwhile → who and when', () => {
    const states: unknown[] = [];
    let r = replay(m, HANDOVER, []);
    for (const e of [text('attendance'), text('home visits'), text('nothing'), text('Ms Lee by 14 March')]) {
      r = replay(m, HANDOVER, [...r.events, e]);
      states.push(r.final.value);
    }
    expect(states).toEqual(['collection', 'meanwhile', 'byWhen', 'done']);
    expect(r.final.output).toEqual({});
  });

  it('notes every answer, then says the next steps, saves one with its due date, and drafts the letter', () => {
    const r = replay(m, HANDOVER, [text('attendance patterns'), text('they did not say'), choice('nothing-yet'), text('Ms Lee by 14 March')]);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => [n.kind, n.topic])).toEqual([
      ['answer', 'data.missing'],
      ['answer', 'data.collection'],
      ['answer', 'data.meanwhile'],
      ['answer', 'data.by-when'],
      ['next_step', 'data.next-step'],
    ]);
    expect(notes[2]?.text).toBe('no-data.choice.nothing-yet');
    expect(notes[4]).toMatchObject({ text: 'no-data.next-step-note', category: 'data', due: '2030-03-14' });

    expect(spoken(r.effects).slice(-7)).toEqual([
      'no-data.already-data',
      'no-data.own-figures',
      'no-data.suggest-log',
      'no-data.next-steps',
      'common.next-step-by',
      'no-data.letter-intro',
      'no-data.done',
    ]);
    const [draft] = ofType<DraftParams>(r.effects, 'draft');
    expect(draft?.template).toBe('data-request');
    // Real dates, written out (day first: no profile, so not the US).
    expect(draft?.vars).toMatchObject({
      date: '1 March 2030',
      who: 'Mrs Patel',
      nickname: 'Sam',
      said_on: '28 February 2030',
      request: HANDOVER.request,
      // Confirmed as the school's in triage, and in their voice: quoted.
      statement: `"${String(HANDOVER.statement)}"`,
      missing_data: 'attendance patterns',
      collection: 'you did not say',
      // "Nothing yet" is stated in the letter as a sentence, not left blank.
      meanwhile: 'no-data.letter.nothing-yet',
      by_when: 'Ms Lee by 14 March',
    });
  });

  it('skips optional questions without a note, leaves their letter lines blank, and dates the next step two weeks on', () => {
    // Only a role was given ("senco"): the letter asks for a name first; the parent skips it.
    const r = replay(m, { ...HANDOVER, who: 'senco' }, [choice('not-said'), choice('skip'), text('a reduced timetable'), choice('skip'), choice('skip')]);
    expect(r.done).toBe(true);
    // The name was asked for; then the parent's own words were checked before the letter.
    expect(ofType<AskParams>(r.effects, 'ask').slice(-2).map((a) => a.key)).toEqual(['facts.ask-recipient', 'facts.check-wording']);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => n.topic)).toEqual(['data.missing', 'data.meanwhile', 'data.next-step']);
    expect(notes[2]).toHaveProperty('due', '2030-03-15'); // two weeks after the letter
    const [draft] = ofType<DraftParams>(r.effects, 'draft');
    expect(draft?.vars).toMatchObject({ who: '', missing_data: 'no-data.letter.not-said', collection: '', by_when: '', meanwhile: 'a reduced timetable', date: '1 March 2030' });
  });

  it.each(['not sure', 'ok', 'dunno'])('%j at "who should the letter go to?" leaves it blank, as the button does; a sentence with no name is asked again', (unsure) => {
    const upTo = [choice('not-said'), choice('skip'), text('a reduced timetable'), choice('skip')];
    const blank = replay(m, { ...HANDOVER, who: 'senco' }, [...upTo, text(unsure)]);
    expect(ofType<AskParams>(blank.effects, 'ask').at(-1)?.key).toBe('facts.check-wording');
    expect(ofType<NoteParams>(blank.effects, 'note').map((n) => n.topic)).not.toContain('facts.recipient');
    const sentence = replay(m, { ...HANDOVER, who: 'senco' }, [...upTo, text('they said they would look at it next week')]);
    expect(spoken(sentence.effects).slice(-2)).toEqual(['facts.recipient-unclear', 'facts.ask-recipient']);
  });

  it('clips a long statement for the letter', () => {
    const long = 'We need more data. '.repeat(60);
    const r = replay(m, { ...HANDOVER, statement: long }, [choice('not-said'), choice('skip'), choice('not-said'), choice('skip')]);
    const [draft] = ofType<DraftParams>(r.effects, 'draft');
    expect(draft?.vars.statement?.length).toBeLessThanOrEqual(400);
  });
});
