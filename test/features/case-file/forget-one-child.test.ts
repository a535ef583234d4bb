/**
 * The ninth walk: a mother of two wanted one child's notes gone. "delete Alfie's data" and
 * "forget Alfie" got the menu's nudge; "can I delete just one child" was kept in her notes, in
 * her words, and started a new case ("Which child is this about?"): the opposite of what she
 * asked. Forget erases a parent, not a child (one key per parent; see README, Forget), so she is
 * told so plainly, nothing of her message is kept, and "Erase everything?" names her children.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

async function twoChildren(): Promise<CaseApp> {
  const a = app();
  for (const nickname of ['Rosie', 'Alfie']) {
    await tellTriage(a, { nickname, request: 'A later start at 10', statement: `We need more evidence before we change anything for ${nickname}.`, who: 'Mr Hill' });
    await a.send(cmd('restart'));
  }
  return a;
}

describe('forgetting one child', () => {
  it.each([
    "delete Alfie's data",
    'forget Alfie',
    'erase Alfie',
    'can I delete just one child',
    "can i delete alfie's notes?",
    'delete the notes for Alfie',
    "how do I delete just one child's notes",
    "please erase Alfie's daily log",
  ])('"%s": says forget is all or nothing, names both children, keeps nothing of it', async (typed) => {
    const a = await twoChildren();
    const notesBefore = a.store.listNotes('parent-a').length;
    const casesBefore = a.store.listCases('parent-a').length;
    const r = await a.send(typed);
    expect(keysOf(r)[0]).toBe('case-file.forget.one-child');
    expect(r[0]?.type === 'text' && r[0].text).toMatch(/Rosie and Alfie/);
    expect(question(r).key).toBe('home.menu');
    expect(a.store.listNotes('parent-a')).toHaveLength(notesBefore);
    expect(a.store.listCases('parent-a')).toHaveLength(casesBefore);
  });
  // "I want to delete one of my children" is met by the safety check first ("are you and your
  // child safe?"), as other words near harm are: asking is the safe side (the screen is not changed here).

  it('with one child, the same plain answer without names', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more evidence before we change anything.', who: 'Mr Hill' });
    await a.send(cmd('restart'));
    const r = await a.send("delete Rosie's data");
    expect(keysOf(r)[0]).toBe('case-file.forget.one-child-only');
  });

  it('mid-question, it answers and asks the question again', async () => {
    const a = await twoChildren();
    await a.send(cmd('log'));
    const r = await a.send('forget Alfie');
    expect(keysOf(r)[0]).toBe('case-file.forget.one-child');
    expect(question(r).key).toBe('daily-log.ask-which-child');
  });

  it.each(['forget me', 'forget', 'delete my data'])('"%s" still asks to erase everything, naming both children', async (typed) => {
    const a = await twoChildren();
    const r = await a.send(typed);
    const q = question(r);
    expect(q.key).toBe('case-file.forget.confirm-children');
    expect(q.text).toMatch(/Rosie and Alfie/);
    expect(q.choices.map((c) => c.id)).toEqual(['yes', 'no']);
    await a.send(pick('no'));
    expect(a.store.listCases('parent-a')).toHaveLength(2);
  });

  it.each(['forget it', 'never mind, forget it', 'forget that'])('"%s" is not about erasing', async (typed) => {
    const a = await twoChildren();
    const r = await a.send(typed);
    expect(keysOf(r)).not.toContain('case-file.forget.one-child');
    expect(keysOf(r)).not.toContain('case-file.forget.confirm-children');
  });
});
