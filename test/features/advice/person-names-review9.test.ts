/**
 * review9, 9: a role word after the name is not the surname ("Mr Smith Deputy Head" had greeted
 * "Mr Deputy", "Mrs Le Head" "Mrs Le Head"); a family name written first ("Mr Nguyen Van Anh") is
 * not read as the Dutch "Van"; a Spanish double surname keeps both ("Ms Ana López García").
 */
import { describe, expect, it } from 'vitest';
import { greetingName } from '../../../src/features/advice/person-names.js';

describe('the name a letter greets (review9, 9)', () => {
  it.each([
    ['Mrs Le Head', 'Mrs Le'],
    ['Mr Smith Deputy Head', 'Mr Smith'],
    ['Mrs Abdi Attendance Officer', 'Mrs Abdi'],
    ['Ms Khan Head of Year 9', 'Ms Khan'],
    ['Mr Nguyen Van Anh', 'Mr Nguyen'],
    ['Mrs Tran Thi Mai', 'Mrs Tran'],
    ['Ms Ana López García', 'Ms López García'],
    ['Mr Pedro Sánchez', 'Mr Sánchez'],
    // Still as before.
    ['Ms Anna van der Berg', 'Ms van der Berg'],
    ['Mr Pieter Van Dyke', 'Mr Van Dyke'],
    ['Mrs Anna Maria Smith', 'Mrs Smith'],
    ['Mr Le Roux', 'Mr Le Roux'],
    ['Dr. Raymond Cole', 'Dr Cole'],
  ])('%j greets %j', (who, name) => expect(greetingName(who)).toBe(name));
});
