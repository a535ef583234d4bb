/**
 * Mends of 7 December (afternoon), 1, at "What do I say next?": the school's words agree to try
 * something with a review ("we'll try the quiet room for a fortnight and see how it goes"). After
 * the advice, and the meeting's place, the review day is offered as a date to watch; then the
 * letter, as before. Words that agree nothing go straight to the letter's offer.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { choice, classified, ofType, replay } from '../flow-paths.js';

const m = sayNextFlow.machine;
const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'she' });
// Friday 1 March 2030 (flow-paths' day): a fortnight on is Friday 15 March.
const TRIAL = "We can't give her a 1:1, but we'll try the quiet room at lunch for a fortnight and see how it goes.";

describe('say-next: a trial with a review in the school\'s words', () => {
  it('is offered after the advice, then the letter', () => {
    const asked = replay(m, { statement: TRIAL, profile: ENGLAND }, [classified('resources', true)]);
    expect(asked.final.value).toBe('review');
    expect(ofType<AskParams>(asked.effects, 'ask').at(-1)).toMatchObject({ key: 'review.offer', vars: { date: '15 March 2030' } });
    const kept = replay(m, { statement: TRIAL, profile: ENGLAND }, [classified('resources', true), choice('keep-review')]);
    expect(ofType<NoteParams>(kept.effects, 'note')).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: 'review.date', due: '2030-03-15' }));
    expect(kept.final.value).toBe('offer');
  });

  it('words that agree nothing: the letter\'s offer, as before', () => {
    const r = replay(m, { statement: "We don't have the staff for a 1:1.", profile: ENGLAND }, [classified('resources', true)]);
    expect(r.final.value).toBe('offer');
  });
});
