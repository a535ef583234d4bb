/**
 * Thirteenth walk, W13-2 (the letter half): "bad morning maybe 8" was read as a day ("maybe 8"
 * as "May 8"): "You mentioned maybe 8. Is that when they said it?". A word that only begins like
 * a month ("maybe", "decided", "marks", "junk") is not one; the months themselves still are.
 */
import { describe, expect, it } from 'vitest';
import { dayNamedIn, dueFrom, isOnlyADay, whenSaid } from '../../../flows/advice/parent-answers.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { classified, ofType, replay, text } from '../flow-paths.js';
import type { AskParams } from '../../../src/core/flow-kit.js';

describe('a number after a word that only looks like a month is not a day', () => {
  it.each(['jj went in at 10 came home at 12 after a meltdown in maths, bad morning maybe 8', 'they decided 14 days was enough', 'he got marks 7 and 9', 'it was maybe 3', 'the marching 3 times', 'they were marching 3 abreast', 'aprils 4', 'junk 5'])('%j names no day', (words) => {
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
    // Misspelt the usual ways (review11 2): a slip of one letter, dropped, doubled or swapped.
    ['it was 16 Janaury', '16 Janaury'],
    ['Agust 3 they rang', 'Agust 3'],
    ['the email of 5 Ocotber said no', '5 Ocotber'],
    ['on 2 Januar she phoned', '2 Januar'],
    ['9 Aprill was the meeting', '9 Aprill'],
    ['on 21 Novmber they wrote', '21 Novmber'],
  ])('%j still names %j', (words, day) => {
    expect(dayNamedIn(words)).toBe(day);
  });

  it.each([
    ['16 Janaury', '2026-01-16', '2027-01-16'],
    ['Agust 3', '2026-08-03', '2027-08-03'],
    ['5 Ocotber', '2026-10-05', '2027-10-05'],
    ['2 Januar', '2026-01-02', '2027-01-02'],
    ['9 Aprill', '2026-04-09', '2027-04-09'],
  ])('%j is dated: said on %s, due on %s', (words, said, due) => {
    expect(whenSaid({ type: 'TEXT', text: words, at: '2026-12-07T12:00:00.000Z', day: '2026-12-07' })).toBe(said);
    expect(dueFrom(words, '2026-12-07T12:00:00.000Z')).toBe(due);
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
