/**
 * An attendance answer typed at "What made it harder?" (the lead's replay, L13-5): "part of the
 * day", "went in for 2 hours", "half day" are read as the attendance question reads them and put
 * where they belong, never kept as a reason. The same as already picked: said so (the time added
 * when one was told), and the reasons asked again. Different: asked first whether to change it.
 * By keys, state and the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, keys, lastQuestion, type TestApp } from '../../support/builders.js';
import { atReasons, todaysEntry } from './at-reasons.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const entry = () => todaysEntry(app);

describe('an attendance answer at "What made it harder?" (L13-5)', () => {
  it('"part of the day" after "Part of the day": not a reason; said so, and the reasons asked again', async () => {
    app = await atReasons('partial');
    const r = await app.send('part of the day');
    expect(keys(r)).toContain('daily-log.attendance-heard');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers');
    expect(entry()?.triggers).toEqual([]);
    expect(entry()?.attendance).toBe('partial');
  });

  it('"went in for 2 hours" after "Part of the day": the time goes on the day', async () => {
    app = await atReasons('partial');
    const r = await app.send('went in for 2 hours');
    expect(keys(r)).toContain('daily-log.attendance-hours-set');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers');
    expect(entry()).toMatchObject({ attendance: 'partial', hours: 2, triggers: [] });
  });

  it('"half day" after "Didn\'t go in": asked before changing it; a yes changes it and keeps the morning', async () => {
    app = await atReasons('absent');
    const r = await app.send('half day');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance-change.absent-partial');
    expect(lastQuestion(r).choices.map((c) => c.id)).toEqual(['change', 'keep']);
    expect(entry()?.attendance).toBe('absent');
    const yes = await app.send(choice('change'));
    expect(keys(yes)).toContain('daily-log.attendance-changed');
    expect(lastQuestion(yes).key).toBe('daily-log.ask-triggers');
    expect(entry()).toMatchObject({ attendance: 'partial', hours: 3, difficulty: 6, triggers: [] });
  });

  it('a no keeps what was picked, and the reasons are asked again (at "anything else?" when some were picked)', async () => {
    app = await atReasons('full');
    await app.send(choice('t:sensory'));
    const r = await app.send('part of the day');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance-change.full-partial');
    const no = await app.send(choice('keep'));
    expect(keys(no)).toContain('daily-log.attendance-kept');
    expect(lastQuestion(no).key).toBe('daily-log.ask-triggers-more');
    expect(entry()).toMatchObject({ attendance: 'full', triggers: [{ id: 'sensory', detail: null }] });
  });

  it('reasons still are reasons: "feeling sick", "sick", "the corridors", "tired, came home early", "no"', async () => {
    app = await atReasons('partial');
    expect(lastQuestion(await app.send('sick')).key).toBe('daily-log.ask-triggers-more');
    expect(lastQuestion(await app.send('the corridors')).key).toBe('daily-log.ask-triggers-more');
    expect(lastQuestion(await app.send('tired, came home early')).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.triggers.map((t) => t.id)).toEqual(['physical', 'other', 'tiredness-sleep']);
    expect(lastQuestion(await app.send('no')).key).toBe('daily-log.ask-supports');
  });
});
