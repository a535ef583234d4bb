/**
 * JJ's day started with `attendance` (a part day's hours as `hours`), left at the reasons question
 * ("What made it harder?", after the morning's 6): the start the attendance-at-reasons tests share.
 */
import { expect } from 'vitest';
import { choice, command, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

export async function atReasons(attendance: 'full' | 'partial' | 'absent', hours = 'h:unsure'): Promise<TestApp> {
  const app = makeTestApp();
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  await app.send('JJ');
  await app.send(command('menu'));
  app.store.logs.updateCheckin('parent-a', { schoolDayHours: 6 }, app.clock.now().toISOString());
  await app.send('log today');
  await app.send(choice(attendance));
  if (attendance === 'partial') await app.send(choice(hours));
  expect(lastQuestion(await app.send('6')).key).toBe('daily-log.ask-triggers');
  return app;
}

/** Today's entry in the app's daily log. */
export const todaysEntry = (app: TestApp) => app.store.logs.listEntries('parent-a').find((e) => e.date === app.clock.now().toISOString().slice(0, 10));

/**
 * A first visit's "log today" for JJ (no case yet), absent, the morning's 7, left at "What made it
 * harder?": the start the typed-reasons and back-after-weeks tests share.
 */
export async function absentAtReasons(app: TestApp = makeTestApp()): Promise<TestApp> {
  await app.send(command('resume'));
  await app.send('log today');
  await app.send('JJ');
  await app.send(choice('absent'));
  expect(lastQuestion(await app.send('7')).key).toBe('daily-log.ask-triggers');
  return app;
}
