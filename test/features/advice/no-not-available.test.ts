import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { noNotAvailableFlow } from '../../../flows/advice/no-not-available.flow.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noNotAvailableFlow.machine;

describe('no.not_available', () => {
  it('sets the programme aside and asks what stands in the way', () => {
    const [snap, actions] = initialTransition(m, HANDOVER);
    expect(snap.value).toBe('barrier');
    expect(spoken(actions)).toEqual(['no-not-available.intro', 'no-not-available.ask-barrier']);
  });

  it('walks barrier → helpful parts → what could be adapted, and drafts a need-based request', () => {
    const events = [text('the noise in the corridors'), text('a small group'), text('the nurture room')];
    const values = events.map((_, i) => replay(m, HANDOVER, events.slice(0, i + 1)).final.value);
    expect(values).toEqual(['helps', 'ideas', 'done']);

    const r = replay(m, HANDOVER, events);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => [n.kind, n.topic])).toEqual([
      ['answer', 'not_available.barrier'],
      ['answer', 'not_available.helpful-parts'],
      ['answer', 'not_available.adapt'],
      ['next_step', 'not_available.next-step'],
    ]);
    expect(spoken(r.effects).slice(-5)).toEqual([
      'no-not-available.reframe',
      'no-not-available.next-steps',
      'common.next-step-by',
      'no-not-available.letter-intro',
      'no-not-available.done',
    ]);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]).toMatchObject({
      template: 'need-request',
      vars: { barrier: 'the noise in the corridors', helps: 'a small group', ideas: 'the nurture room', nickname: 'Sam' },
    });
  });

  it('still ends with a next step and a letter when the parent is unsure and skips', () => {
    const r = replay(m, HANDOVER, [choice('not-sure'), choice('skip'), choice('not-sure')]);
    expect(r.done).toBe(true);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => n.topic)).toEqual(['not_available.barrier', 'not_available.adapt', 'not_available.next-step']);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars).toMatchObject({ barrier: '', helps: '', ideas: '' });
  });
});
