/**
 * The lead's walk (L-L1): a US parent asked for "an evaluation for a 504 plan" (no plan yet), and
 * the chat and the letter gave only the IDEA evaluation right. A request that names a 504 plan
 * gets Section 504's own evaluation duty first (34 CFR 104.35), the IDEA route beside it; a
 * request that does not is as before.
 */
import { describe, expect, it } from 'vitest';
import { termKey } from '../../../src/features/advice/term-keys.js';
import { loadContent } from '../../../src/content/catalog.js';

const content = loadContent();

describe('the evaluation right when the parent asked for a 504 plan', () => {
  it('names Section 504 first when the request does, for a child with no plan yet', () => {
    expect(termKey('us', 'none', 'assessment-right', 'an evaluation for a 504 plan because of his anxiety')).toBe('terms.us.assessment-right.504-request');
    expect(termKey('us', 'assessing', 'assessment-right', 'a Section 504 evaluation')).toBe('terms.us.assessment-right.504-request');
    const said = content.render('terms.us.assessment-right.504-request');
    expect(said).toMatch(/104\.35/);
    expect(said).toMatch(/300\.301/);
  });

  it('as before when the request names no 504, or the child already has one, or outside the US', () => {
    expect(termKey('us', 'none', 'assessment-right', 'an evaluation for special education')).toBe('terms.us.assessment-right');
    expect(termKey('us', '504', 'assessment-right', 'a new 504 evaluation')).toBe('terms.us.assessment-right.504');
    expect(termKey('england', 'none', 'assessment-right', 'a 504 plan')).toBe('terms.england.assessment-right');
    expect(termKey('us', 'none', 'plan-duty', 'a 504 plan')).toBe('terms.agreed.plan-duty');
  });
});

describe('through the engine: a US parent asking for a 504 evaluation', () => {
  it('chat and letter name Section 504\'s evaluation duty', async () => {
    const { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp } = await import('../../support/builders.js');
    const { letterOf, profile, signAs, situation } = await import('./situation-steps.js');
    const app = makeTestApp({ classifier: fixedClassifier('data') });
    try {
      let r = await app.send(command('resume'));
      r = await app.send(choice('new-no', lastQuestion(r).promptId));
      await app.send('Eli');
      await app.send('an evaluation for a 504 plan because of his anxiety');
      await app.send('We will not evaluate him until we have six weeks of attendance data');
      await app.send('Ms Ortiz');
      await app.send(choice('yesterday'));
      r = await app.send(choice('yes'));
      r = await profile(app, r, 'us', 'none', 'he');
      r = await situation(app, r, 'no-assessment');
      r = await app.send('he freezes at the gate every morning and has missed 20 days since September');
      r = await signAs(app, await app.send(choice('not-yet')));
      expect(keys(r)).toContain('terms.us.assessment-right.504-request');
      expect(letterOf(r).body).toContain('34 CFR 104.35');
    } finally {
      app.cleanup();
    }
  });
});
