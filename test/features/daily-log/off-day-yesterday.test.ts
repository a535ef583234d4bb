/**
 * The fourth walk: "log yesterday" typed on a Sunday asked about Saturday with no word that it is
 * a weekend, and a tired "Didn't go in" was counted as a missed school day in the summary, the
 * chart and the packet. A day said as "yesterday" (like a plain "log") is checked against the
 * school week; a day named outright ("log saturday") is still the parent's to choose.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, FixedClock, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

describe('"log yesterday" when yesterday was not a school day', () => {
  it('on a Sunday offers Friday, in words about that day (not "today"); "Log it anyway" logs Saturday', async () => {
    app = makeTestApp({ clock: new FixedClock(new Date('2026-12-13T10:00:00Z')) }); // Sunday
    const a = app;
    let r = await a.send('log yesterday');
    expect(lastQuestion(r).key).toBe('daily-log.ask-off-day-past');
    expect(lastQuestion(r).text).toContain('Sat 12 Dec');
    expect(lastQuestion(r).text).toContain('Fri 11 Dec');
    expect(lastQuestion(r).choices?.map((c) => c.id)).toEqual(['school-day', 'this-day', 'not-now']);
    r = await a.send(choice('school-day', lastQuestion(r).promptId));
    if (lastQuestion(r).key === 'daily-log.ask-nickname') r = await a.send('Bea');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.past');
    expect(lastQuestion(r).text).toContain('Fri 11 Dec');

    await a.send(choice('not-now'));
    r = await a.send('log yesterday');
    r = await a.send(choice('this-day', lastQuestion(r).promptId));
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.past');
    expect(lastQuestion(r).text).toContain('Sat 12 Dec');
  });

  it('on a Tuesday asks about Monday straight away', async () => {
    app = makeTestApp({ clock: new FixedClock(new Date('2026-12-08T10:00:00Z')) });
    const r = await app.send('log yesterday');
    expect(['daily-log.ask-nickname', 'daily-log.ask-attendance.past']).toContain(lastQuestion(r).key);
  });
});

describe('"log" on a Saturday when Friday is logged already', () => {
  it('says Friday is logged, and offers Saturday anyway or not now (not "log Friday?", then "replace it?")', async () => {
    const clock = new FixedClock(new Date('2026-12-11T10:00:00Z')); // Friday
    app = makeTestApp({ clock });
    const a = app;
    let r = await a.send('log today');
    if (lastQuestion(r).key === 'daily-log.ask-nickname') r = await a.send('Bea');
    for (const id of ['full', 'd:3', 'nothing', 'nothing-tried', 'skip']) r = await a.send(choice(id));
    clock.advance(86_400_000); // Saturday
    r = await a.send('log');
    expect(lastQuestion(r).key).toBe('daily-log.ask-off-day-logged');
    expect(lastQuestion(r).text).toContain('Fri 11 Dec');
    expect(lastQuestion(r).choices?.map((c) => c.id)).toEqual(['this-day', 'not-now']);
  });
});

