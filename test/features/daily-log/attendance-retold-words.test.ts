/**
 * review12 on L13-5's mend: at "What made it harder?", words that say more than how much of the
 * day (an event: sent home, a meltdown, called in) are a reason, as before; the attendance
 * question is asked only when the words are about nothing else, and whatever the answer to it,
 * the words stay on the day. A time told over one picked says it was changed, not added.
 * By keys, state and the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, keys, lastQuestion, type TestApp } from '../../support/builders.js';
import { atReasons, todaysEntry } from './at-reasons.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const entry = () => todaysEntry(app);

describe('words at "What made it harder?" that say more than how much of the day (review12)', () => {
  it('"the school sent him home again" on a part day is a reason, not "I have it already"', async () => {
    app = await atReasons('partial');
    const r = await app.send('the school sent him home again');
    expect(keys(r)).not.toContain('daily-log.attendance-heard');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.triggers).toEqual([{ id: 'other', detail: 'the school sent him home again' }]);
  });

  it('"they sent him home at lunch" on a full day is a reason, kept; the part of the day it says is asked about, not changed unasked (situations16)', async () => {
    app = await atReasons('full');
    const r = await app.send('they sent him home at lunch');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance-change-too.full-partial');
    expect(entry()).toMatchObject({ attendance: 'full', triggers: [{ id: 'other', detail: 'they sent him home at lunch' }] });
  });

  it('a meltdown or being called in is a reason too', async () => {
    app = await atReasons('partial');
    expect(lastQuestion(await app.send('came home early after a meltdown')).key).toBe('daily-log.ask-triggers-more');
    expect(lastQuestion(await app.send('they called me in at 11')).key).toBe('daily-log.ask-triggers-more');
    expect(entry()?.triggers.map((t) => t.detail)).toEqual(['came home early after a meltdown', 'they called me in at 11']);
  });

  it('only how much of the day, then "No, keep what I picked": the attendance kept, the words on the day', async () => {
    app = await atReasons('full');
    expect(lastQuestion(await app.send('she went in for 2 hours in the end')).key).toBe('daily-log.ask-attendance-change.full-partial');
    const no = await app.send(choice('keep'));
    expect(keys(no)).toContain('daily-log.attendance-kept');
    expect(lastQuestion(no).key).toBe('daily-log.ask-triggers');
    expect(entry()).toMatchObject({ attendance: 'full', note: 'she went in for 2 hours in the end' });
  });

  it('"Yes, change it": changed, and the words on the day too; a note typed later keeps them', async () => {
    app = await atReasons('absent');
    expect(lastQuestion(await app.send('JJ went in for 2 hours in the end')).key).toBe('daily-log.ask-attendance-change.absent-partial');
    expect(keys(await app.send(choice('change')))).toContain('daily-log.attendance-changed');
    expect(entry()).toMatchObject({ attendance: 'partial', note: 'JJ went in for 2 hours in the end' });
    await app.send('no');
    await app.send('no');
    await app.send('quiet evening after');
    expect(entry()?.note).toBe('JJ went in for 2 hours in the end quiet evening after');
  });

  it('a time told over the one picked (3 h, then "went in for 2 hours in the end") says it was changed', async () => {
    app = await atReasons('partial', 'h:3');
    expect(entry()?.hours).toBe(3);
    const r = await app.send('she went in for 2 hours in the end');
    expect(keys(r)).toContain('daily-log.attendance-hours-set');
    expect(entry()).toMatchObject({ attendance: 'partial', hours: 2, triggers: [] });
  });
});
