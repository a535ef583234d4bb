/**
 * A comment on an earlier pick typed at a question while a child's case is open ("i picked the
 * wrong option") is kept with that child's case, the one the question is about, not in General
 * notes with no child. By notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('a comment on a pick, with a case open', () => {
  it("is kept with the case the question is about", async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    await app.send('Amara');
    const amara = app.store.listCases('parent-a').find((c) => c.nickname === 'Amara');
    expect(amara).toBeDefined();
    await app.send('i picked the wrong option');
    const kept = app.store.listNotes('parent-a').filter((n) => n.text === 'i picked the wrong option');
    expect(kept.map((n) => [n.kind, n.caseId])).toEqual([['parent_words', amara?.id]]);
  });
});
