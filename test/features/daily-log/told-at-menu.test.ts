/**
 * A school day told in free text at the menu (thirteenth walk, W13-2): "jj went in at 10 came home
 * at 12 after a meltdown in maths, bad morning maybe 8" is offered to the daily log, for the child
 * it names and the day it names, never kept as what the school said unasked; a no hands it on as
 * before. What it says is saved; "maybe 8" is asked about, not saved. And a whole day typed at
 * "Did … get into school?" (W13-9) is read, only the rest asked. By keys, state and the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import type { AskParams, FlowInput } from '../../../src/core/flow-kit.js';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const TOLD = 'jj went in at 10 came home at 12 after a meltdown in maths, bad morning maybe 8';

/** A parent with one child, JJ (named at triage), back at the menu. */
async function atMenu(): Promise<void> {
  app = makeTestApp();
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  await app.send('JJ');
  await app.send(command('menu'));
}
const today = () => app.clock.now().toISOString().slice(0, 10);
const entry = (date = today()) => app.store.logs.listEntries('parent-a').find((e) => e.date === date);

describe('a day told at the menu (W13-2)', () => {
  it('is offered to the log for the child it names; nothing is kept before the parent says yes', async () => {
    await atMenu();
    const r = await app.send(TOLD);
    expect(lastQuestion(r).key).toBe('daily-log.ask-told.named');
    expect(lastQuestion(r).choices.map((c) => c.id)).toEqual(['yes', 'no']);
    expect(keys(r)).not.toContain('triage.nickname.kept-statement');
    expect(entry()).toBeUndefined();
  });

  it('a yes saves what it says (a part day 10:00-12:00, the lesson, the words as the note) and asks about "maybe 8" rather than saving it', async () => {
    await atMenu();
    await app.send(TOLD);
    const r = await app.send(choice('yes'));
    expect(keys(r)).toContain('daily-log.told-noted');
    expect(lastQuestion(r).key).toBe('daily-log.ask-difficulty.heard');
    expect(entry()).toMatchObject({ attendance: 'partial', hours: 2, arrived: '10:00', left: '12:00', difficulty: null, note: TOLD });
    expect(entry()?.triggers).toEqual([{ id: 'class-or-period', detail: null }]);
    // The rating asked, then "anything else?" with the lesson ticked: no question about what was told.
    const next = await app.send('8');
    expect(lastQuestion(next).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.difficulty).toBe(8);
  });

  it('the day it names is the day logged ("yesterday")', async () => {
    await atMenu();
    await app.send('yesterday jj went in at 10 and came home at 12, 6/10');
    await app.send(choice('yes'));
    const yesterday = new Date(app.clock.now().getTime() - 864e5).toISOString().slice(0, 10);
    expect(entry(yesterday)).toMatchObject({ attendance: 'partial', difficulty: 6 });
  });

  it('a no goes on as before: what the school said, to triage, nothing logged', async () => {
    await atMenu();
    await app.send(TOLD);
    const r = await app.send(choice('no'));
    expect(app.store.getSession('parent-a')?.flowId).toBe('triage');
    expect(keys(r).some((k) => k.startsWith('daily-log.'))).toBe(false);
    expect(entry()).toBeUndefined();
  });

  it('a first message from a parent with no child yet, and words reporting the school, are read as before', async () => {
    app = makeTestApp();
    expect(lastQuestion(await app.send(TOLD)).key.startsWith('daily-log.')).toBe(false);
    app.cleanup();
    await atMenu();
    expect(lastQuestion(await app.send('they said he can only go in at 10 and come home at 12 from now on')).key.startsWith('daily-log.')).toBe(false);
  });

  it('at a question waiting for the parent\'s own words it is their answer, never the log', async () => {
    await atMenu();
    await app.send('They said no');
    const r = await app.send(TOLD);
    expect(keys(r).some((k) => k.startsWith('daily-log.ask-told'))).toBe(false);
  });
});

describe('a whole day typed at "Did … get into school?" (W13-9)', () => {
  it('the hours, the rating and the reason are read; only what was not said is asked', async () => {
    await atMenu();
    await app.send('log today');
    const r = await app.send('he went in for about 2 and half hours, morning was a 7, corridors again');
    expect(keys(r)).not.toContain('daily-log.nudge-attendance');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    expect(entry()).toMatchObject({ attendance: 'partial', hours: 2.5, difficulty: 7 });
    expect(entry()?.triggers).toEqual([{ id: 'other', detail: 'corridors' }]);
  });

  it('"half day" at "how long?" is half the parent\'s school day', async () => {
    await atMenu();
    app.store.logs.updateCheckin('parent-a', { schoolDayHours: 6 }, app.clock.now().toISOString());
    await app.send('log today');
    await app.send(choice('partial'));
    const r = await app.send('half day');
    expect(keys(r)).not.toContain('daily-log.nudge-hours');
    expect(lastQuestion(r).key).toBe('daily-log.ask-difficulty');
    expect(entry()?.hours).toBe(3);
  });
});

describe('the told day, by the flow alone', () => {
  const AT = '2026-11-24T19:00:00.000Z';
  const input: FlowInput = { children: ['JJ'], date: '2026-11-24', day: 'Tue 24 Nov', isToday: true, prompted: false, logged: [], tip: false, offerTold: true,
    told: { text: TOLD, attendance: 'partial', hours: { hours: 2, arrived: '10:00', left: '12:00' }, difficulty: null, maybeDifficulty: 8, triggers: [{ id: 'class-or-period', detail: null }] } };
  const asked = (actions: { type: string; params?: unknown }[]) => actions.filter((a) => a.type === 'ask').map((a) => a.params as AskParams).at(-1);

  it('offers first; a yes saves it all at once and names the 8 at the rating; a no ends handing the words to the menu', () => {
    const [snap, first] = initialTransition(dailyLogFlow.machine, input) as [AnyMachineSnapshot, { type: string; params?: unknown }[]];
    expect(snap.value).toBe('offerTold');
    expect(asked(first)?.key).toBe('daily-log.ask-told.named');
    const [yes, actions] = transition(dailyLogFlow.machine, snap, { type: 'CHOICE', id: 'yes', at: AT, day: '2026-11-24' });
    expect(yes.value).toBe('difficulty');
    const done = actions as { type: string; params?: unknown }[];
    expect(done.filter((a) => a.type === 'saveLog').map((a) => (a.params as { op: string }).op)).toEqual(['told']);
    expect(asked(done)).toMatchObject({ key: 'daily-log.ask-difficulty.heard', vars: { n: '8' } });
    const [no] = transition(dailyLogFlow.machine, snap, { type: 'CHOICE', id: 'no', at: AT, day: '2026-11-24' });
    expect(no.status).toBe('done');
    expect(no.output).toEqual({ next: 'home', input: { statement: TOLD } });
  });
});
