/**
 * The thirteenth walk (W13-7): with the Head of Year's meeting on 14 January kept to watch, the
 * kind of no said "Put 18 January 2027 in your diary: if nothing has moved by then, that's the day
 * to follow up", a follow-up day after the meeting, without a word of it. Now the next step names
 * the meeting that comes first. By content keys and their variables.
 */
import { describe, expect, it } from 'vitest';
import type { SayParams } from '../../../src/core/flow-kit.js';
import { noOtherFlow } from '../../../flows/advice/no-other.flow.js';
import { HANDOVER, ofType, replay, text } from '../flow-paths.js';

// The replays answer on Friday 1 March 2030: ten school days on is Friday 15 March.
const ANSWERS = [text('for him to be back in school, a few hours at a time'), text('the corridors at changeover'), text('mornings only')];
const nextStep = (keptMeetings: string[]) =>
  ofType<SayParams>(replay(noOtherFlow.machine, { ...HANDOVER, keptMeetings }, ANSWERS).effects, 'say').find((s) => s.key.startsWith('common.next-step'));

describe('the next step, with a meeting kept to watch before it', () => {
  it('names the meeting that comes first', () => {
    expect(nextStep(['2030-03-07'])).toEqual({ key: 'common.next-step-by-meeting', vars: { date: '15 March 2030', meeting: '7 March 2030' } });
  });

  it('a meeting after the day, or gone, or none: as before', () => {
    for (const kept of [['2030-03-20'], ['2030-02-20'], []]) expect(nextStep(kept)?.key, kept.join()).toBe('common.next-step-by');
  });
});
