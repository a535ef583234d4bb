/**
 * "We're not safe" (the sixth walk). After "Yes, we're safe" the bot says "If that changes, say
 * so at any time and I'll give you people to call", and the sixth walk's kind reply to crying
 * emoji says the same; but a parent who then said "we're not safe", "I'm not safe" or "no, not
 * safe" got nothing from the screen (only "…not safe right now / at home" was heard). A sentence
 * that is only that now gets the crisis reply for danger. About school it is not one: "he isn't
 * safe at school" and "the school said it's not safe for him to come in" are what parents here
 * write every day.
 */
import { describe, expect, it } from 'vitest';
import { screenForCrisis } from '../../src/safety/crisis-screen.js';

describe('saying "not safe"', () => {
  it.each(["we're not safe", 'No, we are not safe.', "I'm not safe", 'not safe', "he's not safe", 'We aren\'t safe here', "no. we're not safe now", 'my son is not safe'])('"%s" gets the crisis reply', (text) => {
    const s = screenForCrisis(text);
    expect(s.tier).toBe('clear');
    expect(s.tier !== 'none' && s.kind).toBe('danger');
  });

  it.each([
    "he isn't safe at school, the corridors are chaos",
    "The school said it's not safe for him to come in without a 1:1",
    'She says she doesn\'t feel safe in the canteen',
    'is it safe to send him in tomorrow?',
    'They said the quiet room is not safe to leave unsupervised',
  ])('"%s" does not', (text) => {
    expect(screenForCrisis(text).tier).toBe('none');
  });
});
