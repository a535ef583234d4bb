/**
 * Twentieth walk, W20-4: "Which pronouns should letters use?" was asked cold right after the parent
 * wrote "my daughter Mia is 12…". When the words the profile is given (the school's words told,
 * what was asked for) speak of "my daughter" or "my son" only, the matching pronouns are offered
 * first and the question says why; still asked, every choice still there. By state ids and keys.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams } from '../../../src/core/flow-kit.js';
import { profileFlow } from '../../../flows/advice/profile.flow.js';
import { choice, ofType, replay } from '../flow-paths.js';

const toPronouns = [choice('england'), choice('none'), choice('skip')];
function askedAtPronouns(statement: string, request = 'a reduced timetable') {
  const r = replay(profileFlow.machine, { then: 'situation', thenInput: { statement, request } }, toPronouns);
  expect(String(r.final.value)).toBe('pronouns');
  return ofType<AskParams>(r.effects, 'ask').at(-1);
}

describe('W20-4: the pronouns question after "my daughter" or "my son"', () => {
  it('"my daughter Mia is 12…": she / her offered first, said why, still asked', () => {
    const q = askedAtPronouns("my daughter Mia is 12 and hasn't been in school since october, the deputy head said they can't do a reduced timetable without camhs");
    expect(q?.key).toBe('profile.ask-pronouns.heard-she');
    expect(q?.choices?.map((c) => c.id)).toEqual(['she', 'he', 'they']);
  });

  it('"my son…": he / him offered first', () => {
    const q = askedAtPronouns('my son has not been in since half term and they said no to a later start');
    expect(q?.key).toBe('profile.ask-pronouns.heard-he');
    expect(q?.choices?.map((c) => c.id)).toEqual(['he', 'she', 'they']);
  });

  it.each([
    'They said they need more evidence from CAMHS before they will assess her.',
    'my son and my daughter both struggle, they said no to both',
  ])('no "my daughter" or "my son" alone: asked as before: %s', (statement) => {
    const q = askedAtPronouns(statement);
    expect(q?.key).toBe('profile.ask-pronouns');
    expect(q?.choices?.map((c) => c.id)).toEqual(['she', 'he', 'they']);
  });
});
