/**
 * The fifth walk: "skip" typed at "Did you or the school try anything to help?" was saved as a
 * support called "skip" ("Did that help — "skip"?", then "tried: skip" in the day's note). At a
 * pick-each-one list, a reply that only passes on the question ends the list, as "none" does;
 * anything with more in it is still the parent's own words.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';
import type { SaveLogParams } from '../../../src/features/daily-log/model.js';

const AT = '2026-12-08T08:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: AT, day: AT.slice(0, 10) });
const OSIAN: FlowInput = { children: ['Osian'], nickname: 'Osian', date: '2026-12-08', day: 'Tue 8 Dec', isToday: true, prompted: true, logged: [], tip: false };

/** The state after typing at the supports (or triggers) question, and the supports it saved. */
function typedAt(list: 'supports' | 'triggers', typed: string): { state: unknown; saved: string[] } {
  const m = dailyLogFlow.machine;
  let [snap] = initialTransition(m, OSIAN);
  const before = list === 'supports' ? [choice('full'), choice('d:2'), choice('nothing')] : [choice('full'), choice('d:2')];
  for (const e of before) [snap] = transition(m, snap, e);
  expect(snap.value).toBe(list);
  const [after, raw] = transition(m, snap, text(typed));
  const actions = raw as unknown as { type: string; params?: unknown }[];
  const saves = actions
    .filter((a) => a.type === 'saveLog')
    .map((a) => (typeof a.params === 'function' ? null : (a.params as SaveLogParams)))
    .filter((s): s is SaveLogParams => s !== null && (s.op === 'support' || s.op === 'trigger'));
  return { state: after.value, saved: saves.map((s) => s.op) };
}

describe('daily log: passing on a pick-each-one list', () => {
  it.each(['skip', 'Skip', 'skip this', 'skip it', 'nothing today', 'nothing tried', 'none today', 'n/a'])('%j at the supports question goes on to the note, with no support', (typed) => {
    expect(typedAt('supports', typed).state).toBe('note');
  });

  it.each(['skip', 'nothing today'])('%j at the triggers question goes on to the supports', (typed) => {
    expect(typedAt('triggers', typed).state).toBe('supports');
  });

  // The lead's walk: "nothing helped today" became a support of that name, then "Did that help?".
  it.each(['nothing helped today', 'Nothing worked.', "we didn't try anything today", 'nothing was tried', 'nothing really helped'])('%j at the supports question goes on to the note, with no support', (typed) => {
    const r = typedAt('supports', typed);
    expect(r.state).toBe('note');
    expect(r.saved).toEqual([]);
  });

  it('words with more in them are still a support in the parent\'s words', () => {
    expect(typedAt('supports', 'skipping breakfast club').state).toBe('helped');
  });
});
