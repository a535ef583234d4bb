/**
 * The fifth walk: "no" typed at "Which state are you in?" (a parent who'd rather not say, or
 * meant "not the US") was kept as the state: "Here's what I noted: United States (no)". A reply
 * that only declines is the "Skip this one" button (there, and at the age question); a state's
 * name is still the parent's words.
 */
import { describe, expect, it } from 'vitest';
import { bootContent } from '../../../src/app.js';
import type { PendingQuestion } from '../../../src/core/ports.js';
import { matchChoice } from '../../../src/core/render.js';

const content = bootContent();
const region: PendingQuestion = { key: 'profile.ask-region', vars: {}, promptId: 'p1', choices: [{ id: 'skip', key: 'profile.choice.skip' }], freeText: true };

describe('"Which state are you in?"', () => {
  it.each(['no', 'No.', 'none', 'skip', "I'd rather not say", 'rather not', 'prefer not to say', 'n/a', 'not sure', 'skip this'])('%j is "Skip this one"', (typed) => {
    expect(matchChoice(content, region, typed)).toBe('skip');
  });

  it.each(['Texas', 'ohio', 'North Carolina'])('%j is the parent\'s words', (typed) => {
    expect(matchChoice(content, region, typed)).toBeNull();
  });
});
