/**
 * "forget beans" with a child called Bean (leaving17's "Not done"): taken as Bean's erase, asked
 * first. A tired parent may have meant "forget it" about beans, so the ask now says first how
 * the words were read when they are not the child's name as kept ("beans" is not "Bean"), and
 * that "No, keep them" erases nothing; the question itself already says what yes erases. The
 * child's name typed as it is asks as before.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, pick, withChildren } from './support.js';

const app = caseAppsAfterEach();


describe('an erase read from a name not typed as kept', () => {
  it.each([
    ['forget beans', 'beans'],
    ['delete beans data', 'beans'],
  ])('"%s": says it was taken as Bean, and that no keeps everything, before the question', async (typed, as) => {
    const a = await withChildren(app(), ['Rosie', 'Bean']);
    const notes = a.store.listNotes('parent-a').length;
    const r = await a.send(typed);
    expect(keysOf(r)).toEqual(['case-file.forget-child.read-as', 'case-file.forget-child.confirm']);
    expect(r[0]?.type === 'text' ? r[0].text : '').toBe(a.content.render('case-file.forget-child.read-as', { typed: as, child: 'Bean' }));
    const kept = await a.send(pick('no'));
    expect(keysOf(kept)).toContain('case-file.forget-child.kept');
    expect(a.store.listCases('parent-a').map((c) => c.nickname)).toEqual(['Rosie', 'Bean']);
    expect(a.store.listNotes('parent-a')).toHaveLength(notes);
  });

  it.each(['forget Bean', 'forget bean', 'erase BEAN', "delete Bean's data"])('"%s": the name as kept (any case), asked as before', async (typed) => {
    const a = await withChildren(app(), ['Rosie', 'Bean']);
    expect(keysOf(await a.send(typed))).toEqual(['case-file.forget-child.confirm']);
  });
});
