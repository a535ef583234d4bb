/**
 * The seventh walk's D-L1: "log" typed at 00:05 asked about "today (Tue 8 Dec)", a day not yet
 * begun; a tired parent logging the day that has just ended could record Monday as Tuesday. A
 * plain "log" before 4 am is the day just ended, and says so; "log today" is still today.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

async function logAt(at: string, words: string) {
  app = makeTestApp({ clock: new FixedClock(new Date(at)) });
  let r = await app.send(words);
  if (lastQuestion(r).key === 'daily-log.ask-nickname') r = [...r, ...(await app.send('Bea'))];
  return r;
}

describe('"log" in the small hours', () => {
  it('at 00:05 on Tuesday: Monday, and it says so', async () => {
    const r = await logAt('2026-12-08T00:05:00Z', 'log');
    expect(keys(r)).toContain('daily-log.small-hours');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.past');
    expect(lastQuestion(r).text).toContain('Mon 7 Dec');
  });

  it('"log today" at 00:05 is still today', async () => {
    const r = await logAt('2026-12-08T00:05:00Z', 'log today');
    expect(keys(r)).not.toContain('daily-log.small-hours');
    expect(lastQuestion(r).text).toContain('Tue 8 Dec');
  });

  it('at 7:30 on Tuesday: today', async () => {
    const r = await logAt('2026-12-08T07:30:00Z', 'log');
    expect(keys(r)).not.toContain('daily-log.small-hours');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.today');
  });
});
