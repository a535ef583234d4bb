/**
 * notes16 item 4: a long message typed at the safety check ("Are you or your child safe right
 * now?"), which the crisis screen has read and not fired on, is kept in the parent's words and
 * comes back once the check is answered, as a new message does at any other buttons-only
 * question. The check itself is never weakened: its question is asked again at once, the words
 * are never read as its answer ("yes, we're safe…" is not "safe"), and nothing it keeps is read
 * until the check is done. A message the screen fires on is still never stored. By keys and notes.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const EMAIL = 'Mrs Fenwick emailed again this morning: "We are unable to provide a quiet room at lunchtime as the space is needed for other pupils."';
const kept = (words: string) => app.store.listNotes('parent-a').filter((n) => n.text.includes(words));

async function atSafetyCheck(): Promise<string> {
  app = makeTestApp({ classifier: fixedClassifier('data') });
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  const asked = lastQuestion(await app.send('Bean'));
  expect(lastQuestion(await app.send("I can't do this anymore, Zanzibar days every day")).key).toBe('safety.check.question');
  return asked.key;
}

describe('a long message at the safety check', () => {
  it('is kept, the check asked again at once; after "yes, we\'re safe" the message comes back, then the question they were on', async () => {
    const before = await atSafetyCheck();
    const r = await app.send(EMAIL);
    expect(keys(r)).toEqual(['engine.new-message.safety-first', 'safety.check.question']);
    expect(kept('unable to provide a quiet room').map((n) => [n.caseId, n.kind])).toEqual([[null, 'parent_words']]);
    const safe = await app.send(choice('safe', lastQuestion(r).promptId));
    expect(keys(safe)[0]).toBe('safety.check.glad');
    expect(lastQuestion(safe).key).toBe('engine.new-message.held');
    const left = await app.send(choice('new:leave', lastQuestion(safe).promptId));
    expect(lastQuestion(left).key).toBe(before);
    expect(kept('unable to provide a quiet room')).toHaveLength(1);
  });

  it('beginning "yes we\'re safe" is not read as the answer: the check is asked again', async () => {
    await atSafetyCheck();
    const r = await app.send(`Yes we're safe, sorry. ${EMAIL}`);
    expect(lastQuestion(r).key).toBe('safety.check.question');
    expect(keys(r)).not.toContain('safety.check.glad');
  });

  it('"not sure" after it still gives the crisis reply; the message waits until after', async () => {
    await atSafetyCheck();
    const q = lastQuestion(await app.send(EMAIL));
    const r = await app.send(choice('not-sure', q.promptId));
    expect(keys(r)).toEqual(['safety.crisis.parent_crisis']);
    const on = await app.send(choice('continue', lastQuestion(r).promptId));
    expect(lastQuestion(on).key).toBe('engine.new-message.held');
  });

  it('a long message the screen fires on is never kept', async () => {
    await atSafetyCheck();
    const r = await app.send('honestly I have been thinking everyone would be better off without me, the school just keeps saying no to everything');
    expect(lastQuestion(r).key).toMatch(/^safety\./);
    expect(kept('better off without me')).toEqual([]);
    app.close();
    expect(readFileSync(app.dbPath).includes(Buffer.from('better off without me'))).toBe(false);
  });
});
