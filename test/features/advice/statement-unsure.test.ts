/**
 * "dunno" typed where the school's words are asked for (the ninth walk's N-L5): it was kept as
 * what the school said, classified and quoted in the letter. Now it is never kept: the question
 * says roughly is enough and waits for their words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function toStatement(a: TestApp): Promise<void> {
  const menu = await a.send(command('resume'));
  await a.send(choice('new-no', lastQuestion(menu).promptId));
  await a.send('Bean');
  const r = await a.send('A later start');
  expect(keys(r)).toContain('triage.ask-statement');
}

describe("not knowing the school's words", () => {
  it.each(['dunno', 'idk', "I don't know", 'not sure.', 'No idea!', "can't remember", "I don't remember", 'I do not know', 'not sure what they said', 'dunno tbh', 'idk lol'])('%j is not kept as what the school said', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await toStatement(app);
    const r = await app.send(words);
    expect(keys(r)).toEqual(['triage.ask-statement-unsure']);
    expect(app.store.listNotes('parent-a').some((n) => n.text === words)).toBe(false);
    // Their words next are taken as usual.
    const next = await app.send('they said they need more evidence first');
    expect(keys(next)).toContain('triage.ask-who');
  });

  it('"dunno" again: a way on is offered, not the same line', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await toStatement(app);
    expect(keys(await app.send('dunno'))).toEqual(['triage.ask-statement-unsure']);
    expect(keys(await app.send("can't remember"))).toEqual(['triage.ask-statement-unsure-again']);
    expect(keys(await app.send('they said they could not do it'))).toContain('triage.ask-who');
  });

  it('"I don\'t know exactly, they just said no" is their words, kept', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await toStatement(app);
    const r = await app.send("I don't know exactly, they just said no");
    expect(keys(r)).toContain('triage.ask-who');
  });
});
