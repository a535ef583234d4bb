/**
 * Thirteenth walk, W13-2 (the letter half): "bad morning maybe 8" was read as a day ("maybe 8"
 * as "May 8"): "You mentioned maybe 8. Is that when they said it?". A word that only begins like
 * a month ("maybe", "decided", "marks", "junk") is not one; the months themselves still are.
 */
import { describe, expect, it } from 'vitest';
import { dayNamedIn, isOnlyADay } from '../../../flows/advice/parent-answers.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { classified, ofType, replay, text } from '../flow-paths.js';
import type { AskParams } from '../../../src/core/flow-kit.js';

describe('a number after a word that only looks like a month is not a day', () => {
  it.each(['jj went in at 10 came home at 12 after a meltdown in maths, bad morning maybe 8', 'they decided 14 days was enough', 'he got marks 7 and 9', 'it was maybe 3'])('%j names no day', (words) => {
    expect(dayNamedIn(words)).toBeUndefined();
  });

  it.each([
    ['they said so on May 8', 'May 8'],
    ['it was 3 Febuary', '3 Febuary'],
    ['on 12 September they wrote', '12 September'],
    ['on 8 May she phoned', '8 May'],
    ['she emailed on March 3rd', 'March 3rd'],
    ['the letter of 14 Dec said no', '14 Dec'],
    ['sept 9 was the meeting', 'sept 9'],
  ])('%j still names %j', (words, day) => {
    expect(dayNamedIn(words)).toBe(day);
  });

  it('"maybe 8" is not only a day', () => {
    expect(isOnlyADay('maybe 8')).toBe(false);
  });

  it('triage asks when they said it plainly, never "You mentioned maybe 8"', () => {
    const input = { statement: 'jj went in at 10 came home at 12 after a meltdown in maths, bad morning maybe 8', children: [], startedAt: '2027-01-07T20:05:00.000Z' };
    const r = replay(triageFlow.machine, input, [text('JJ'), text('part time timetable'), classified('other', true), text('The team, at a meeting')]);
    const asks = ofType<AskParams>(r.effects, 'ask').map((a) => a.key);
    expect(asks.at(-1)).toBe('triage.ask-when');
  });
});
