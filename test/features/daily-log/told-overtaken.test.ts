/**
 * A day told at the menu whose "Shall I add it to the daily log for …?" is left unanswered and
 * overtaken the next day by "log today" (the lead's replay, L13-4): Thursday's words are never
 * lost. Today is logged first, as asked; then Thursday is offered once more, quoting the words. A
 * second time overtaken, the words are kept in the notes for that day, not offered again. By keys,
 * state and the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const TOLD = 'jj went in at 10 came home at 12 after a meltdown in maths, bad morning maybe 8';
const DAY = 864e5;

/** A parent with one child, JJ, who tells Tuesday's day at the menu and leaves the offer unanswered. */
async function toldAndLeft(): Promise<string> {
  app = makeTestApp();
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  await app.send('JJ');
  await app.send(command('menu'));
  const told = app.clock.now().toISOString().slice(0, 10);
  expect(lastQuestion(await app.send(TOLD)).key).toBe('daily-log.ask-told.named');
  return told;
}
const entry = (date: string) => app.store.logs.listEntries('parent-a').find((e) => e.date === date);
const today = () => app.clock.now().toISOString().slice(0, 10);

/** Today logged in a few taps: didn't go in, 6, nothing, nothing tried, no note. */
async function logToday(): Promise<Awaited<ReturnType<TestApp['send']>>> {
  await app.send('log today');
  await app.send(choice('absent'));
  await app.send('6');
  await app.send(choice('nothing'));
  await app.send(choice('nothing-tried'));
  return app.send(choice('skip'));
}

describe('a told day overtaken by "log today" the next day (L13-4)', () => {
  it('today is logged as asked, then the told day is offered again, quoting the words, for its own day', async () => {
    const told = await toldAndLeft();
    app.clock.advance(DAY);
    const first = await app.send('log today');
    expect(lastQuestion(first).key).toBe('daily-log.ask-attendance.today');
    await app.send(choice('absent'));
    await app.send('6');
    await app.send(choice('nothing'));
    await app.send(choice('nothing-tried'));
    const end = await app.send(choice('skip'));
    expect(entry(today())).toMatchObject({ attendance: 'absent', difficulty: 6 });
    const offer = lastQuestion(end);
    expect(offer.key).toBe('daily-log.ask-told.earlier.named');
    expect(offer.text).toContain('meltdown in maths');
    // A yes logs the told day on its own day, with its words as the note.
    await app.send(choice('yes'));
    expect(entry(told)).toMatchObject({ attendance: 'partial', arrived: '10:00', left: '12:00', note: TOLD });
  });

  it('a no still hands the words on as what the school said', async () => {
    await toldAndLeft();
    app.clock.advance(DAY);
    await logToday();
    await app.send(choice('no'));
    expect(app.store.getSession('parent-a')?.flowId).toBe('triage');
  });

  it('"log today" on the same day asks the told day again at once: it is the day they mean', async () => {
    const told = await toldAndLeft();
    const r = await app.send('log today');
    expect(lastQuestion(r).key).toBe('daily-log.ask-told.named');
    await app.send(choice('yes'));
    expect(entry(told)).toMatchObject({ attendance: 'partial', note: TOLD });
  });

  it('overtaken a second time, the words are kept in the notes for their day, and not offered again', async () => {
    const told = await toldAndLeft();
    app.clock.advance(DAY);
    await logToday();
    app.clock.advance(DAY);
    const r = await app.send('log today');
    expect(keys(r)).toContain('daily-log.told-kept');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.today');
    const kept = app.store.listNotes('parent-a').filter((n) => n.text === TOLD);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ kind: 'parent_words', saidOn: told, nickname: 'JJ' });
    const end = await logToday();
    expect(keys(end).some((k) => k.startsWith('daily-log.ask-told'))).toBe(false);
  });
});
