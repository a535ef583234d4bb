/**
 * The ninth walk: a mother of two wanted one child's notes gone. "delete Alfie's data" and
 * "forget Alfie" got the menu's nudge; "can I delete just one child" was kept in her notes, in
 * her words, and started a new case ("Which child is this about?"): the opposite of what she
 * asked. Nothing of her message is kept, and "Erase everything?" names her children. Since the
 * fifteenth walk (W15-5) one child can be erased: the words reach that child's question
 * (erase-one-child.test.ts), or "Which child?" when no child is named.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, tellTriage, withChildren, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

const twoChildren = (): Promise<CaseApp> => withChildren(app(), ['Rosie', 'Alfie']);

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
    'delete Alfie data',
  ])('"%s": asks about one child first, keeps nothing of it', async (typed) => {
    const a = await twoChildren();
    const notesBefore = a.store.listNotes('parent-a').length;
    const casesBefore = a.store.listCases('parent-a').length;
    const r = await a.send(typed);
    const named = /alfie/i.test(typed);
    expect(question(r).key).toBe(named ? 'case-file.forget-child.confirm' : 'which-child.ask');
    if (named) expect(question(r).text).toMatch(/about Alfie:.*for Rosie stay/s);
    await a.send(pick('no'));
    expect(a.store.listNotes('parent-a')).toHaveLength(notesBefore);
    expect(a.store.listCases('parent-a')).toHaveLength(casesBefore);
  });
  // "I want to delete one of my children" is met by the safety check first ("are you and your
  // child safe?"), as other words near harm are: asking is the safe side (the screen is not changed here).

  it.each(['delete my data', 'delete all data', 'delete the data', 'erase everything data', 'delete this data'])('"%s" is never one child\'s erase', async (typed) => {
    const a = await twoChildren();
    const r = await a.send(typed);
    expect(r.map((x) => x.key)).not.toContain('case-file.forget-child.confirm');
    expect(r.map((x) => x.key)).not.toContain('which-child.ask');
  });

  // A child named Bean: "delete beans data" is the possessive without its apostrophe.

  it.each(['delete beans data', 'delete Beans data', 'erase beans notes'])('"%s" is Bean\'s erase, with a Bean and no Beans', async (typed) => {
    const a = await withChildren(app(), ['Rosie', 'Bean']);
    const q = question(await a.send(typed));
    expect(q.key).toBe('case-file.forget-child.confirm');
    expect(q.text).toBe(a.content.render(q.key, { child: 'Bean', others: 'Rosie' }));
    await a.send(pick('no'));
    expect(a.store.listCases('parent-a')).toHaveLength(2);
  });

  it('"delete beans data" is Beans\'s when there is a child called Beans too', async () => {
    const a = await withChildren(app(), ['Bean', 'Beans']);
    const q = question(await a.send('delete beans data'));
    expect([q.key, q.text]).toEqual(['case-file.forget-child.confirm', a.content.render('case-file.forget-child.confirm', { child: 'Beans', others: 'Bean' })]);
  });

  it.each(['delete my data', 'delete all data', 'delete the data', 'delete this data'])('"%s" is never a child\'s erase, even with children called All, This, The and My', async (typed) => {
    const a = await withChildren(app(), ['All', 'This', 'The', 'My']);
    const r = await a.send(typed);
    expect(r.map((x) => x.key)).not.toContain('case-file.forget-child.confirm');
  });

  it('a child chosen at "Which child?" whose case was never opened in chat (CLI import): no not-a-lawyer line before the erase question', async () => {
    const a = app();
    const at = '2026-11-20T10:00:00.000Z';
    a.store.ensureUser('parent-a', at);
    for (const nickname of ['Rosie', 'Alfie']) a.store.openCase('parent-a', nickname, at);
    const which = question(await a.send('can I delete just one child'));
    expect(which.key).toBe('which-child.ask');
    const r = await a.send(pick(`child:${which.choices.findIndex((c) => c.label.includes('Alfie'))}`));
    expect(keysOf(r)).toEqual(['case-file.forget-child.confirm']);
    // Kept: Alfie hears it the first time his case is opened for advice.
    await a.send(pick('no'));
    expect(a.store.listCases('parent-a').every((c) => !c.disclaimerShown)).toBe(true);
  });

  it('with one child, the question names that child alone', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more evidence before we change anything.', who: 'Mr Hill' });
    await a.send(cmd('restart'));
    const r = await a.send("delete Rosie's data");
    expect(question(r).key).toBe('case-file.forget-child.confirm-only');
  });

  it('mid-question, it asks first, and "no" goes back to the question', async () => {
    const a = await twoChildren();
    await a.send(cmd('log'));
    expect(question(await a.send('forget Alfie')).key).toBe('case-file.forget-child.confirm');
    const r = await a.send(pick('no'));
    expect(keysOf(r)[0]).toBe('case-file.forget-child.kept');
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
    expect(keysOf(r).join(' ')).not.toMatch(/forget/);
  });
});
