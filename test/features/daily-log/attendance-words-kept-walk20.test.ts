/**
 * Twentieth walk, W20-7: at "Did Mia get into school today?", "she got as far as the gate then
 * froze, we came home at 9.15" was met with "Pick one of the options…" and the words went
 * nowhere: the morning's evidence the log exists for. Words that say something, but no attendance
 * the log can read, are kept in the parent's words with the child's notes, said so, and the
 * question asked again; a word or two it cannot read ("not sure", "hmm") is nudged as before.
 */
import { describe, expect, it } from 'vitest';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { FlowEvent } from '../../../src/core/flow-kit.js';
import { run } from './flow-steps.js';

const AT = '2026-12-08T10:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const INPUT = { children: ['Mia'], nickname: 'Mia', date: '2026-12-08', day: 'Tue 8 Dec', isToday: true, prompted: false, logged: [], tip: false };

function answer(typed: string) {
  const s = run(dailyLogFlow.machine, INPUT).send(text(typed));
  return { state: s.state, said: s.said, asked: s.asks, notes: s.notes };
}

describe('W20-7: words at the attendance question that it cannot read as attendance', () => {
  it.each([
    'she got as far as the gate then froze, we came home at 9.15',
    'we tried, she was sick in the car on the way',
    'total meltdown about her shoes this morning',
  ])('are kept in the parent\'s words, said so, and the question asked again: %s', (typed) => {
    const r = answer(typed);
    expect(r.state).toBe('attendance');
    expect(r.said).toEqual(['daily-log.attendance-words-kept']);
    expect(r.asked).toEqual(['daily-log.ask-attendance.today']);
    expect(r.notes).toEqual([expect.objectContaining({ kind: 'parent_words', text: typed })]);
  });

  it.each(['not sure', 'hmm', '?'])('a word or two it cannot read is nudged as before, nothing kept: %s', (typed) => {
    const r = answer(typed);
    expect(r.said).toEqual(['daily-log.nudge-attendance']);
    expect(r.notes).toEqual([]);
  });
});
