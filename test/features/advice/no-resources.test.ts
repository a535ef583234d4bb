import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { noResourcesFlow } from '../../../flows/advice/no-resources.flow.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noResourcesFlow.machine;

describe('no.resources', () => {
  it('acknowledges the limits, then asks about the need', () => {
    const [snap, actions] = initialTransition(m, HANDOVER);
    expect(snap.value).toBe('need');
    expect(spoken(actions)).toEqual(['no-resources.intro', 'no-resources.ask-need']);
  });

  it('walks need → other ways to meet it → who decides, and finishes with a letter', () => {
    const events = [text('a key adult at the door'), text('a TA for the first hour'), text('The SENCO asks the panel, next meets 20 March')];
    const values = events.map((_, i) => replay(m, HANDOVER, events.slice(0, i + 1)).final.value);
    expect(values).toEqual(['options', 'decider', 'done']);

    const r = replay(m, HANDOVER, events);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => [n.kind, n.topic])).toEqual([
      ['answer', 'resources.need'],
      ['answer', 'resources.options'],
      ['answer', 'resources.decider'],
      ['next_step', 'resources.next-step'],
    ]);
    expect(notes[3]).toMatchObject({ text: 'no-resources.next-step-note', category: 'resources', due: '2030-03-20' });
    expect(spoken(r.effects).slice(-6)).toEqual([
      'no-resources.keep-need',
      'no-resources.duty',
      'no-resources.next-steps',
      'common.next-step-by',
      'no-resources.letter-intro',
      'no-resources.done',
    ]);
    const [draft] = ofType<DraftParams>(r.effects, 'draft');
    expect(draft).toMatchObject({
      template: 'resources-request',
      vars: { need: 'a key adult at the door', options: 'a TA for the first hour', who: 'Mrs Patel', nickname: 'Sam' },
    });
  });

  it('lets the parent skip the optional questions and still ends with a next step and a letter', () => {
    const r = replay(m, HANDOVER, [choice('not-sure'), choice('skip'), choice('skip')]);
    expect(r.done).toBe(true);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => n.topic)).toEqual(['resources.need', 'resources.next-step']);
    expect(notes[0]?.text).toBe('no-resources.choice.not-sure');
    expect(notes[1]).toHaveProperty('due', '2030-03-15'); // two weeks after the letter
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars).toMatchObject({ need: '', options: '', decider: '' });
  });
});

describe('no.resources: a "no" dated only by its week', () => {
  it('keeps the week for the letter, never one day of it, and asks no date', () => {
    const input = { ...HANDOVER, saidOn: 'week of 2030-02-25' };
    const r = replay(m, input, [text('a key adult at the door'), choice('skip'), choice('skip')]);
    expect(r.done).toBe(true);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars).toMatchObject({ said_on: 'week of 2030-02-25' });
  });
});

describe('no.resources: who decides', () => {
  it('takes a person\'s name alone as the answer there', () => {
    const r = replay(m, HANDOVER, [text('a key adult at the door'), choice('not-sure'), text('Mrs Patel')]);
    expect(r.done).toBe(true);
    expect(ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'resources.decider')?.text).toBe('Mrs Patel');
  });
});
