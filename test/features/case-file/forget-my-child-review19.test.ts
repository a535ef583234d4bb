/**
 * review19 R5: "delete my son's data", the most natural way to ask for one child's erase, was
 * not understood: at the menu it became a first message ("which child is this about?"), at a
 * question its answer (the letters' name "Delete"). "my son's / daughter's / eldest's notes" is
 * one child's erase with no name: with one child that child is asked about, with several "Which
 * child?". Nothing of the words is kept. By keys and notes.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, pick, question, tellTriage } from './support.js';

const app = caseAppsAfterEach();

describe('"delete my son\'s data" (review19 R5)', () => {
  it.each(["delete my son's data", 'delete my daughters notes', "erase my eldest's notes", "can I delete my child's data"])('"%s" with one child asks about that child', async (typed) => {
    const a = app();
    await tellTriage(a, { nickname: 'Alfie', request: 'a later start at 10', statement: 'We need more evidence first.', who: 'Mr Hill' });
    await a.send(cmd('restart'));
    const notesBefore = a.store.listNotes('parent-a').length;
    expect(question(await a.send(typed)).key).toBe('case-file.forget-child.confirm-only');
    await a.send(pick('no'));
    expect(a.store.listNotes('parent-a')).toHaveLength(notesBefore);
  });

  it('with two children, "Which child?"', async () => {
    const a = app();
    for (const nickname of ['Alfie', 'Rosie']) {
      await tellTriage(a, { nickname, request: 'a later start at 10', statement: 'We need more evidence first.', who: 'Mr Hill' });
      await a.send(cmd('restart'));
    }
    expect(question(await a.send("delete my son's data")).key).toBe('which-child.ask');
  });

  it('typed at a question, it is the erase, never the answer', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Alfie', request: 'a later start at 10', statement: 'We need more evidence first.', who: 'Mr Hill' });
    await a.send(cmd('restart'));
    await a.send(pick('new-no'));
    expect(question(await a.send("delete my son's data")).key).toBe('case-file.forget-child.confirm-only');
  });

  it('"delete my data" is still everything', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Alfie', request: 'a later start at 10', statement: 'We need more evidence first.', who: 'Mr Hill' });
    await a.send(cmd('restart'));
    expect(question(await a.send('delete my data')).key).toMatch(/^case-file\.forget\.confirm/);
  });
});
