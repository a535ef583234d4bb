/**
 * The "letter" command asks the child's name as the school knows it before a case's first letter,
 * as the advice flows do (by state ids and content keys): once, with the nickname offered, kept in
 * the case profile; never when the profile has it or the case has no profile.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams } from '../../../src/core/flow-kit.js';
import { letterFlow } from '../../../flows/case-file/letter.flow.js';
import { choice, ofType, replay, spoken, text } from '../flow-paths.js';

const m = letterFlow.machine;
const profile = { place: 'wales', plan: 'idp', pronouns: 'she' };
const drafted = (effects: readonly unknown[]) => effects.some((e) => (e as { type?: string }).type === 'draftFromNotes');

describe('the letter command and the child\'s school name', () => {
  it('asks before the first letter, with the nickname offered, and keeps the answer in the profile', () => {
    const input = { nickname: 'Bean', kind: 'need-request', profile };
    const r = replay(m, input, []);
    expect(r.final.value).toBe('childName');
    const ask = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(ask).toMatchObject({ key: 'facts.ask-school-name', vars: { nickname: 'Bean' } });
    expect(ask?.choices?.map((c) => c.id)).toEqual(['nickname']);
    expect(drafted(r.effects)).toBe(false);

    const typed = replay(m, input, [text('Isabel Barker')]);
    expect(typed.done).toBe(true);
    expect(drafted(typed.effects)).toBe(true);
    const note = ofType<NoteParams>(typed.effects, 'note').find((n) => n.topic === 'case.profile');
    expect(JSON.parse(note?.text ?? '{}')).toEqual({ ...profile, schoolName: 'Isabel Barker' });

    const kept = replay(m, input, [choice('nickname')]);
    expect(JSON.parse(ofType<NoteParams>(kept.effects, 'note').find((n) => n.topic === 'case.profile')?.text ?? '{}')).toMatchObject({ schoolName: 'Bean' });
  });

  it('drafts straight away when the profile has the name, or there is no profile', () => {
    for (const input of [{ nickname: 'Bean', kind: 'need-request', profile: { ...profile, schoolName: 'Isabel Barker' } }, { nickname: 'Bean', kind: 'need-request' }]) {
      const r = replay(m, input, []);
      expect(r.done).toBe(true);
      expect(spoken(r.effects)).not.toContain('facts.ask-school-name');
      expect(drafted(r.effects)).toBe(true);
    }
  });
});
