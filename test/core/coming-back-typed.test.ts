/**
 * Coming back after days by typing (Slack, Discord, the console alike), not only by the console's
 * resume: the engine sees the time since the last turn and says which day the waiting question is
 * about, as resume does (fifteenth walk, W15-3; return16 named it on resume only). By keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, keys, lastQuestion, type TestApp } from '../support/builders.js';
import { absentAtReasons } from '../features/daily-log/at-reasons.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const WEEK = 7 * 864e5;
const textOf = (r: { type: string; text?: string } | undefined) => (r && 'text' in r ? String(r.text) : '');

/** A day's log left at "Anything else?" on its first day; the day in full ("12 January"). */
async function leftAtReasons(): Promise<string> {
  app = await absentAtReasons();
  expect(lastQuestion(await app.send(choice('t:tiredness-sleep'))).key).toBe('daily-log.ask-triggers-more');
  return new Date(app.clock.now()).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
}

describe('back after days, typing at the waiting question (W15-3)', () => {
  for (const channel of ['slack', 'discord', 'console'] as const) {
    it(`${channel}: "hi, back again" three weeks on names the day, then the question`, async () => {
      const day = await leftAtReasons();
      app.clock.advance(3 * WEEK);
      const r = await app.send('hi, back again', { channel });
      const at = keys(r).indexOf('daily-log.resume-day');
      expect(at).toBeGreaterThanOrEqual(0);
      expect(textOf(r[at])).toContain(day);
      expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    });

    it(`${channel}: an answer typed three weeks on is told which day it went on`, async () => {
      await leftAtReasons();
      app.clock.advance(3 * WEEK);
      const r = await app.send('a fight with his brother', { channel });
      expect(keys(r)[0]).toBe('daily-log.resume-day');
    });
  }

  it('typed again the same day, a few hours on: nothing about the day', async () => {
    await leftAtReasons();
    app.clock.advance(3 * 3_600_000);
    const r = await app.send('a fight with his brother', { channel: 'slack' });
    expect(keys(r)).not.toContain('daily-log.resume-day');
  });
});
