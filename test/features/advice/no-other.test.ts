import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { noOtherFlow } from '../../../flows/advice/no-other.flow.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noOtherFlow.machine;

describe('no.other', () => {
  it('starts gently with what the parent hoped for', () => {
    const [snap, actions] = initialTransition(m, HANDOVER);
    expect(snap.value).toBe('hoped');
    expect(spoken(actions)).toEqual(['no-other.intro', 'no-other.ask-hoped']);
  });

  it('walks hoped → one thing → barrier and ends in a need-based request', () => {
    const events = [text('that they would try a later start'), text('a later start'), text('mornings are very anxious')];
    const values = events.map((_, i) => replay(m, HANDOVER, events.slice(0, i + 1)).final.value);
    expect(values).toEqual(['oneThing', 'barrier', 'done']);

    const r = replay(m, HANDOVER, events);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => [n.kind, n.topic])).toEqual([
      ['answer', 'other.hoped'],
      ['answer', 'other.one-thing'],
      ['answer', 'other.barrier'],
      ['next_step', 'other.next-step'],
    ]);
    expect(spoken(r.effects).slice(-5)).toEqual(['no-other.focus', 'no-other.next-steps', 'common.next-step-by', 'no-other.letter-intro', 'no-other.done']);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]).toMatchObject({
      template: 'need-request',
      vars: { helps: 'a later start', barrier: 'mornings are very anxious', ideas: '', who: 'Mrs Patel' },
    });
    expect(r.final.output).toEqual({});
  });

  it('skips what they hoped for without a note', () => {
    const r = replay(m, HANDOVER, [choice('skip'), choice('not-sure'), choice('skip')]);
    expect(r.done).toBe(true);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic)).toEqual(['other.one-thing', 'other.next-step']);
  });
});

describe('no.other: a person\'s name alone, typed a question early', () => {
  it('is not kept as what stops the child getting in: said so, and the question asked again', () => {
    const r = replay(m, HANDOVER, [text('half days'), text('finishing at 12'), text('mrs mcauley')]);
    expect(r.final.value).toBe('barrier');
    expect(spoken(r.effects).slice(-2)).toEqual(['common.person-not-answer', 'no-other.ask-barrier']);
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic)).not.toContain('other.barrier');
    // A sentence naming the teacher is the parent's answer.
    expect(replay(m, HANDOVER, [text('half days'), text('finishing at 12'), text('Mrs McAuley shouts at him in maths')]).final.value).toBe('done');
  });
});
