/**
 * The tenth walk's C-L7: an email saying "This is not a threat and nobody is talking about fines"
 * got "It sounds like they're threatening fines or court over attendance. Is that right?". A
 * threat the school's words deny points at nothing; one they make still does.
 */
import { describe, expect, it } from 'vitest';
import { cued } from '../../../flows/advice/situation-cues.js';

describe('the situation the school\'s words point at', () => {
  it.each([
    'This is not a threat and nobody is talking about fines, we just want to work with you.',
    'No one is suggesting prosecution at this stage.',
    'There is no question of court action; we want him back in class.',
    'To be clear, this letter is not about penalties.',
  ])('denied: %j', (words) => {
    expect(cued(words)).not.toContain('attendance');
  });

  it.each([
    'If attendance does not improve we will issue a fine.',
    'The attendance officer will be in touch about a penalty notice.',
    'Nobody wants this, but the next step is a referral for prosecution.',
    'We are not happy with his attendance and may have to take legal action.',
    // The review: a "not" that does not deny the threat.
    'We will not hesitate to take legal action.',
    'We would not rule out prosecution.',
    'We do not want to take you to court, but we will have to.',
    // Review7 (finding 7).
    'We are not going to hesitate to refer this for prosecution.',
    'We are not considering anything other than a fixed penalty notice.',
  ])('made: %j', (words) => {
    expect(cued(words)).toContain('attendance');
  });
});

/** The eleventh walk's W11-12: Ireland's and Scotland's attendance bodies, named, point at attendance enforcement too. */
describe('attendance enforcement, by the names used in Ireland and Scotland', () => {
  it.each([
    'The principal say if he not come they must tell Tusla and they will send someone to the house.',
    'We have a duty to report his absences to Tusla Education Support Service.',
    'A referral to TESS will be made if attendance does not improve.',
    'The educational welfare officer will be contacting you.',
    'If things do not change we will have to refer Isla to the Children’s Reporter.',
    "The depute said it could go to a children's hearing.",
    'You will receive a school attendance notice.',
  ])('made: %j', (words) => expect(cued(words)).toContain('attendance'));

  it.each([
    'Nobody is talking about Tusla, we just want to help him settle.',
    'She reported that he was upset at lunch.',
    'The report from the psychologist said he is anxious.',
    'Tess, his class teacher, said he cannot have a later start.',
  ])('not a threat: %j', (words) => expect(cued(words)).not.toContain('attendance'));
});
