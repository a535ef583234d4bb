/**
 * One source of truth for "confident": what `classify` reports is exactly whether triage goes
 * ahead with "It sounds like X. Does that fit?" (confident) or asks which kind it is (not).
 * Runs the real classifier through the real engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bootClassifier } from '../../src/app.js';
import { choice, command, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function questionAfterTriage(statement: string) {
  app = makeTestApp();
  let r = await app.send(command('resume'));
  r = await app.send(choice('new-no', lastQuestion(r).promptId));
  await app.send('Bean');
  await app.send('A later start');
  await app.send(statement);
  await app.send(choice('senco'));
  r = await app.send(choice('today'));
  return lastQuestion(r);
}

describe('confident: classify and the triage confirm step agree', () => {
  it.each([
    "We don't have the staff for a 1:1.",
    'He is nine and autistic. The head told me "we have never let a pupil start late and we will not begin now".',
    "We don't have the staff for that, and anyway it would set a precedent.",
    'I am not sure what they meant by it, something about the form.',
  ])('%j', async (statement) => {
    const classifier = bootClassifier();
    const r = classifier.classify(statement);
    const q = await questionAfterTriage(statement);
    if (classifier.isConfident(r)) {
      expect(q.key).toBe(`triage.confirm.${r.category}`);
    } else {
      expect(q.key).toBe('triage.ask-which-kind');
      const top = r.ranked.map((x) => x.category).filter((c) => c !== 'other').slice(0, 2);
      expect(q.choices.map((c) => c.id)).toEqual([...top.map((c) => `cat:${c}`), 'cat:other', 'cat:all']);
    }
  });

  it('covers both outcomes', () => {
    const classifier = bootClassifier();
    const sure = classifier.isConfident(classifier.classify("We don't have the staff for a 1:1."));
    const mixed = classifier.isConfident(classifier.classify("We don't have the staff for that, and anyway it would set a precedent."));
    expect([sure, mixed]).toEqual([true, false]);
  });
});
