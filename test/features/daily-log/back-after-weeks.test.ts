/**
 * Back after weeks to a daily log's question left open (fifteenth walk, W15-3): the return names
 * the day being logged, and words that are not a reason (a greeting, a question to the bot, a long
 * message about something else) are never saved as one: kept in the notes as the parent's own,
 * and the question asked again. By keys, the store and notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, keys, lastQuestion, type TestApp } from '../../support/builders.js';
import { absentAtReasons } from './at-reasons.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const WEEK = 7 * 864e5;
const entry = () => app.store.logs.listEntries('parent-a')[0];

/** A day's log left at "Anything else?" after "Tiredness or sleep", on the first day. */
async function leftAtReasons(): Promise<string> {
  app = await absentAtReasons();
  const r = await app.send(choice('t:tiredness-sleep'));
  expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
  return app.clock.now().toISOString().slice(0, 10);
}

describe('back after weeks to a daily log question (W15-3)', () => {
  it('the return names the day being logged', async () => {
    const day = await leftAtReasons();
    app.clock.advance(3 * WEEK);
    const r = await app.send(command('resume'));
    expect(keys(r)[0]).toBe('daily-log.resume-day');
    const said = r[0];
    expect(said?.type === 'text' ? said.text : '').toContain(new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }));
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
  });

  it('the same day (back within hours): welcome back, as before', async () => {
    await leftAtReasons();
    app.clock.advance(3 * 3_600_000);
    const r = await app.send(command('resume'));
    expect(keys(r)[0]).toBe('engine.welcome-back');
  });

  it('"im back. sorry. its been awful…" is not a reason: kept as the parent\'s words, the question again', async () => {
    await leftAtReasons();
    app.clock.advance(3 * WEEK);
    await app.send(command('resume'));
    const words = 'im back. sorry. its been awful, she hasnt been in at all for 2 weeks';
    const r = await app.send(words);
    expect(entry()?.triggers).toEqual([{ id: 'tiredness-sleep', detail: null }]);
    // A return, read at every question (src/core/coming-back.ts, return17): the engine's words, not the log's.
    expect(keys(r)).toContain('engine.returned-kept');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    expect(app.store.listNotes('parent-a').some((n) => n.kind === 'parent_words' && n.text === words)).toBe(true);
  });

  it('"what have i missed" is a question to the bot: what is due, never a reason', async () => {
    await leftAtReasons();
    app.clock.advance(3 * WEEK);
    await app.send(command('resume'));
    const r = await app.send('what have i missed');
    expect(entry()?.triggers).toEqual([{ id: 'tiredness-sleep', detail: null }]);
    expect(keys(r).some((k) => k.startsWith('notes.due'))).toBe(true);
  });

  it.each(['hi', 'hello again', 'can you help me with a letter?', 'where do i find my notes', 'sorry', 'I am back now, it has been a really hard few weeks for all of us and I have not had a minute'])(
    '"%s" at "What made it harder?" is not a reason',
    async (words) => {
      app = await absentAtReasons();
      await app.send(words);
      expect(entry()?.triggers ?? []).toEqual([]);
    },
  );

  it.each([
    ['a fight with his brother', 'other'],
    ['the maths teacher shouted', 'class-or-period'],
    ['bus was late and he panicked', 'other'],
    ['tummy ache', 'physical'],
  ])('"%s" is still a reason', async (words, id) => {
    app = await absentAtReasons();
    await app.send(words);
    expect(entry()?.triggers.map((t) => t.id)).toContain(id);
  });
});
