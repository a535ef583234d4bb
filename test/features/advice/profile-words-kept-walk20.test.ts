/**
 * Twentieth walk, W20-3: at "Does your child have a plan?", "no plan, we asked for an assessment in
 * september and heard nothing" was read as No plan and the rest went nowhere (not in the notes,
 * nowhere in the database). A typed profile answer holding more than the answer (six words or
 * more) is read as before and kept whole in the parent's words with the case, said so; a short
 * answer is not noted. By keys and the notes' rows, through the engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseProfile } from '../../../src/features/advice/profile.js';
import { choice, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { throughTriage } from '../../core/through-triage.js';

describe('W20-3: words beyond the answer at a profile question', () => {
  let app: TestApp;
  afterEach(() => app.cleanup());

  async function atPlan(): Promise<void> {
    app = makeTestApp();
    let r = await throughTriage(app, 'They said they need more evidence from CAMHS before they will assess her.');
    for (let i = 0; i < 6 && lastQuestion(r).key !== 'profile.ask-place'; i++) {
      const q = lastQuestion(r);
      r = await app.send(choice(q.choices[0]?.id ?? ''));
    }
    r = await app.send(choice('england'));
    expect(lastQuestion(r).key).toBe('profile.ask-plan');
  }

  it('keeps the whole answer, reads the plan, and says so', async () => {
    await atPlan();
    const typed = 'no plan, we asked for an assessment in september and heard nothing';
    const r = await app.send(typed);
    expect(keys(r)).toContain('engine.words-kept');
    expect(lastQuestion(r).key).toBe('profile.ask-age');
    const cases = app.store.listCases('parent-a');
    const note = app.store.listNotes('parent-a').find((n) => n.text === typed);
    expect(note).toMatchObject({ kind: 'parent_words', caseId: cases[0]?.id });
    await app.send('12');
    await app.send(choice('she'));
    expect(caseProfile(app.store, 'parent-a', cases[0]?.id ?? null)).toMatchObject({ plan: 'none' });
  });

  it('a short answer is read and not noted', async () => {
    await atPlan();
    const r = await app.send('no plan yet');
    expect(keys(r)).not.toContain('engine.words-kept');
    expect(app.store.listNotes('parent-a').some((n) => n.text === 'no plan yet')).toBe(false);
  });
});
