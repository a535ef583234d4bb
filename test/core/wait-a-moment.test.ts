/**
 * "Hang on, let me find it", "sorry it's a long thread" (the sixth walk): after the bot said a
 * pasted thread was too long, the parent's "sorry it's a long thread" was taken as what the school
 * said, classified and filed. A message that only asks for a moment, or only apologises for a
 * long paste, is not an answer: "no rush", nothing kept, the question again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function atStatement(a: TestApp) {
  await a.send(command('resume'));
  await a.send(choice('new-no'));
  await a.send('Ellis');
  return lastQuestion(await a.send('a part-time timetable'));
}

describe('a parent asking for a moment', () => {
  it.each(["sorry it's a long thread", 'hang on, let me find it', 'one sec', 'Wait', 'give me a minute please', 'ok let me find the email'])('"%s" at "what did the school say?"', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    const asked = await atStatement(app);
    expect(asked.key).toBe('triage.ask-statement');
    const before = app.store.listNotes('parent-a').length;
    const r = await app.send(words);
    expect(keys(r)).toEqual(['engine.wait', asked.key]);
    expect(app.store.listNotes('parent-a')).toHaveLength(before);
  });

  it('the school\'s words that start with sorry are still their words', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    await atStatement(app);
    const r = await app.send("Sorry, we can't offer a part-time timetable at the moment as we don't have the staff.");
    expect(keys(r)).not.toContain('engine.wait');
    expect(lastQuestion(r).key).toBe('triage.ask-who');
  });
});
