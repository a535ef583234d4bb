/**
 * W12-6 (twelfth walk): a number typed at a pick-each-one list that is not a choice on the list
 * as shown ("8" when the shrunk list ends at 7, "1, 9") is never kept as a reason or a support in
 * the parent's words: it gets a kind reply naming the list's range, and the list is asked again.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { AskParams, FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';

const AT = '2026-11-24T08:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: AT, day: AT.slice(0, 10) });
const SAM: FlowInput = { children: ['Sam'], nickname: 'Sam', date: '2026-11-24', day: 'Tue 24 Nov', isToday: true, prompted: false, logged: [], tip: false };

function run() {
  let [snap, actions] = initialTransition(dailyLogFlow.machine, SAM) as [AnyMachineSnapshot, { type: string; params?: unknown }[]];
  return (e: FlowEvent) => {
    [snap, actions] = transition(dailyLogFlow.machine, snap, e);
    return {
      state: snap.value,
      said: actions.filter((a) => a.type === 'say').map((a) => a.params as { key: string; vars?: Record<string, string> }),
      asked: actions.filter((a) => a.type === 'ask').map((a) => a.params as AskParams).at(-1) ?? null,
      saves: actions.filter((a) => a.type === 'saveLog'),
    };
  };
}

describe('a number not on the list as shown (W12-6)', () => {
  it('is never kept as a reason: "8" after one pick, "1, 9", "0"', () => {
    const send = run();
    send(text('9:30-3:15'));
    send(choice('d:4'));
    let s = send(text('tired, late night'));
    expect(s.state).toBe('triggersMore');
    const shown = s.asked?.choices?.length ?? 0;
    for (const typed of [String(shown + 1), '1, 9', '0']) {
      s = send(text(typed));
      expect(s.state).toBe('triggersMore');
      expect(s.saves).toEqual([]);
      expect(s.said).toEqual([{ key: 'daily-log.not-on-list.trigger', vars: { last: String(shown) } }]);
      expect(s.asked?.key).toBe('daily-log.ask-triggers-more');
    }
  });

  it('is never kept as a reason on the first list either, nor as a support', () => {
    const send = run();
    send(choice('absent'));
    let s = send(choice('d:7'));
    const shown = s.asked?.choices?.length ?? 0;
    s = send(text(String(shown + 3)));
    expect(s.state).toBe('triggers');
    expect(s.saves).toEqual([]);
    expect(s.said.map((x) => x.key)).toEqual(['daily-log.not-on-list.trigger']);
    s = send(choice('nothing'));
    const supports = s.asked?.choices?.length ?? 0;
    s = send(text(String(supports + 1)));
    expect(s.state).toBe('supports');
    expect(s.saves).toEqual([]);
    expect(s.said).toEqual([{ key: 'daily-log.not-on-list.support', vars: { last: String(supports) } }]);
  });

  it('a number in words with other words is still the parent\'s words ("2 late nights")', () => {
    const send = run();
    send(choice('absent'));
    send(choice('d:7'));
    const s = send(text('2 late nights'));
    expect(s.state).toBe('triggersMore');
    expect(s.saves).toEqual([expect.objectContaining({ params: expect.objectContaining({ op: 'trigger' }) })]);
  });
});

describe('the numbering stays as it was while picking (W12-6)', () => {
  it('"anything else?" keeps every item at its number, the one picked marked, Done where Nothing was', () => {
    const send = run();
    send(choice('absent'));
    const first = send(choice('d:7')).asked?.choices ?? [];
    let s = send(text('tired, late night'));
    const more = s.asked?.choices ?? [];
    expect(more.map((c) => c.id)).toEqual([...first.slice(0, -1).map((c) => c.id), 'done']);
    expect(more.find((c) => c.id === 't:tiredness-sleep')?.key).toBe('daily-log.picked.trigger.tiredness-sleep');
    // "1" twice is the same reason twice: noted once.
    s = send(choice(more[0]?.id ?? ''));
    expect(s.saves).toHaveLength(1);
    expect(s.asked?.choices?.map((c) => c.id)).toEqual(more.map((c) => c.id));
    s = send(choice(more[0]?.id ?? ''));
    expect(s.saves).toEqual([]);
    expect(s.said.map((x) => x.key)).toEqual(['daily-log.already-picked']);
    expect(s.state).toBe('triggersMore');
    // Typed again in words: noted once too.
    s = send(text('tired'));
    expect(s.saves).toEqual([]);
    expect(s.said.map((x) => x.key)).toEqual(['daily-log.already-picked']);
    // "1, 2" with 1 already picked: only 2 is new.
    s = send(text('1, 2'));
    expect(s.saves).toEqual([expect.objectContaining({ params: expect.objectContaining({ op: 'triggers', ids: ['class-or-period'] }) })]);
  });

  it('the supports list the same way', () => {
    const send = run();
    send(choice('absent'));
    send(choice('d:7'));
    const first = send(choice('nothing')).asked?.choices ?? [];
    send(choice('s:quiet-space'));
    let s = send(choice('yes'));
    const more = s.asked?.choices ?? [];
    expect(more.map((c) => c.id)).toEqual([...first.slice(0, -1).map((c) => c.id), 'done']);
    expect(more.find((c) => c.id === 's:quiet-space')?.key).toBe('daily-log.picked.support.quiet-space');
    s = send(choice('s:quiet-space'));
    expect(s.state).toBe('supportsMore');
    expect(s.saves).toEqual([]);
    expect(s.said.map((x) => x.key)).toEqual(['daily-log.already-picked']);
  });
});
