/**
 * review13-6 (s1, s3): Skip at a situation letter's child question ("What's your child's name, as
 * the school knows them?") asked the same question again. Skipped once, it is not asked again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('Skip at a situation letter\'s child question', () => {
  it('moves on, never asking for the child\'s name again', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    await app.send(command('resume'));
    let r = await app.send('What do I say next?');
    expect(lastQuestion(r).key).toBe('say-next.ask-statement');
    r = await app.send('They want me to take him off roll and home educate him.');
    expect(lastQuestion(r).key).toBe('say-next.ask-draft');
    r = await app.send(choice('yes', lastQuestion(r).promptId));
    expect(lastQuestion(r).key).toBe('say-next.ask-child');
    r = await app.send(choice('skip', lastQuestion(r).promptId));
    expect(keys(r)).not.toContain('say-next.ask-child');
    expect(lastQuestion(r).key).not.toBe('say-next.ask-child');
  });
});
