/** The child's full school name at its first mention in a letter: never inside the school's quoted words. */
import { describe, expect, it } from 'vitest';
import { withFullNameFirst } from '../../../src/features/advice/profile.js';

const leo = { full: 'Leo Hughes', short: 'Leo' };

describe('withFullNameFirst', () => {
  it('names the child in full at the first mention', () => {
    expect(withFullNameFirst('I am writing about Leo. Leo needs a quiet start.', leo)).toBe('I am writing about Leo Hughes. Leo needs a quiet start.');
  });

  it('leaves a quotation of the school\'s words as they wrote it (the walkthrough: "talk about Leo Hughes" inside their quote)', () => {
    const body = 'The answer I was given, as I noted it: "Thank you for coming in to talk about Leo."\n\nAt the moment, Leo needs: a familiar adult.';
    expect(withFullNameFirst(body, leo)).toBe('The answer I was given, as I noted it: "Thank you for coming in to talk about Leo."\n\nAt the moment, Leo Hughes needs: a familiar adult.');
  });
});
