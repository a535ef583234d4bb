/**
 * The silence letter's "the day I'm asking to hear by" is a date written out when one was read
 * ("friday 29 march" typed: 29 March 2030 in the letter, the day the next step is due), and the
 * parent's words only when none was. By effects and variables.
 */
import { describe, expect, it } from 'vitest';
import { silenceFlow } from '../../../flows/advice/situations.js';
import type { DraftParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { HANDOVER, choice, ofType, replay, text } from '../flow-paths.js';

const letterBy = (byWhen: FlowEvent) => {
  const r = replay(silenceFlow.machine, HANDOVER, [text('emailed 30 Nov, again 11 Dec, no reply to either'), choice('none'), byWhen]);
  const draft = ofType<DraftParams>(r.effects, 'draft')[0];
  const step = ofType<NoteParams>(r.effects, 'note').find((n) => n.kind === 'next_step');
  return { by: draft?.vars['by_when'], due: step?.due };
};

describe('the silence letter: the day asked for', () => {
  it('is the date read from the words, written out, and the next step is due that day', () => {
    // The school's words were noted on 28 February 2030 (HANDOVER).
    const { by, due } = letterBy(text('friday 29 march'));
    expect(due).toBe('2030-03-29');
    expect(by).toBe('29 March 2030');
  });

  it('keeps the words when no date can be read from them', () => {
    expect(letterBy(text('whenever the head is free')).by).toBe('whenever the head is free');
  });
});
