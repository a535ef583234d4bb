/**
 * review9, 9: at "What name does the school use?" a whole sentence was kept as the child's name,
 * and reached the packet's title. A sentence is asked again kindly; a name, however written, is kept.
 */
import { describe, expect, it } from 'vitest';
import type { NoteParams } from '../../../src/core/flow-kit.js';
import { loadContent } from '../../../src/content/catalog.js';
import { FLOWS } from '../../support/flows.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const SENTENCES = ['At school she goes by Isabel, her middle name', "They call him Sam there but his name is Samuel", 'I think it is Olivia on the register', 'the same as the one you use'];

describe('a sentence is not the name the school uses', () => {
  const m = FLOWS.find((f) => f.id === 'no.precedent')?.machine;
  if (!m) throw new Error('no precedent flow');
  const answers = [text('to start with one lesson'), choice('skip'), choice('skip')];
  const withProfile = { ...HANDOVER, profile: { place: 'england', plan: 'none', pronouns: 'he' } };

  it.each(SENTENCES)('%j in the advice flows: asked again, nothing kept', (typed) => {
    const r = replay(m, withProfile, [...answers, text(typed)]);
    expect(r.done).toBe(false);
    expect(spoken(r.effects).slice(-2)).toEqual(['facts.child-name-sentence', 'facts.ask-school-name']);
    expect(ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'case.profile')).toBeUndefined();
  });

  // review10: real names with a word that is also a pronoun or verb ("Her" is a Hmong family name), or long with particles.
  it.each(['Isabel Barker', 'Mary-Jane de la Cruz', 'Zoë', 'sam o’brien', 'Mai Her', 'mai her', 'Go Eun-ji', 'Maria de los Angeles Garcia Lopez'])('%j is a name, kept', (typed) => {
    const r = replay(m, withProfile, [...answers, text(typed)]);
    expect(spoken(r.effects)).not.toContain('facts.child-name-sentence');
  });

  it.each(SENTENCES)('%j in the letter flow: asked again', (typed) => {
    const letter = FLOWS.find((f) => f.id === 'letter')?.machine;
    if (!letter) throw new Error('no letter flow');
    const input = { kind: 'data-request', nickname: 'Sam', profile: { place: 'england', plan: 'none', pronouns: 'he' } };
    const r = replay(letter, input, [text(typed)]);
    expect(spoken(r.effects).slice(-2)).toEqual(['facts.child-name-sentence', 'facts.ask-school-name']);
  });

  it('says so kindly, and what it needs', () => {
    const words = loadContent().render('facts.child-name-sentence');
    expect(words).toMatch(/just the name/i);
  });
});
