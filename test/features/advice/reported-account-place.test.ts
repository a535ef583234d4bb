/**
 * Left by the seventh walk (D-L5): "On 12/1 the assistant principal Ms. Alvarez told me at pickup
 * that they cannot…" gave the letter "Your answer, as I noted it (December 1, 2026): At pickup
 * that they cannot…". Where they said it, between "told me" and "that", is part of the lead-in.
 */
import { describe, expect, it } from 'vitest';
import { reportedAccountOf, schoolWordsOf } from '../../../src/features/advice/letter-facts.js';

describe('the parent\'s account without where it was said', () => {
  it.each([
    ['On 12/1 the assistant principal Ms. Alvarez told me at pickup that they cannot give him a later start until they have more data', 'they cannot give him a later start until they have more data'],
    ['Mrs Hill said at the meeting that there is no budget for an aide', 'there is no budget for an aide'],
    ['The SENCO told us on the phone that they need six weeks of data', 'they need six weeks of data'],
    ['The head said yesterday at drop-off that nothing can change this term', 'nothing can change this term'],
  ])('%j', (said, account) => {
    expect(reportedAccountOf(said)).toBe(account);
    expect(schoolWordsOf(said).toLowerCase()).toBe(account);
  });

  it('words after "at" that are not followed by "that" stay: "said at first they would try it"', () => {
    expect(reportedAccountOf('Mr Dunn said at first they would try a later start')).toBe('at first they would try a later start');
  });
});

/**
 * The lead's walk (7 December): "Mr. Brandt, the assistant principal, emailed back that they need
 * at least 6 weeks of … data" gave the letter "I was told: Back that they need…". "Back" belongs
 * to the lead-in ("emailed back", "wrote back", "got back to me saying", "called me back to say").
 */
describe('the parent\'s account after "emailed back", "got back to me"', () => {
  it.each([
    ['Mr. Brandt, the assistant principal, emailed back that they need at least 6 weeks of attendance data first', 'they need at least 6 weeks of attendance data first'],
    ['The SENCO wrote back saying there is no funding for a 1:1 this year', 'there is no funding for a 1:1 this year'],
    ['Mrs Hill got back to me saying they cannot offer a later start', 'they cannot offer a later start'],
    ['The head called me back to say nothing can change until January', 'nothing can change until January'],
    ['The district replied back that homebound is only for medical cases', 'homebound is only for medical cases'],
  ])('%j', (said, account) => {
    expect(reportedAccountOf(said)).toBe(account);
    expect(schoolWordsOf(said)).not.toMatch(/^back\b/i);
  });
});

// The review: "We got back from the review meeting and the head said…" read "From the review meeting…".
it('"got back from" is not a lead-in: the words after the real one are', () => {
  expect(reportedAccountOf('We got back from the review meeting and the head said they need more data before anything changes')).toBe('they need more data before anything changes');
  expect(reportedAccountOf('He rang back later and said the unit has no places this term')).toBe('the unit has no places this term');
});
