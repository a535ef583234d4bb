import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { noPrecedentFlow } from '../../../flows/advice/no-precedent.flow.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noPrecedentFlow.machine;

describe('no.precedent', () => {
  it('brings it back to the child and asks what they need', () => {
    const [snap, actions] = initialTransition(m, HANDOVER);
    expect(snap.value).toBe('need');
    expect(spoken(actions)).toEqual(['no-precedent.intro', 'no-precedent.ask-need']);
  });

  it('walks need → what was tried → what would help, then consistency, next steps and the letter', () => {
    const events = [text('to start with one lesson'), choice('nothing-yet'), text('a soft start in the library')];
    const values = events.map((_, i) => replay(m, HANDOVER, events.slice(0, i + 1)).final.value);
    expect(values).toEqual(['tried', 'wouldHelp', 'done']);

    const r = replay(m, HANDOVER, events);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => [n.kind, n.topic, n.text])).toEqual([
      ['answer', 'precedent.need', 'to start with one lesson'],
      ['answer', 'precedent.tried', 'no-precedent.choice.nothing-yet'],
      ['answer', 'precedent.would-help', 'a soft start in the library'],
      ['next_step', 'precedent.next-step', 'no-precedent.next-step-note'],
    ]);
    expect(spoken(r.effects).slice(-5)).toEqual([
      'no-precedent.consistency',
      'no-precedent.next-steps',
      'common.next-step-by',
      'no-precedent.letter-intro',
      'no-precedent.done',
    ]);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]).toMatchObject({
      template: 'precedent-request',
      vars: { need: 'to start with one lesson', tried: 'no-precedent.letter.nothing-yet', would_help: 'a soft start in the library' },
    });
  });

  it('can skip what was tried and what would help', () => {
    const r = replay(m, HANDOVER, [text('a quiet base'), choice('skip'), choice('skip')]);
    expect(r.done).toBe(true);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic)).toEqual(['precedent.need', 'precedent.next-step']);
    expect(ofType<DraftParams>(r.effects, 'draft')).toHaveLength(1);
  });
});
