/**
 * The lead's walk (7 December): "United States" picked by mistake, then "england" typed at "Which
 * state are you in?": kept as a US state ("United States (England)"), and US law used after. A
 * place we know, typed there, is that place: said back, and its own questions follow.
 */
import { describe, expect, it } from 'vitest';
import type { NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { profileFlow } from '../../../flows/advice/profile.flow.js';
import { choice, ofType, replay, text } from '../flow-paths.js';

const m = profileFlow.machine;
const INPUT = { nickname: 'Theo' };

describe('"Which state are you in?" answered with another place', () => {
  it.each([
    ['england', 'england'],
    ['Wales actually', 'wales'],
    ['sorry we are in Scotland', 'scotland'],
    ['we are in Canada', 'elsewhere'],
  ])('%j: the place is %s, said back, and its plan question comes', (typed, place) => {
    const r = replay(m, INPUT, [choice('us'), text(typed)]);
    expect(r.final.value).toBe('plan');
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).toContain('profile.place-changed');
    expect(JSON.stringify(r.final.context)).toContain(`"place":"${place}"`);
  });

  // Review7 (finding 5): "New England", and US towns that share a name (Dublin, Ohio; Cardiff;
  // Victoria, Texas) switched the country. Only a country named is another place.
  it.each(['New England', 'Dublin', 'Cardiff', 'Victoria', 'london ky'])('%j is kept as the state, not another country', (typed) => {
    const r = replay(m, INPUT, [choice('us'), text(typed)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).not.toContain('profile.place-changed');
    expect(JSON.stringify(r.final.context)).toContain('"place":"us"');
  });

  it('a US state is the state, as before', () => {
    const r = replay(m, INPUT, [choice('us'), text('Ohio')]);
    expect(r.final.value).toBe('plan');
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).not.toContain('profile.place-changed');
    expect(JSON.stringify(r.final.context)).toContain('"place":"us"');
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([]);
  });
});
