/**
 * Left by the third walk (T-L3): a nickname typed in lower case ("ollie") was echoed so in every
 * question ("If one thing could change for ollie…"). A single all-lower-case word is given its
 * capital; anything else is kept as the parent typed it.
 */
import { describe, expect, it } from 'vitest';
import type { OpenCaseParams } from '../../../src/core/flow-kit.js';
import { nicknameFrom } from '../../../flows/advice/school-words.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import { ofType, replay, text } from '../flow-paths.js';

describe('a nickname typed in lower case', () => {
  it.each([
    ['ollie', 'Ollie'],
    ['bea', 'Bea'],
    ['j', 'J'],
    ["de'shawn", "De'shawn"],
    ['Ollie', 'Ollie'],
    ['little bear', 'little bear'],
    ['McKenzie', 'McKenzie'],
    ['bEA', 'bEA'],
  ])('%j is kept as %j', (typed, kept) => expect(nicknameFrom(typed)).toBe(kept));

  it('triage opens the case with the capital', () => {
    const r = replay(triageFlow.machine, { children: [], nickname: '' }, [text('ollie')]);
    expect(ofType<OpenCaseParams>(r.effects, 'openCase').map((p) => p.nickname)).toEqual(['Ollie']);
  });

  it('the daily log names the child with the capital', () => {
    const input = { children: [], nickname: '', date: '2026-11-24', day: 'Tue 24 Nov', isToday: true, prompted: false, logged: [], tip: false };
    const r = replay(dailyLogFlow.machine, input, [text('bea')]);
    expect(r.final.context.nickname).toBe('Bea');
  });
});
