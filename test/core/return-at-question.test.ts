/**
 * A greeting or a return message typed at any waiting question ("hi, back again", "sorry I've been
 * away, where were we") is read as that: the question asked again, the words kept in the notes
 * only when they carry something more, never stored as the answer. The daily log's reasons read
 * the same rule (return16's). An email pasted with its greeting is still the answer. By keys,
 * state (the question waiting) and notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';
import { returnMessage } from '../../src/core/coming-back.js';
import { shippedWords } from '../../src/content/catalog.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const notes = () => app.store.listNotes('parent-a');

/** A first "no" for Bo, left at "what did you ask the school for?". */
async function atRequest(): Promise<void> {
  app = makeTestApp();
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  expect(lastQuestion(await app.send('Bo')).key).toBe('triage.ask-request');
}

describe('a return message at a waiting question', () => {
  for (const typed of ['hi, back again', "sorry I've been away, where were we", 'Hello again!', "im back, sorry it's been a while"]) {
    it(`"${typed}" at "what did you ask for?": the question again, nothing kept as the answer`, async () => {
      await atRequest();
      const r = await app.send(typed);
      expect(lastQuestion(r).key).toBe('triage.ask-request');
      expect(keys(r)).not.toContain('triage.ask-statement');
      expect(notes().filter((n) => n.text === typed)).toEqual([]);
    });
  }

  it('words that carry something are kept as the parent\'s, not as the answer', async () => {
    await atRequest();
    const typed = 'hi, back again. sorry ive been away, we had a family wedding';
    const r = await app.send(typed);
    expect(lastQuestion(r).key).toBe('triage.ask-request');
    expect(keys(r)).toContain('engine.returned-kept');
    expect(notes().filter((n) => n.text === typed).map((n) => [n.kind, n.topic])).toEqual([['parent_words', 'engine.returned']]);
  });

  it('an answer that opens with a greeting is still the answer', async () => {
    await atRequest();
    const r = await app.send('Hello, a quiet room at break times');
    expect(lastQuestion(r).key).toBe('triage.ask-statement');
  });

  it('an email pasted with its greeting is the school\'s words, as before', async () => {
    await atRequest();
    await app.send('A quiet room at break times');
    const r = await app.send('Hi Mrs Morgan, thank you for your email. We are unable to offer a quiet room at the moment.');
    expect(lastQuestion(r).key).not.toBe('triage.ask-statement');
    expect(keys(r)).not.toContain('engine.returned');
  });

  it('at a question that takes only buttons: the return read, not "please pick one"', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send('log today');
    const asked = lastQuestion(await app.send('JJ')).key;
    const r = await app.send('hi, back again');
    expect(keys(r)).not.toContain('engine.pick-one');
    expect(keys(r)).toContain('engine.returned');
    expect(lastQuestion(r).key).toBe(asked);
  });

  it('the rule: returns and greetings, never a reason or an answer', () => {
    const read = (t: string) => returnMessage(t, shippedWords);
    expect(read('hi, back again')).toEqual({ carries: '' });
    expect(read('sorry ive been away, mum was in hospital. where were we')?.carries).toMatch(/mum was in hospital/);
    for (const t of ['a fight with his brother', 'sorry, she was just tired', 'Hi Mrs Morgan, we cannot offer that', 'Hello, a quiet room at break times', 'back pain again'])
      expect(read(t), t).toBeNull();
  });
});
