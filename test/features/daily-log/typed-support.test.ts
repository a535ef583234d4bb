/**
 * "Did it help?" after a support the parent typed at the list (presentation review: "Did the
 * quiet space help?" after "a quiet space"; "Did the breaks help?" after "time out card"): the
 * question quotes their words. By pure transitions (keys and vars), then the words through the
 * engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { AskParams, FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';
import type { SaveLogParams } from '../../../src/features/daily-log/model.js';
import type { Reply } from '../../../src/core/types.js';
import { choice, FixedClock, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

const AT = '2026-11-24T08:00:00.000Z';
const SAM: FlowInput = { children: ['Sam'], nickname: 'Sam', date: '2026-11-24', day: 'Tue 24 Nov', isToday: true, prompted: true, logged: [], tip: false };

/** The flow walked to "Did you or the school try anything?"; each step gives the question asked and what was saved. */
function atSupports() {
  let [snap, actions] = initialTransition(dailyLogFlow.machine, SAM) as [AnyMachineSnapshot, { type: string; params?: unknown }[]];
  const send = (e: FlowEvent) => {
    [snap, actions] = transition(dailyLogFlow.machine, snap, e);
    return {
      state: snap.value,
      asked: actions.filter((a) => a.type === 'ask').map((a) => a.params as AskParams).at(-1),
      saves: actions.filter((a) => a.type === 'saveLog').map((a) => a.params as SaveLogParams),
    };
  };
  for (const id of ['full', 'd:3', 'nothing']) send({ type: 'CHOICE', id, at: AT, day: AT.slice(0, 10) });
  return send;
}

describe('"did it help?" after a typed support (flow)', () => {
  it('a support named in other words ("time out card") is the listed one, asked about in those words', () => {
    const s = atSupports()({ type: 'TEXT', text: 'time out card.', at: AT, day: AT.slice(0, 10) });
    expect(s.state).toBe('helped');
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-24', op: 'support', id: 'breaks' }]);
    expect(s.asked).toMatchObject({ key: 'daily-log.ask-helped.typed', vars: { what: 'time out card' } });
  });

  it('a button typed as words ("a quiet space") is asked about in those words', () => {
    const s = atSupports()({ type: 'CHOICE', id: 's:quiet-space', at: AT, day: AT.slice(0, 10), typed: 'a quiet space' });
    expect(s.asked).toMatchObject({ key: 'daily-log.ask-helped.typed', vars: { what: 'a quiet space' } });
  });

  it('something not on the list, typed there, too', () => {
    const s = atSupports()({ type: 'TEXT', text: 'ear defenders', at: AT, day: AT.slice(0, 10) });
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-24', op: 'support', id: 'other', detail: 'ear defenders' }]);
    expect(s.asked).toMatchObject({ key: 'daily-log.ask-helped.typed', vars: { what: 'ear defenders' } });
  });

  it('a button pressed, or typed as its number, keeps the list\'s own question; the words do not linger', () => {
    const send = atSupports();
    expect(send({ type: 'CHOICE', id: 's:quiet-space', at: AT, day: AT.slice(0, 10), typed: '2' }).asked?.key).toBe('daily-log.ask-helped.quiet-space');
    send({ type: 'CHOICE', id: 'yes', at: AT, day: AT.slice(0, 10) });
    expect(send({ type: 'TEXT', text: 'a later start', at: AT, day: AT.slice(0, 10) }).asked?.key).toBe('daily-log.ask-helped.typed');
    send({ type: 'CHOICE', id: 'no', at: AT, day: AT.slice(0, 10) });
    const pressed = send({ type: 'CHOICE', id: 's:trusted-adult', at: AT, day: AT.slice(0, 10) });
    expect(pressed.asked?.key).toBe('daily-log.ask-helped.trusted-adult');
    expect(pressed.asked?.vars).toBeUndefined();
  });
});

describe('"did it help?" after a typed support (words)', () => {
  let app: TestApp | undefined;
  afterEach(() => {
    app?.cleanup();
    app = undefined;
  });
  const question = (r: Reply[]) => lastQuestion(r).text;

  it('quotes what the parent typed, whether it matched a button, the list by other words, or nothing on it', async () => {
    app = makeTestApp({ clock: new FixedClock(new Date('2026-11-24T19:00:00Z')) });
    const a = app;
    let r = await a.send('log today');
    if (lastQuestion(r).key === 'daily-log.ask-nickname') r = await a.send('Pip');
    for (const id of ['full', 'd:3', 'nothing']) r = await a.send(choice(id));
    expect(lastQuestion(r).key).toBe('daily-log.ask-supports');
    expect(question(await a.send('a quiet space'))).toBe('Did that help — “a quiet space”?');
    await a.send(choice('yes'));
    expect(question(await a.send('Time out card!'))).toBe('Did that help — “Time out card”?');
    await a.send(choice('unsure'));
    expect(question(await a.send('ear defenders'))).toBe('Did that help — “ear defenders”?');
    await a.send(choice('no'));
    // A button pressed keeps the list's own words.
    expect(question(await a.send(choice('s:later-start')))).toBe('Did the later start help?');
  });
});
