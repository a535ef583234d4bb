/**
 * Twenty-first walk, after the merges: at "Did Jaylen get into school today?", "he made it in for
 * 2nd period but texted me at lunch to come get him" is now read as part of the day, and the rest
 * of the morning's account ("texted me at lunch to come get him") went nowhere. An attendance read
 * from a sentence is a typed answer read in part: the flow declares it (readPart), and the engine
 * keeps what the words add beyond the attendance. By state ids and the declared part.
 */
import { describe, expect, it } from 'vitest';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { FlowEvent } from '../../../src/core/flow-kit.js';
import { run } from './flow-steps.js';

const AT = '2026-12-08T10:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const INPUT = { children: ['Jaylen'], nickname: 'Jaylen', date: '2026-12-08', day: 'Tue 8 Dec', isToday: true, prompted: false, logged: [], tip: false };

describe('W21: attendance read from a sentence keeps the rest of it', () => {
  it.each([
    ['he made it in for 2nd period but texted me at lunch to come get him', 'hours'],
    ["he didn't go in, screamed in the car for an hour", 'difficulty'],
  ])('%j: read, and the rest declared for keeping', (typed, next) => {
    const s = run(dailyLogFlow.machine, INPUT).send(text(typed));
    expect(s.state).toBe(next);
    expect(s.parts).toEqual([expect.objectContaining({ text: typed })]);
  });

  it('a button is read whole: nothing declared', () => {
    const s = run(dailyLogFlow.machine, INPUT).send({ type: 'CHOICE', id: 'partial', at: AT, day: AT.slice(0, 10) });
    expect(s.parts).toEqual([]);
  });
});
