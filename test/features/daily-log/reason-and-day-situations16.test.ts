/**
 * situations16 item 4: "tired, came home early" at "What made it harder?" says a reason AND part
 * of the day. The reason is kept as before; the day is asked about as a day told there is ("Shall
 * I change it to part of the day?"), never lost and never changed unasked. By keys, state and the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, keys, lastQuestion, type TestApp } from '../../support/builders.js';
import { atReasons, todaysEntry } from './at-reasons.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const entry = () => todaysEntry(app);

describe('a reason with part of the day in it (situations16)', () => {
  it('after "Full day": the reason kept, then asked whether to change the day; yes makes it part of the day', async () => {
    app = await atReasons('full');
    const r = await app.send('tired, came home early');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance-change-too.full-partial');
    expect(entry()?.triggers.map((t) => t.id)).toEqual(['tiredness-sleep']);
    expect(entry()?.attendance).toBe('full');
    const r2 = await app.send(choice('change'));
    expect(keys(r2)).toContain('daily-log.attendance-changed');
    expect(lastQuestion(r2).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.attendance).toBe('partial');
    expect(entry()?.triggers.map((t) => t.id)).toEqual(['tiredness-sleep']);
  });

  it('"No, keep what I picked": the day stays a full one, the reason stays, and the list goes on', async () => {
    app = await atReasons('full');
    await app.send('tired, came home early');
    const r = await app.send(choice('keep'));
    expect(keys(r)).toContain('daily-log.attendance-kept');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.attendance).toBe('full');
    expect(entry()?.triggers.map((t) => t.id)).toEqual(['tiredness-sleep']);
  });

  it('after "Part of the day": the reason only, nothing asked (the day already says it)', async () => {
    app = await atReasons('partial');
    const r = await app.send('tired, came home early');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.attendance).toBe('partial');
  });

  it('a reason with no part of the day in it ("the corridors were too loud") is asked nothing more', async () => {
    app = await atReasons('full');
    const r = await app.send('the corridors were too loud');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.attendance).toBe('full');
  });
});
