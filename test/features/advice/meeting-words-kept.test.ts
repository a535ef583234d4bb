/**
 * The meeting question ("They mentioned a meeting on …: keep it as a date to watch?") on the one
 * rule for a typed answer not read (typed21, src/core/added-words.ts): words with no day in them
 * that say something ("the head is off sick till then") are kept in the parent's words, thanked
 * for, and the question asked again; words that add nothing ("hmm not sure") get what the
 * question needs. Before, only six words or more were kept. Through the engine, by keys and notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

const REVIEW = 'We can talk about it at his review on 15 April.';

let app: TestApp;
afterEach(() => app.cleanup());

async function atMeeting(): Promise<void> {
  app = makeTestApp({ classifier: fixedClassifier('resources') });
  const r = await app.send(command('say', REVIEW));
  expect(lastQuestion(r).key).toBe('situation.meeting');
}
const words = () => app.store.listNotes('parent-a').filter((n) => n.kind === 'parent_words' && n.text !== REVIEW);

describe('words with no day at the meeting question', () => {
  it('a short sentence that says something is kept, thanked for, the question again', async () => {
    await atMeeting();
    const r = await app.send('the head is off sick');
    expect(keys(r)).toContain('situation.meeting-kept-words');
    expect(keys(r)).not.toContain('situation.meeting-unread');
    expect(lastQuestion(r).key).toBe('situation.meeting');
    expect(words().map((n) => n.text)).toEqual(['the head is off sick']);
  });

  it('words that add nothing: what the question needs, nothing kept', async () => {
    await atMeeting();
    const r = await app.send('hmm not sure');
    expect(keys(r)).toContain('situation.meeting-unread');
    expect(words()).toEqual([]);
  });
});
