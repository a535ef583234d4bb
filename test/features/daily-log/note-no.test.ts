/**
 * The fourth walk: "no" typed at "Anything else you'd like to remember about today? Type a line,
 * or pick Skip." was kept as the day's note, and the packet's day-by-day table showed "no".
 * A reply that only declines is Skip; anything with more in it is kept as typed.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';
import type { SaveLogParams } from '../../../src/features/daily-log/model.js';

const AT = '2026-11-24T08:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: AT, day: AT.slice(0, 10) });
const SAM: FlowInput = { children: ['Sam'], nickname: 'Sam', date: '2026-11-24', day: 'Tue 24 Nov', isToday: true, prompted: true, logged: [], tip: false };

/** The note a typed last answer saves ('' when none), and the state it leaves the flow in. */
function atNote(typed: string): { note: string; state: unknown } {
  const m = dailyLogFlow.machine;
  let [snap] = initialTransition(m, SAM);
  for (const e of [choice('full'), choice('d:2'), choice('nothing'), choice('nothing-tried')]) [snap] = transition(m, snap, e);
  expect(snap.value).toBe('note');
  const [after, raw] = transition(m, snap, text(typed));
  const actions = raw as unknown as { type: string; params?: unknown }[];
  const saves = actions.filter((a) => a.type === 'saveLog').map((a) => a.params as SaveLogParams & { text?: string });
  return { note: saves.find((s) => s.op === 'note')?.text ?? '', state: after.value };
}

describe('daily log: the last question, "anything else to remember?"', () => {
  it.each(['no', 'No.', 'nope', 'no thanks', 'nothing', 'nothing else', "that's all", 'nah', 'none', 'no thank you'])('%j is Skip: no note', (typed) => {
    expect(atNote(typed)).toEqual({ note: '', state: 'done' });
  });

  it.each(['no breakfast again', 'nothing went right this morning', 'he was up at 4am'])('%j is kept as the note', (typed) => {
    expect(atNote(typed).note).toBe(typed);
  });
});
