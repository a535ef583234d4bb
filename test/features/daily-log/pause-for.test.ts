/**
 * "Pause reminders for 2 weeks" (the README's own example), "pause for 3 weeks", and a pause at
 * the end of a longer message ("we're going away for a bit, my mum is poorly. pause reminders for
 * 3 weeks") pause the check-ins (fifteenth walk, W15-8): the length read as a day ahead, and the
 * day the check-ins start again said (the first of the parent's days on or after it). The family
 * news is not kept as what the school said. By keys, the store and the day said.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock, keys, makeTestApp, type TestApp } from '../../support/builders.js';
import type { Reply } from '../../../src/core/types.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const textOf = (r: Reply[], key: string) => {
  const found = r.find((x) => x.key === key);
  return found?.type === 'text' ? found.text : '';
};

/** Monday 11 January 2027, 16:30 in London, check-ins at 8 on school days. */
async function withCheckins(): Promise<void> {
  app = makeTestApp({ clock: new FixedClock(new Date('2027-01-11T16:30:00Z')) });
  await app.send('remind me at 8am on school days, London time');
  await app.send('JJ');
}
const pausedUntil = () => app.store.logs.getCheckin('parent-a')?.pauseUntil;

describe('pausing the check-ins for a length of time (W15-8)', () => {
  it('"pause reminders for 2 weeks": paused to Monday 25 January, and that day said', async () => {
    await withCheckins();
    const r = await app.send('pause reminders for 2 weeks');
    expect(keys(r)).toContain('checkin.paused');
    expect(pausedUntil()).toBe('2027-01-25');
    expect(textOf(r, 'checkin.paused')).toContain('Mon 25 Jan');
  });

  it('"pause for 3 weeks": paused to Monday 1 February', async () => {
    await withCheckins();
    const r = await app.send('pause for 3 weeks');
    expect(keys(r)).toContain('checkin.paused');
    expect(pausedUntil()).toBe('2027-02-01');
  });

  it('a length that ends on a weekend: the first school day after it is said', async () => {
    await withCheckins();
    // Monday + 5 days is Saturday 16 January: check-ins start again on Monday 18 January.
    const r = await app.send('pause reminders for 5 days');
    expect(keys(r)).toContain('checkin.paused');
    expect(textOf(r, 'checkin.paused')).toContain('Mon 18 Jan');
  });

  it('at the end of a longer message: paused, and the family news not taken as the school\'s words', async () => {
    await withCheckins();
    const r = await app.send("we're going away for a bit, my mum is poorly. pause reminders for 3 weeks");
    expect(keys(r)).toContain('checkin.paused');
    expect(pausedUntil()).toBe('2027-02-01');
    expect(app.store.getSession('parent-a')?.flowId).not.toBe('triage');
    expect(app.store.listNotes('parent-a').filter((n) => n.kind === 'statement')).toEqual([]);
  });

  it('review19 R6: the family news before the pause is kept in the parent\'s own words, and said so', async () => {
    await withCheckins();
    const r = await app.send("we're going away for a bit, my mum is poorly. pause reminders for 3 weeks");
    expect(keys(r)).toEqual(expect.arrayContaining(['engine.before-kept', 'checkin.paused']));
    const kept = app.store.listNotes('parent-a').filter((n) => n.kind === 'parent_words');
    expect(kept.map((n) => n.text)).toEqual(["we're going away for a bit, my mum is poorly"]);
  });

  it('"pause reminders until 1 feb" still works', async () => {
    await withCheckins();
    await app.send('pause reminders until 1 feb');
    expect(pausedUntil()).toBe('2027-02-01');
  });
});
