/**
 * A comment about an earlier pick, typed at a question that takes the parent's words ("Honestly I
 * am not sure I picked the right option a moment ago…", fifteenth walk, W15-3 d): never noted as
 * that question's answer. Kept in the notes as the parent's own words, said so, and the question
 * asked again. By keys and notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const META =
  'Honestly I am not sure I picked the right option a moment ago. Looking at it again, what Ms Grant said was really that they want six weeks of data before they will change anything, not that it is against their policy. I would rather the notes reflected that accurately.';

async function atRequest(): Promise<string> {
  app = makeTestApp();
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  const r = await app.send('Amara');
  return lastQuestion(r).key;
}

describe('a comment on an earlier pick at a question taking words (W15-3 d)', () => {
  it.each([META, 'i picked the wrong option', 'not sure I pressed the right button just now', 'I think I tapped the wrong one', 'that was the wrong button, sorry'])('"%s" is not the answer: kept as the parent\'s words, the question again', async (words) => {
    const asked = await atRequest();
    const r = await app.send(words);
    expect(keys(r)).toContain('engine.picked-wrong');
    expect(lastQuestion(r).key).toBe(asked);
    const notes = app.store.listNotes('parent-a');
    expect(notes.filter((n) => n.text === words).map((n) => n.kind)).toEqual(['parent_words']);
  });

  it('an ordinary answer is still the answer', async () => {
    const asked = await atRequest();
    const r = await app.send('A later start, at 10, because mornings are the hardest part');
    expect(lastQuestion(r).key).not.toBe(asked);
  });
});
