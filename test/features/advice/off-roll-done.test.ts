/**
 * review13-3: a parent who has ALREADY taken the child off the roll ("we took Arjun off roll last
 * week... council says no place") was told there was nothing to sign and that it was their
 * choice. Words already past get their own short words (`triage.off-roll-done`), and the
 * situation about pressure to take the child off the roll is not offered.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { cued, offRollDone } from '../../../flows/advice/situation-cues.js';
import { loadContent } from '../../../src/content/catalog.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const DONE = "we took Arjun off roll last week after the head pushed us into signing the home education form. now the council says there's no place for him at any school";

describe('a child already taken off the roll', () => {
  it.each([
    DONE,
    "We've already de-registered him.",
    'She was taken off the school roll in October.',
    'I signed the home education form and now regret it',
  ])('is past: %j', (words) => {
    expect(offRollDone(words)).toBe(true);
    expect(cued(words)).not.toContain('off-roll');
  });

  it.each([
    'they want me to take him off roll and home educate. should I sign the form?',
    "We haven't taken him off roll.",
    'The head said we should take her off the roll.',
  ])('is not past: %j', (words) => {
    expect(offRollDone(words)).toBe(false);
  });

  it('at the menu, is met with its own words, never "nothing to sign"', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    await app.send(command('resume'));
    const r = await app.send(DONE);
    expect(keys(r)).toContain('triage.off-roll-done');
    expect(keys(r)).not.toContain('triage.off-roll-first');
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
  });

  it('its words: kind, an adviser and the council in writing, no signing, no "your choice"', () => {
    const words = loadContent().render('triage.off-roll-done');
    expect(words).not.toMatch(/\bsign|your choice|decide/i);
    expect(words).toMatch(/adviser|advocate/i);
    expect(words).toMatch(/council/i);
    expect(words).toMatch(/in writing/i);
  });
});
