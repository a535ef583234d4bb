/**
 * The tenth walk's C-L6: a mention a minute after a /nextstep answer, a question waiting, opened
 * the DM with "Good to see you again. Nothing was lost." A parent back within the half hour is
 * taken back to the question ("Now, back to where we were:"); "welcome back" is for a return.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function waitingQuestion(): Promise<string> {
  app = makeTestApp();
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  return lastQuestion(await app.send('Bean')).key;
}

describe('coming back to a waiting question', () => {
  it('a minute later: back to where we were', async () => {
    const asked = await waitingQuestion();
    app.clock.advance(60_000);
    const r = await app.send(command('resume'));
    expect(keys(r)).toEqual(['engine.back-to', asked]);
  });

  it('hours later: welcome back', async () => {
    const asked = await waitingQuestion();
    app.clock.advance(3 * 3_600_000);
    const r = await app.send(command('resume'));
    expect(keys(r)).toEqual(['engine.welcome-back', asked]);
  });
});
