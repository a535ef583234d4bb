/**
 * Crying or heartbroken emoji on their own (the sixth walk): "😭😭😭" got "I can only read words,
 * not symbols or emoji on their own", which reads cold to a parent in tears. It now gets a kind
 * line first (no rush; say if anyone isn't safe), and the question again; nothing is kept. Other
 * emoji alone ("🙏", "👍") get the plain reply as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('emoji alone', () => {
  it.each(['😭😭😭', '😢', '💔💔', '😞 😔', '☹️'])('"%s": the kind reply, the question again, nothing kept', async (text) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    const asked = lastQuestion(await app.send(choice('new-no')));
    const r = await app.send(text);
    expect(keys(r)).toEqual(['input.upset', asked.key]);
    expect(app.store.listNotes('parent-a')).toEqual([]);
  });

  it.each(['🙏', '👍👍', '🤷'])('"%s": the plain reply', async (text) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    const r = await app.send(text);
    expect(keys(r)[0]).toBe('input.no_words');
  });
});
