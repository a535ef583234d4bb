/**
 * A day told at the menu on a Saturday, naming no day ("jj went in at 11 came home at 1 after a
 * meltdown in maths"), is offered for the last school day, as a plain `log` is (fifteenth walk,
 * W15-14); a day the words name is kept. By keys, the offer's day and the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, FixedClock, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const TOLD = 'jj went in at 11 came home at 1 after a meltdown in maths';
const entryOn = (date: string) => app.store.logs.listEntries('parent-a').find((e) => e.date === date);

/** Saturday 30 January 2027, a parent with one child, JJ, at the menu. */
async function onSaturday(): Promise<void> {
  app = makeTestApp({ clock: new FixedClock(new Date('2027-01-30T11:00:00Z')) });
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  await app.send('JJ');
  await app.send(command('menu'));
}

describe('a day told on a Saturday (W15-14)', () => {
  it('is offered for Friday, and a yes logs Friday', async () => {
    await onSaturday();
    const r = await app.send(TOLD);
    const q = lastQuestion(r);
    expect(q.key).toBe('daily-log.ask-told.named');
    expect(q.text).toContain('Fri 29 Jan');
    await app.send(choice('yes'));
    expect(entryOn('2027-01-29')).toMatchObject({ attendance: 'partial', arrived: '11:00', left: '13:00' });
    expect(entryOn('2027-01-30')).toBeUndefined();
  });

  it('a day the words name is that day ("on thursday")', async () => {
    await onSaturday();
    const r = await app.send(`on thursday ${TOLD}`);
    expect(lastQuestion(r).text).toContain('Thu 28 Jan');
  });
});
