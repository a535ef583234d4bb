/**
 * Twentieth walk, W20-8: at "Did you or the school try anything to help?", "I asked if she could go
 * in the side door but reception said no" was taken as something tried and asked "Did that
 * help?". It is another no from the school: kept in the parent's words with the child's notes,
 * said so (with the way to work on it once the log is done), never asked "did that help?", and
 * the log goes on to "anything else you tried?". What was tried is still asked about.
 */
import { describe, expect, it } from 'vitest';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { FlowEvent } from '../../../src/core/flow-kit.js';
import { run } from './flow-steps.js';

const AT = '2026-12-08T10:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: AT, day: AT.slice(0, 10) });
const INPUT = { children: ['Mia'], nickname: 'Mia', date: '2026-12-08', day: 'Tue 8 Dec', isToday: true, prompted: false, logged: [], tip: false };

/** To "Did you or the school try anything to help?", then `typed` there. */
function atSupports(typed: string) {
  const f = run(dailyLogFlow.machine, INPUT);
  let at = f.first;
  for (const e of [choice('absent'), text('8'), choice('nothing')]) at = f.send(e);
  expect(JSON.stringify(at.state)).toContain('supports');
  const s = f.send(text(typed));
  return { state: JSON.stringify(s.state), said: s.said, asked: s.asks, notes: s.notes };
}

describe('W20-8: a refusal told where what was tried is asked', () => {
  it.each([
    'I asked if she could go in the side door but reception said no',
    'we asked for a time out card and the head said no',
    'asked for the quiet room but they refused',
  ])('is kept as a no from the school, never "did that help?": %s', (typed) => {
    const r = atSupports(typed);
    expect(r.said).toContain('daily-log.support-refused');
    expect(r.asked).not.toContain('daily-log.ask-helped');
    expect(r.state).toContain('supportsMore');
    expect(r.notes).toEqual([expect.objectContaining({ kind: 'parent_words', text: typed })]);
  });

  // review21 R3: the child's or the parent's own no, "no luck", and what helped beside a no are not the school's no.
  it.each([
    'the TA met her at the gate, no luck',
    'she refused to go in the side door',
    'she said no to the reward chart',
    'we tried the quiet room and it helped, but the head said no to a later start',
    'I said no to going in early',
    'a time out card, they said no at first but then agreed',
  ])('is not a no from the school: %s', (typed) => {
    expect(atSupports(typed).said).not.toContain('daily-log.support-refused');
  });

  it('something tried is still asked about', () => {
    const r = atSupports('her TA met her at the gate');
    expect(r.said).not.toContain('daily-log.support-refused');
    expect(r.state).toContain('helped');
  });
});
