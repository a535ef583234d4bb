/**
 * A statement typed at the menu is kept from the first message as the parent's own words, and
 * becomes "the school said" only once the parent confirms it; never kept when the crisis screen
 * fired; letters quote only confirmed school words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { letterFromNotes } from '../../../src/features/case-file/letter-from-notes.js';
import { LETTER_KINDS } from '../../../src/features/case-file/letter-kinds.js';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const FIRST = 'The head said they cannot offer a later start because it would not be fair on the others';

describe('the first message', () => {
  it('is kept at once as the parent\'s own words, dated, before the nickname question', async () => {
    app = makeTestApp({ classifier: fixedClassifier('precedent', true) });
    const r = await app.send(FIRST);
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
    // Said so, before the question: a worried parent's first words are not met with a question alone.
    expect(keys(r).slice(-2)).toEqual(['triage.nickname.kept-statement', 'triage.ask-nickname']);
    const notes = app.store.listNotes('parent-a');
    expect(notes.map((n) => [n.kind, n.text])).toEqual([['parent_words', FIRST]]);
    expect(notes[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('is never quoted by a letter until confirmed as the school\'s words', async () => {
    app = makeTestApp({ classifier: fixedClassifier('precedent', true) });
    await app.send(FIRST);
    await app.send('Bean');
    for (const kind of LETTER_KINDS) {
      const { body } = letterFromNotes(app.store, app.content, { userId: 'parent-a', kind, now: app.clock.now() });
      expect(body, kind).not.toContain('not be fair on the others');
    }
  });

  it('is filed as "the school said" once the parent says who said it and confirms the kind', async () => {
    app = makeTestApp({ classifier: fixedClassifier('precedent', true) });
    await app.send(FIRST);
    await app.send('Bean');
    const who = lastQuestion(await app.send('A later start on Mondays'));
    // The words name the head, so who is confirmed rather than asked; they may still not be the school's.
    expect(who.key).toBe('triage.confirm-who');
    expect(who.choices.map((c) => c.id)).toContain('not-school');
    await app.send(choice('head', who.promptId));
    await app.send(choice('today'));
    const r = await app.send(choice('yes'));
    expect(keys(r)).toContain('triage.saved');
    const kinds = app.store.listNotes('parent-a').map((n) => [n.kind, n.text]);
    // Kept in their words when it came, and now filed as what the school said: moved, not copied (notes16).
    expect(kinds.filter(([, t]) => t === FIRST)).toEqual([['statement', FIRST]]);
  });

  it('"these are my words, not the school\'s" keeps them as the parent\'s and asks for the school\'s', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    // ("I am so tired of all of this" now gets the safety question first: a despair phrasing.)
    const mine = 'Nobody at that place listens to a word I say about him, it is always the same story';
    await app.send(mine);
    await app.send('Bean');
    const who = lastQuestion(await app.send('A quiet room'));
    const r = await app.send(choice('not-school', who.promptId));
    expect(lastQuestion(r).key).toBe('triage.ask-statement');
    const theirs = 'We need six more weeks of observations first.';
    await app.send(theirs);
    await app.send(choice('senco'));
    await app.send(choice('today'));
    await app.send(choice('yes'));
    const notes = app.store.listNotes('parent-a');
    expect(notes.filter((n) => n.kind === 'statement').map((n) => n.text)).toEqual([theirs]);
    expect(notes.filter((n) => n.kind === 'parent_words').map((n) => n.text)).toEqual([mine]);
  });

  it.each([
    ['clear', 'My son told me he wants to kill himself and the school still says he has to come in'],
    ['possible', "I can't do this anymore, the school keeps saying no to everything we ask for him"],
  ])('is never kept when the crisis screen fired (%s)', async (_tier, text) => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const r = await app.send(text);
    expect(keys(r)[0]).toMatch(/^safety\./);
    expect(app.store.listNotes('parent-a')).toEqual([]);
    await app.send(command('resume'));
    expect(app.store.listNotes('parent-a')).toEqual([]);
  });
});
