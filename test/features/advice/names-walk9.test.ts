/**
 * The ninth walk, a parent who writes only in short lines: "idk" at "what shall I call your
 * child?" opened a case called "Idk" ("Notes for Idk"); and a mother's habitual "2" at "What name
 * does the school use?" (one button there) became the child's name in her letter: "I'd like us to
 * keep 2's need at the centre. At the moment, 2 needs: …". Neither is a name: asked again.
 */
import { describe, expect, it } from 'vitest';
import type { NoteParams } from '../../../src/core/flow-kit.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { FLOWS } from '../../support/flows.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const triage = triageFlow.machine;
const INPUT = { children: [], nickname: '' };

describe('"I don\'t know" is not a child\'s name', () => {
  it.each([['idk'], ['dunno'], ['no idea'], ["I don't know"], ['not sure'], ['Idk.']])('%j opens no case', (typed) => {
    const r = replay(triage, INPUT, [text(typed)]);
    expect(r.final.value).toBe('nickname');
    expect(spoken(r.effects).slice(-2)).toEqual(['triage.nickname.not-a-name', 'triage.ask-nickname']);
    expect(ofType<{ type: string }>(r.effects, 'openCase')).toEqual([]);
  });

  it.each([['Indy'], ['Noa'], ['Dani']])('a short name (%j) is still a name', (name) => {
    expect(replay(triage, INPUT, [text(name)]).final.value).toBe('request');
  });
});

describe('a number is not the name the school uses', () => {
  const m = FLOWS.find((f) => f.id === 'no.precedent')?.machine;
  if (!m) throw new Error('no precedent flow');
  const answers = [text('to start with one lesson'), choice('skip'), choice('skip')];
  const withProfile = { ...HANDOVER, profile: { place: 'england', plan: 'none', pronouns: 'he' } };

  it.each([['2'], ['1.'], ['?']])('%j at "What name does the school use?" is asked again, nothing kept', (typed) => {
    const r = replay(m, withProfile, [...answers, text(typed)]);
    expect(r.done).toBe(false);
    expect(spoken(r.effects).slice(-2)).toEqual(['facts.child-name-needed', 'facts.ask-school-name']);
    expect(ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'case.profile')).toBeUndefined();
  });

  it('the same before a letter drafted from the notes', () => {
    const letter = FLOWS.find((f) => f.id === 'letter')?.machine;
    if (!letter) throw new Error('no letter flow');
    const input = { kind: 'data-request', nickname: 'Sam', profile: { place: 'england', plan: 'none', pronouns: 'he' } };
    const r = replay(letter, input, [text('2')]);
    expect(spoken(r.effects).slice(-2)).toEqual(['facts.child-name-needed', 'facts.ask-school-name']);
  });
});
