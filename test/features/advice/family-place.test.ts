/**
 * The fifth walk: an aunt in Ireland raising two children told Next Step "Ireland" for Aoife, and
 * a week later, starting on her brother Cian's "no", was asked "Where are you?" again. A second
 * child's profile takes the family's place from the first (read back with the rest, and
 * "change profile" changes it); the plan, age and pronouns are the child's own and still asked.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { profileFlow } from '../../../flows/advice/profile.flow.js';
import { familyPlaceOf } from '../../../src/features/advice/profile.js';
import type { NoteRow } from '../../../src/core/ports.js';

const m = profileFlow.machine;
const said = (actions: unknown[]) =>
  (actions as { type: string; params?: { key?: string; vars?: Record<string, string> } }[]).filter((a) => a.type === 'say' || a.type === 'ask').map((a) => a.params?.key);

describe('a second child: where the family is', () => {
  it('is taken from the first child, said, and the plan asked next', () => {
    const [snap, actions] = initialTransition(m, { familyPlace: { place: 'ireland', region: '', child: 'Aoife' } });
    expect(snap.value).toBe('plan');
    expect(said(actions)).toEqual(['profile.intro', 'profile.place-from-family', 'profile.ask-plan']);
  });

  it('a US family\'s state comes with it', () => {
    const [snap] = initialTransition(m, { familyPlace: { place: 'us', region: 'Texas', child: 'Mateo' } });
    expect(snap.value).toBe('plan');
    expect(snap.context).toMatchObject({ place: 'us', region: 'Texas' });
  });

  it('with no other child, or when changing this child\'s profile, "Where are you?" is asked', () => {
    expect(initialTransition(m, {})[0].value).toBe('place');
    const own = { place: 'wales', plan: 'none', age: '13', pronouns: 'he' };
    expect(initialTransition(m, { profile: own, familyPlace: { place: 'ireland', region: '', child: 'Aoife' } })[0].value).toBe('place');
  });

  it('the family place is the latest profile of another child', () => {
    const note = (caseId: number, nickname: string, text: unknown, id: number) => ({ id, caseId, nickname, topic: 'case.profile', kind: 'answer', text: JSON.stringify(text) }) as unknown as NoteRow;
    const notes = [note(1, 'Aoife', { place: 'ireland', plan: 'none', age: '10', pronouns: 'she' }, 1), note(2, 'Cian', { place: 'ireland', plan: 'none', age: '8', pronouns: 'he' }, 2)];
    expect(familyPlaceOf(notes, 3)).toEqual({ familyPlace: { place: 'ireland', region: '', child: 'Cian' } });
    expect(familyPlaceOf(notes.slice(0, 1), 1)).toEqual({});
  });
});
