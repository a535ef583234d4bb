/** The daily-log and check-in flows, by pure transitions: state ids, content keys and effects. */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { checkinFlow } from '../../../flows/daily-log/checkin.flow.js';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { AskParams, FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';
import type { SaveCheckinParams } from '../../../src/features/daily-log/model.js';
import { run } from './flow-steps.js';

const AT = '2026-11-24T08:00:00.000Z';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: AT, day: AT.slice(0, 10) });

/** The content key a list shows a choice with (a reason or support noted already is marked: `daily-log.picked.*`). */
const keyOf = (asked: AskParams | null | undefined, id: string | undefined): string => asked?.choices?.find((c) => c.id === id)?.key ?? '';
const PICKED = /^daily-log\.picked\./;

const SAM: FlowInput = { children: ['Sam'], nickname: 'Sam', date: '2026-11-24', day: 'Tue 24 Nov', isToday: true, prompted: true, logged: [], tip: false };

describe('daily-log flow', () => {
  it('"1, 5" typed at a pick-each-one list picks both by their numbers, not one reason in words', () => {
    const f = run(dailyLogFlow.machine, SAM);
    f.send(choice('absent'));
    let s = f.send(choice('d:9'));
    expect(s.state).toBe('triggers');
    const listed = s.asked?.choices?.map((c) => c.id) ?? [];
    s = f.send(text('1, 5'));
    expect(s.state).toBe('triggersMore');
    const picked = [listed[0], listed[4]].map((id) => (id ?? '').replace(/^t:/, ''));
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-24', op: 'triggers', ids: picked }]);
    // Both are marked as noted on the next list, each at its number (W12-6).
    expect(keyOf(s.asked, listed[0])).toMatch(PICKED);
    expect(keyOf(s.asked, listed[4])).toMatch(PICKED);
    s = f.send(text('2 and 3'));
    expect(s.saves).toMatchObject([{ op: 'triggers' }]);
    expect(s.saves[0] && 'ids' in s.saves[0] ? s.saves[0].ids : []).toHaveLength(2);
    // A number past the list's end is not a pick, nor a reason in words: a kind reply, asked again (W12-6).
    const g = run(dailyLogFlow.machine, SAM);
    g.send(choice('absent'));
    g.send(choice('d:9'));
    expect(g.send(text('1, 40'))).toMatchObject({ state: 'triggers', saves: [], said: ['daily-log.not-on-list.trigger'] });
  });

  it('"1, 3" typed at "did you try anything?" picks both, and asks "did it help?" about each in turn (walkthrough L14)', () => {
    const f = run(dailyLogFlow.machine, SAM);
    f.send(choice('absent'));
    f.send(choice('d:9'));
    let s = f.send(choice('nothing'));
    expect(s.state).toBe('supports');
    const listed = (s.asked?.choices?.map((c) => c.id) ?? []).map((id) => id.replace(/^s:/, ''));
    s = f.send(text('1, 3'));
    expect(s.state).toBe('helped');
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-24', op: 'support', id: listed[0] }]);
    expect(s.asked?.choices?.map((c) => c.id)).toEqual(['yes', 'no', 'unsure']);
    s = f.send(choice('yes'));
    expect(s.state).toBe('helped');
    expect(s.saves).toEqual([
      { child: 'Sam', date: '2026-11-24', op: 'helped', id: listed[0], helped: true },
      { child: 'Sam', date: '2026-11-24', op: 'support', id: listed[2] },
    ]);
    s = f.send(choice('no'));
    expect(s.state).toBe('supportsMore');
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-24', op: 'helped', id: listed[2], helped: false }]);
    // Both are marked as noted on "anything else you tried?", each at its number.
    expect(keyOf(s.asked, `s:${listed[0]}`)).toMatch(PICKED);
    expect(keyOf(s.asked, `s:${listed[2]}`)).toMatch(PICKED);
    // "Something else" by number among others is not a pick by number, nor a support called "1, 7": asked again (W12-6).
    const g = run(dailyLogFlow.machine, SAM);
    g.send(choice('absent'));
    g.send(choice('d:9'));
    g.send(choice('nothing'));
    expect(g.send(text('1, 7'))).toMatchObject({ state: 'supports', saves: [], said: ['daily-log.not-on-list.support'] });
  });

  it('a prompted partial day, answered in taps, saves each answer as it goes', () => {
    const f = run(dailyLogFlow.machine, SAM);
    expect(f.first).toMatchObject({ state: 'attendance', said: ['daily-log.prompt-intro'] });
    expect(f.first.asked?.key).toBe('daily-log.ask-attendance.today');
    expect(f.first.asked?.choices?.map((c) => c.id)).toEqual(['full', 'partial', 'absent', 'ill', 'not-now']);
    expect(f.first.asked?.vars).toEqual({ nickname: 'Sam', day: 'Tue 24 Nov' });

    let s = f.send(choice('partial'));
    expect(s.state).toBe('hours');
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-24', op: 'start', attendance: 'partial' }]);
    s = f.send(text('9:30-12:15'));
    expect(s.state).toBe('difficulty');
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-24', op: 'hours', hours: 2.75, arrived: '09:30', left: '12:15' }]);
    expect(s.asked?.choices).toHaveLength(11);
    s = f.send(choice('d:7'));
    expect(s).toMatchObject({ state: 'triggers', saves: [{ op: 'difficulty', value: 7 }] });
    s = f.send(choice('t:sensory'));
    expect(s).toMatchObject({ state: 'triggersMore', saves: [{ op: 'trigger', id: 'sensory' }] });
    expect(s.asked?.key).toBe('daily-log.ask-triggers-more');
    s = f.send(choice('t:other'));
    expect(s.state).toBe('triggerOther');
    s = f.send(text('fire drill'));
    expect(s).toMatchObject({ state: 'triggersMore', saves: [{ op: 'trigger', id: 'other', detail: 'fire drill' }] });
    s = f.send(choice('done'));
    expect(s.state).toBe('supports');
    s = f.send(choice('s:quiet-space'));
    expect(s).toMatchObject({ state: 'helped', saves: [{ op: 'support', id: 'quiet-space' }] });
    expect(s.asked?.key).toBe('daily-log.ask-helped.quiet-space');
    s = f.send(choice('yes'));
    expect(s).toMatchObject({ state: 'supportsMore', saves: [{ op: 'helped', id: 'quiet-space', helped: true }] });
    s = f.send(choice('done'));
    expect(s.state).toBe('note');
    expect(s.asked?.key).toBe('daily-log.ask-note.today');
    s = f.send(text('Came home at lunch'));
    expect(s.done).toBe(true);
    expect(s.saves).toEqual([
      { child: 'Sam', date: '2026-11-24', op: 'note', text: 'Came home at lunch' },
      { child: 'Sam', date: '2026-11-24', op: 'finish' },
    ]);
    expect(s.notes).toEqual([{ kind: 'log_summary', topic: 'daily-log.saved', text: 'daily-log.part.partial', said_on: '2026-11-24' }]);
  });

  it('reads typed answers, nudges on unreadable ones, and offers the reminder tip at the end', () => {
    const f = run(dailyLogFlow.machine, { ...SAM, prompted: false, isToday: false, day: 'Mon 23 Nov', date: '2026-11-23', tip: true });
    expect(f.first.said).toEqual([]);
    expect(f.first.asked?.key).toBe('daily-log.ask-attendance.past');
    let s = f.send(text('not sure'));
    // Not read: asked again, the engine keeps what the words say, else the nudge (typed21: src/core/added-words.ts).
    expect(s).toMatchObject({ state: 'attendance', said: [], parts: [{ text: 'not sure', otherwise: 'daily-log.nudge-attendance' }] });
    s = f.send(text("didn't go in"));
    expect(s).toMatchObject({ state: 'difficulty', saves: [{ op: 'start', attendance: 'absent', date: '2026-11-23' }] });
    s = f.send(text('eleven'));
    expect(s).toMatchObject({ state: 'difficulty', said: ['daily-log.nudge-difficulty'] });
    s = f.send(text('9/10'));
    expect(s).toMatchObject({ state: 'triggers', saves: [{ op: 'difficulty', value: 9 }] });
    s = f.send(choice('nothing'));
    s = f.send(choice('nothing-tried'));
    expect(s.asked?.key).toBe('daily-log.ask-note.past');
    s = f.send(choice('skip'));
    expect(s.done).toBe(true);
    expect(s.said).toEqual(['daily-log.tip-reminder']);
    expect(s.notes[0]).toMatchObject({ text: 'daily-log.part.absent', said_on: '2026-11-23' });
  });

  it('asks which child when there are several, and its nickname when there is none', () => {
    const many = run(dailyLogFlow.machine, { ...SAM, children: ['Sam', 'Pip'], nickname: 'Sam' });
    expect(many.first.state).toBe('pickChild');
    expect(many.first.asked?.choices?.map((c) => c.id)).toEqual(['child:0', 'child:1', 'new-child']);
    const s = many.send(choice('child:1'));
    expect(s.state).toBe('attendance');
    expect(many.all.find((a) => a.type === 'openCase')?.params).toEqual({ nickname: 'Pip' });
    const none = run(dailyLogFlow.machine, { ...SAM, children: [], nickname: undefined });
    expect(none.first.state).toBe('nickname');
    expect(none.send(text('Bean')).asked?.vars?.['nickname']).toBe('Bean');
  });

  it.each(['she didnt go', 'full', 'went in late at 10', 'done', '2'])('never adds a child called %j: an answer typed where the child was asked', (typed) => {
    const many = run(dailyLogFlow.machine, { ...SAM, children: ['Sam', 'Pip'], nickname: 'Sam' });
    const s = many.send(text(typed));
    expect(s).toMatchObject({ state: 'pickChild', said: ['daily-log.not-a-name'] });
    expect(many.all.filter((a) => a.type === 'openCase')).toEqual([]);
    expect(many.send(choice('child:0')).state).toBe('attendance');
    const none = run(dailyLogFlow.machine, { ...SAM, children: [], nickname: undefined });
    expect(none.send(text(typed))).toMatchObject({ state: 'nickname', said: ['daily-log.not-a-name'] });
    expect(none.all.filter((a) => a.type === 'openCase')).toEqual([]);
  });

  it('says so before replacing a day already logged, and keeps it if asked', () => {
    const keep = run(dailyLogFlow.machine, { ...SAM, logged: ['Sam'] });
    expect(keep.first.state).toBe('confirmReplace');
    expect(keep.first.asked?.key).toBe('daily-log.ask-replace');
    const kept = keep.send(choice('keep'));
    expect(kept).toMatchObject({ done: true, said: ['daily-log.kept'], saves: [] });
    expect(kept.notes[0]).toMatchObject({ topic: 'daily-log.kept', text: 'daily-log.note.kept' });
    const replace = run(dailyLogFlow.machine, { ...SAM, logged: ['sam'] });
    expect(replace.send(choice('replace')).state).toBe('attendance');
  });

  it('a part day told with its times at the first question saves the hours too, and skips asking them', () => {
    const f = run(dailyLogFlow.machine, SAM);
    const s = f.send(text('He went in at 10 and left at 12'));
    expect(s.state).toBe('difficulty');
    expect(s.saves).toEqual([
      { child: 'Sam', date: '2026-11-24', op: 'start', attendance: 'partial' },
      { child: 'Sam', date: '2026-11-24', op: 'hours', hours: 2, arrived: '10:00', left: '12:00' },
    ]);
    for (const id of ['d:5', 'nothing', 'nothing-tried']) f.send(choice(id));
    expect(f.send(choice('skip')).notes).toEqual([{ kind: 'log_summary', topic: 'daily-log.saved', text: 'daily-log.part.partial', said_on: '2026-11-24' }]);
  });

  it('marks what was already picked on the "anything else?" lists, at its number, but always offers "Something else" as new', () => {
    const f = run(dailyLogFlow.machine, SAM);
    for (const e of [choice('full'), choice('d:4')]) f.send(e);
    let s = f.send(choice('t:sensory'));
    let ids = s.asked?.choices?.map((c) => c.id) ?? [];
    expect(keyOf(s.asked, 't:sensory')).toMatch(PICKED);
    expect(ids).toEqual(expect.arrayContaining(['t:morning-transition', 't:other', 'done']));
    f.send(choice('t:other'));
    s = f.send(text('fire drill'));
    expect(s.asked?.choices?.map((c) => c.id)).toContain('t:other');
    f.send(choice('done'));
    f.send(choice('s:quiet-space'));
    s = f.send(choice('yes'));
    ids = s.asked?.choices?.map((c) => c.id) ?? [];
    expect(s.state).toBe('supportsMore');
    expect(keyOf(s.asked, 's:quiet-space')).toMatch(PICKED);
    expect(ids).toEqual(expect.arrayContaining(['s:later-start', 's:other', 'done']));
  });

  it('takes reasons and supports typed in the parent\'s own words, and "no" to end a list', () => {
    const f = run(dailyLogFlow.machine, SAM);
    for (const e of [choice('full'), choice('d:6')]) f.send(e);
    expect(f.send(choice('t:peers')).asked?.freeText).toBe(true);
    // A typed name of a listed reason is that reason, and is then marked as noted on the list.
    let s = f.send(text('Noise'));
    expect(s.saves).toEqual([expect.objectContaining({ op: 'trigger', id: 'sensory' })]);
    expect(keyOf(s.asked, 't:sensory')).toMatch(PICKED);
    // Anything else is "something else", in their words.
    s = f.send(text('the bus was late again'));
    expect(s.state).toBe('triggersMore');
    expect(s.saves).toEqual([expect.objectContaining({ op: 'trigger', id: 'other', detail: 'the bus was late again' })]);
    s = f.send(text('no'));
    expect(s.state).toBe('supports');
    expect(s.saves).toEqual([]);
    s = f.send(text('quiet room'));
    expect(s.state).toBe('helped');
    expect(s.saves).toEqual([expect.objectContaining({ op: 'support', id: 'quiet-space' })]);
    s = f.send(choice('yes'));
    expect(keyOf(s.asked, 's:quiet-space')).toMatch(PICKED);
    s = f.send(text('his dad drove him in'));
    expect(s.state).toBe('helped');
    expect(s.saves).toEqual([expect.objectContaining({ op: 'support', id: 'other', detail: 'his dad drove him in' })]);
    s = f.send(choice('yes'));
    s = f.send(text("that's all"));
    expect(s.state).toBe('note');
  });

  it('a log saved before picks were remembered carries on, marking the reason just picked', () => {
    const machine = dailyLogFlow.machine;
    const [start] = initialTransition(machine, SAM);
    const { picked: _dropped, ...older } = start.context as Record<string, unknown>;
    const snap = machine.resolveState({ value: 'triggers', context: older });
    const [next, actions] = transition(machine, snap, choice('t:sensory'));
    expect(next.value).toBe('triggersMore');
    const asked = (actions as { type: string; params?: unknown }[]).filter((a) => a.type === 'ask').at(-1)?.params as AskParams;
    expect(keyOf(asked, 't:sensory')).toMatch(PICKED);
    const [again] = transition(machine, machine.resolveState({ value: 'triggersMore', context: older }), choice('done'));
    expect(again.value).toBe('supports');
  });

  it('"Not now" ends kindly without saving a day', () => {
    const f = run(dailyLogFlow.machine, SAM);
    const s = f.send(choice('not-now'));
    expect(s).toMatchObject({ done: true, said: ['daily-log.not-now'], saves: [] });
    expect(s.notes[0]).toMatchObject({ topic: 'daily-log.not-now', text: 'daily-log.note.not-now' });
  });
});

describe('daily-log flow on a day that is not a school day', () => {
  const SATURDAY: FlowInput = {
    ...SAM,
    date: '2026-11-28',
    day: 'Sat 28 Nov',
    prompted: false,
    offDay: true,
    schoolDate: '2026-11-27',
    schoolDay: 'Fri 27 Nov',
    schoolLogged: [],
  };

  it('offers the last school day first, and logs that day when chosen', () => {
    const f = run(dailyLogFlow.machine, SATURDAY);
    expect(f.first.state).toBe('offDay');
    expect(f.first.asked).toMatchObject({ key: 'daily-log.ask-off-day', vars: { day: 'Sat 28 Nov', school_day: 'Fri 27 Nov' } });
    expect(f.first.asked?.choices?.map((c) => c.id)).toEqual(['school-day', 'this-day', 'not-now']);
    let s = f.send(choice('school-day'));
    expect(s.state).toBe('attendance');
    expect(s.asked).toMatchObject({ key: 'daily-log.ask-attendance.past', vars: { nickname: 'Sam', day: 'Fri 27 Nov' } });
    s = f.send(choice('absent'));
    expect(s.saves).toEqual([{ child: 'Sam', date: '2026-11-27', op: 'start', attendance: 'absent' }]);
  });

  it('logs the day itself when asked to anyway, and ends without saving on "not now"', () => {
    const anyway = run(dailyLogFlow.machine, SATURDAY).send(choice('this-day'));
    expect(anyway.state).toBe('attendance');
    expect(anyway.asked).toMatchObject({ key: 'daily-log.ask-attendance.today', vars: { day: 'Sat 28 Nov' } });
    const later = run(dailyLogFlow.machine, SATURDAY).send(choice('not-now'));
    expect(later).toMatchObject({ done: true, said: ['daily-log.not-now'], saves: [], notes: [] });
  });

  it('checks the last school day, not the day it was asked on, for an entry already there', () => {
    const f = run(dailyLogFlow.machine, { ...SATURDAY, schoolLogged: ['Sam'] });
    expect(f.send(choice('school-day')).state).toBe('confirmReplace');
    expect(run(dailyLogFlow.machine, { ...SATURDAY, schoolLogged: ['Sam'] }).send(choice('this-day')).state).toBe('attendance');
  });

  it('asks nothing extra on a school day, or when the input is incomplete', () => {
    expect(run(dailyLogFlow.machine, { ...SAM, prompted: false }).first.state).toBe('attendance');
    expect(run(dailyLogFlow.machine, { ...SATURDAY, schoolDate: undefined }).first.state).toBe('attendance');
  });
});

describe('check-in flow', () => {
  function save(f: ReturnType<typeof run>): SaveCheckinParams | undefined {
    return f.all.find((a) => a.type === 'saveCheckin')?.params as SaveCheckinParams | undefined;
  }

  it('saves at once when the words gave the time and the zone', () => {
    const f = run(checkinFlow.machine, { time: '07:30', days: 'mon,tue,wed,thu,fri', zone: 'Europe/London' });
    expect(f.first.done).toBe(true);
    expect(save(f)).toEqual({ time: '07:30', zone: 'Europe/London', days: 'mon,tue,wed,thu,fri' });
  });

  it('asks for the zone (buttons or typed, checked as IANA), then saves', () => {
    const f = run(checkinFlow.machine, { time: '07:30', days: 'mon,wed' });
    expect(f.first.state).toBe('zone');
    expect(f.first.asked?.choices?.map((c) => c.id)).toContain('zone:America/New_York');
    let s = f.send(text('Atlantis'));
    expect(s).toMatchObject({ state: 'zone', said: ['checkin.nudge-zone'] });
    s = f.send(text('asia/kolkata'));
    expect(s.done).toBe(true);
    expect(save(f)).toEqual({ time: '07:30', zone: 'Asia/Kolkata', days: 'mon,wed' });
  });

  it('asks for the time first when it was not said', () => {
    const f = run(checkinFlow.machine, {});
    expect(f.first.state).toBe('time');
    let s = f.send(text('whenever'));
    expect(s.said).toEqual(['checkin.nudge-time']);
    s = f.send(text('6:45am'));
    expect(s.state).toBe('zone');
    f.send(choice('zone:Australia/Sydney'));
    expect(save(f)).toEqual({ time: '06:45', zone: 'Australia/Sydney', days: 'mon,tue,wed,thu,fri' });
  });
});
