/**
 * The profile's age question on the one rule for an answer read in part (typed21, after W20-3):
 * the age is read from the answer as before; what it says beyond the age or school year ("out since
 * october") is kept in the parent's words with the child's notes, said once; an answer that only
 * gives the age ("12", "she's 12, year 7", "eleven") keeps nothing. By keys and the notes' rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseProfile } from '../../../src/features/advice/profile.js';
import { choice, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { throughTriage } from '../../core/through-triage.js';

describe('words beyond the age at "How old is your child?"', () => {
  let app: TestApp;
  afterEach(() => app.cleanup());

  async function atAge(): Promise<void> {
    app = makeTestApp();
    let r = await throughTriage(app, 'They said they need more evidence from CAMHS before they will assess her.');
    for (let i = 0; i < 6 && lastQuestion(r).key !== 'profile.ask-place'; i++) r = await app.send(choice(lastQuestion(r).choices[0]?.id ?? ''));
    await app.send(choice('england'));
    r = await app.send(choice('none'));
    expect(lastQuestion(r).key).toBe('profile.ask-age');
  }
  const words = () => app.store.listNotes('parent-a').filter((n) => n.kind === 'parent_words');

  it('"she\'s 12, out since october": the age read, the words kept with the child, said once', async () => {
    await atAge();
    const typed = "she's 12, out since october";
    const r = await app.send(typed);
    expect(keys(r).filter((k) => k === 'engine.words-kept')).toHaveLength(1);
    const cases = app.store.listCases('parent-a');
    expect(words()).toEqual([expect.objectContaining({ text: typed, caseId: cases[0]?.id })]);
    expect(caseProfile(app.store, 'parent-a', cases[0]?.id ?? null)).toMatchObject({ age: typed });
  });

  it.each(['12', "she's 12, year 7", 'eleven', 'Year 8'])('an answer that only gives the age keeps nothing: %s', async (typed) => {
    await atAge();
    const r = await app.send(typed);
    expect(keys(r)).not.toContain('engine.words-kept');
    expect(words()).toEqual([]);
  });
});
