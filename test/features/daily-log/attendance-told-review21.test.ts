/**
 * review21 R11: at "Did Mia get into school today?", "yes she went in but it was hard" and "nope,
 * in bed all day" were kept as words and the question asked again, though each says how much of
 * the day she was in. A day in, told with how it went, is a full day (unless it says how much:
 * "only for an hour" is not); in bed all day is a day at home. By the reading and the flow's saves.
 */
import { describe, expect, it } from 'vitest';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { FlowEvent } from '../../../src/core/flow-kit.js';
import { parseAttendance } from '../../../src/features/daily-log/parse.js';
import { run } from './flow-steps.js';

const AT = '2026-12-08T10:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const INPUT = { children: ['Mia'], nickname: 'Mia', date: '2026-12-08', day: 'Tue 8 Dec', isToday: true, prompted: false, logged: [], tip: false };

describe('attendance told with how the day went (review21 R11)', () => {
  it.each([
    ['yes she went in but it was hard', 'full'],
    ['she went in and was fine', 'full'],
    ['yep he got in, not happy about it', 'full'],
    ['nope, in bed all day', 'absent'],
    ['in bed all day again', 'absent'],
  ] as const)('"%s" is %s, the day saved and the question not asked again', (typed, attendance) => {
    expect(parseAttendance(typed)).toBe(attendance);
    const s = run(dailyLogFlow.machine, INPUT).send(text(typed));
    expect(s.state).not.toBe('attendance');
    // Begun with the attendance, or taken whole as a day told with its reason ("not happy about it").
    expect(s.saves.filter((v) => ['start', 'told'].includes(v.op)).map((v) => (v as { attendance?: string }).attendance)).toEqual([attendance]);
  });

  it.each([
    ['she went in but only for an hour', null],
    ['went in but came home at lunch', 'partial'],
    ['went in late but it was hard', 'partial'],
  ] as const)('a day in that says how much is never read as a full day: %s', (typed, attendance) => {
    expect(parseAttendance(typed)).toBe(attendance);
  });
});
