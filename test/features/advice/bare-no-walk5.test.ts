/**
 * The fifth walk: "they said no AGAIN. useless." (an angry parent) and "hello. my english is not
 * good sorry. school say no for my son" (a parent writing in her second language) were taken as
 * the school's words: "what exactly did the school say?" was never asked, and "Who said it?"
 * came straight after "what did you ask for?". Both only say there was a no.
 */
import { describe, expect, it } from 'vitest';
import { isBareNo } from '../../../flows/advice/school-words.js';

describe('a message that only says there was a no', () => {
  it.each([
    'they said no AGAIN. useless.',
    'school said no again. ugh',
    'school say no for my son',
    'hello. my english is not good sorry. school say no for my son',
    'Hi. The school said no.',
    'they said no to my daughter',
  ])('%j', (words) => expect(isBareNo(words)).toBe(true));

  it.each([
    "they won't do a later start",
    'school said no to half days because of staffing',
    'No.',
    'they said no AGAIN. The head says there is nobody to supervise him at 10.',
  ])('%j says more: not bare', (words) => expect(isBareNo(words)).toBe(false));
});
