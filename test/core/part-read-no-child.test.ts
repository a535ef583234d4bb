/**
 * review23 R1: words a question read only in part were kept with the last child opened, not the
 * child the question is about: "hmm Ivy got tonsillitis" typed at Bean's erase confirmation was
 * kept under Bean, and Bean's erase took it. Kept by `childOfDialogue` (keepParentWords, for every way in): at a
 * question about no one child, with no child. By notes' rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { command, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('words read in part at a question about no one child (review23 R1)', () => {
  it('typed at the erase confirmation, they are not the erased child\'s', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    const at = app.clock.now().toISOString();
    app.store.ensureUser('parent-a', at);
    app.store.openCase('parent-a', 'Bean', at);
    app.store.openCase('parent-a', 'Ivy', at);
    // Bean's log opened and left: Bean is the last child opened.
    for (const typed of ['log today', 'Bean', 'not now']) await app.send(typed);
    const r = await app.send(command('forget', 'Bean'));
    expect(lastQuestion(r).key).toBe('case-file.forget-child.confirm');
    await app.send('hmm Ivy got tonsillitis');
    const kept = app.store.listNotes('parent-a').filter((n) => n.text.includes('tonsillitis'));
    expect(kept.map((n) => n.caseId)).toEqual([null]);
  });
});
