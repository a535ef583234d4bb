/**
 * "log" typed while a question waits puts that conversation aside (the engine's rule, W-L4);
 * "skip today" (or "snooze", "stop reminders") at the log's first question drops the log. The
 * conversation it was put over must come back, not be lost with it (mends2's walk).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SCHOOL_DAYS } from '../../../src/features/daily-log/model.js';
import { fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { throughTriage } from '../../core/through-triage.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('a log started over a waiting question, then dropped', () => {
  it.each(['skip today', 'stop reminders'])('"%s" at the log\'s first question brings the waiting question back', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('data', false) });
    const waiting = lastQuestion(await throughTriage(app, 'We need more data before we can change anything.'));
    app.store.logs.updateCheckin('parent-a', { enabled: true, days: [...SCHOOL_DAYS], time: '07:30', zone: 'Europe/London' }, app.clock.now().toISOString());
    const log = await app.send('log');
    expect(lastQuestion(log).key.startsWith('daily-log.')).toBe(true);
    const r = await app.send(words);
    expect(keys(r)).not.toContain('home.menu');
    expect(lastQuestion(r).key).toBe(waiting.key);
    // And the conversation goes on from there.
    expect(app.store.getSession('parent-a')?.flowId).not.toBe('daily-log');
  });
});
