/**
 * A parent who wants out of the question in front of them ("stop", "cancel", "never mind",
 * "back") is taken back to the menu, notes kept; the word is never filed as an answer (the
 * walkthrough of 6 December 2026: "stop" at the child's name opened a case called "stop", and
 * "back" at "is this about the last thing the school said?" was classified as the school's words).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, fixedClassifier, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const say = (text: string) => ({ kind: 'text' as const, text });

describe('leaving a question', () => {
  it.each(['stop', 'Stop.', 'cancel', 'never mind', 'nevermind', 'back', 'go back'])('%j at the child\'s name goes back to the menu and opens no case', async (word) => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    let r = await app.send(say('hello'));
    r = await app.send(choice('new-no', lastQuestion(r).promptId));
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
    r = await app.send(say(word));
    expect(lastQuestion(r).key).toBe('home.menu');
    expect(app.store.listCases('parent-a')).toEqual([]);
  });
});
