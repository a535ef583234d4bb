import { describe, expect, it } from 'vitest';
import { screenForCrisis } from '../../src/safety/crisis-screen.js';
import { CRISIS_FAMILIES } from '../../src/safety/crisis-words.js';
import { CLEAR, NONE, POSSIBLE, QUESTION_AT_MOST } from './crisis-examples.js';

describe('crisis screen: two tiers', () => {
  it('has examples of every family', () => {
    const seen = new Set([...CLEAR, ...POSSIBLE].map(([, f]) => f));
    for (const f of CRISIS_FAMILIES) expect(seen.has(f), f).toBe(true);
  });

  it.each(CLEAR)('clear: %s', (text) => {
    expect(screenForCrisis(text).tier).toBe('clear');
  });

  it.each(POSSIBLE)('possible: %s', (text) => {
    expect(screenForCrisis(text).tier).toBe('possible');
  });

  it.each(NONE)('none: %s', (text) => {
    expect(screenForCrisis(text)).toEqual({ tier: 'none', family: null });
  });

  it.each(QUESTION_AT_MOST)('the question at most, never the crisis reply: %s', (text) => {
    expect(['none', 'possible']).toContain(screenForCrisis(text).tier);
  });

  it('names the family it found, and most examples land in the family they were written for', () => {
    const all = [...CLEAR, ...POSSIBLE];
    const right = all.filter(([text, family]) => screenForCrisis(text).family === family).length;
    expect(right / all.length).toBeGreaterThan(0.9);
  });

  it('says whose crisis it is: the parent, the child, a sibling or friend (as the child)', () => {
    expect(screenForCrisis('I feel like such a burden on my family')).toMatchObject({ kind: 'parent_crisis' });
    expect(screenForCrisis("she says she's just a burden to all of us")).toMatchObject({ kind: 'child_self_harm' });
    expect(screenForCrisis('his best friend told him she wants to die')).toMatchObject({ kind: 'child_self_harm' });
    expect(screenForCrisis("he hasn't come home since school and his phone is off")).toMatchObject({ kind: 'danger' });
  });

  it('keeps no words: the answer is a tier, a family and a kind', () => {
    const answer = screenForCrisis('he texted his friends goodbye like he wasnt coming back');
    expect(Object.keys(answer).sort()).toEqual(['family', 'kind', 'tier']);
  });

  it('gives clear risk precedence when a message has both tiers', () => {
    expect(screenForCrisis("I can't do this anymore. I've been stockpiling my tablets").tier).toBe('clear');
  });
});
