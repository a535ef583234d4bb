/**
 * Most messages are all ASCII, and inputProblem reads them without Unicode classes
 * (src/core/input-guard.ts): the answers must be those of the Unicode reading. A message and the
 * same message with a no-break space after it (read the Unicode way; the space is no letter and
 * no word) get the same answer.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { inputProblem, otherLanguages } from '../../src/core/input-guard.js';

const languages = otherLanguages(loadContent());

const MESSAGES = [
  'hi',
  'Bean',
  'Kid42',
  '???',
  '12',
  '\u0010\u0011\u0012\u0013',
  "Mae'r ysgol wedi dweud na",
  'La escuela dice que no puede',
  'Ysgol y Preseli said no to a later start',
  'Maria de la Cruz is the head of year',
  'They said no. Nous ne pouvons pas, c\'est la regle',
  'request-12: a quiet room to start the day in',
  'O\'Neil-Smith said we need more data before we change anything',
  'no no no',
];

describe('inputProblem on ASCII messages', () => {
  it('answers as it does when the message is read the Unicode way', () => {
    for (const m of MESSAGES) {
      expect(inputProblem(m, languages), m).toBe(inputProblem(`${m}\u00a0`, languages));
    }
  });

  it('counts control characters as no letters or digits', () => {
    expect(inputProblem('\u0010\u0011\u0012\u0013')).toBe('no_words');
  });
});
