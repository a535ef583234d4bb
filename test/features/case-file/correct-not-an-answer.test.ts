/**
 * A correction may open a long message ("actually I got the date wrong, …"), but at a question the
 * parent answers in their own words, a long message is their answer: "It wasn't the head, it was
 * Mrs Khan from the office" typed at "Who said it?" says who said it, not that an earlier note is
 * wrong (the correct helper's report). The short phrases ("wrong date") still work anywhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { throughTriage } from '../../core/through-triage.js';

let app: TestApp;
afterEach(() => app?.cleanup());

/** A first no noted in full, then a second one up to "Who said it?". */
async function atWho(): Promise<void> {
  const confirm = await throughTriage(app, 'We need more data before we change anything.');
  await app.send(choice('yes', lastQuestion(confirm).promptId));
  expect(app.store.listNotes('parent-a').some((n) => n.kind === 'statement')).toBe(true);
  await app.send(command('restart'));
  await app.send(choice('new-no'));
  await app.send(choice('child:0'));
  await app.send('A later start at ten');
  expect(lastQuestion(await app.send('We have never done later starts and will not start now.')).key).toBe('triage.ask-who');
}

describe('a correction phrase at an open question', () => {
  it.each(["It wasn't the head, it was Mrs Khan from the office who rang me", "it wasn't the head, it was Mrs Khan"])('%j is the answer', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await atWho();
    const r = await app.send(words);
    expect(app.store.getSession('parent-a')?.flowId).toBe('triage');
    expect(lastQuestion(r).key).not.toMatch(/^case-file\.correct/);
  });

  it('a short one is still the command', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await atWho();
    await app.send('wrong date');
    expect(app.store.getSession('parent-a')?.flowId).toBe('correct');
  });
});
