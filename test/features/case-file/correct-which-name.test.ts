/**
 * "wrong name" typed alone, when the case holds both a child's name and a staff member's: which
 * name is asked, never taken to be the staff member's. By state keys.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { pick, question, sendLetterFor, tellTriage } from './support.js';

const app = caseAppsAfterEach();

describe('"wrong name" alone (W15-7)', () => {
  it("with Rosy's name and Mr Hill's: which name is asked", async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    const q = question(await a.send('wrong name'));
    expect(q.key).toBe('case-file.correct.which-name');
    expect(q.choices.map((c) => c.id)).toEqual(['child-name', 'staff-name']);
  });

  it("the child's: her name is asked for", async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    await a.send('wrong name');
    expect(question(await a.send(pick('child-name'))).key).toBe('case-file.correct.ask-name');
  });

  it("the staff member's: as before, the statement then who said it", async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    await a.send('wrong name');
    expect(question(await a.send(pick('staff-name'))).key).toBe('case-file.correct.one');
    expect(question(await a.send(pick('yes'))).key).toBe('case-file.correct.ask-who');
  });

  it('no staff member named (only "a teacher"): not asked which', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Bo', request: 'A later start', statement: 'We need more evidence before we change anything for Bo.', who: 'a teacher' });
    const q = question(await a.send('wrong name'));
    expect(q.key).not.toBe('case-file.correct.which-name');
  });
});
