/**
 * The tenth walk's C-L2: a photo or a PDF of the school's letter sent in a DM got no answer at all
 * on Slack (a `file_share` message was skipped like an edit) and "That came through empty" on
 * Discord. A message that carried a file the bot cannot read is its own kind of turn: the words
 * beside it are screened (a crisis is never missed), never kept (a caption like "this is what
 * they sent" is not the school's words), and the parent is asked to type or paste what it says,
 * then the question they were on comes again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('a message that carried a file', () => {
  it('asks for the words, keeps nothing, and asks the question again', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    const asked = lastQuestion(await app.send('Bean'));
    const r = await app.send({ kind: 'file', text: 'this is what they sent' });
    expect(keys(r)).toEqual(['input.file', asked.key]);
    expect(app.store.listNotes('parent-a').map((n) => n.text)).not.toContain('this is what they sent');
  });

  it('at the menu: the same, then the menu', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    const r = await app.send({ kind: 'file', text: '' });
    expect(keys(r)[0]).toBe('input.file');
    expect(lastQuestion(r).key).toBe('home.menu');
  });

  it('screens the words beside the file: a crisis gets the crisis reply', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    const r = await app.send({ kind: 'file', text: 'she wrote a goodbye note last night and I found pills in her room' });
    expect(keys(r)[0]).toMatch(/^safety\.crisis\./);
  });

  it('in a shared channel: the public answer, as for any message', async () => {
    app = makeTestApp();
    const r = await app.send({ kind: 'file', text: 'our school letter' }, { where: 'public' });
    expect(keys(r)).toEqual(['public.general', 'public.offer-dm']);
  });

  // The review (finding 11): an email pasted beside a photo was thrown away, and the parent asked
  // to paste it again. Words enough to be a message are read as one; the file is said to be unread.
  it('long words beside the file are read as the message, with a line that the file was not opened', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    await app.send('Bean');
    const r = await app.send({ kind: 'file', text: 'A later start at 10 for the next four weeks, and a quiet room to go to when he arrives' });
    expect(keys(r)[0]).toBe('input.file-beside');
    expect(app.store.listNotes('parent-a').map((n) => n.text)).toContain('A later start at 10 for the next four weeks, and a quiet room to go to when he arrives');
  });

  // Review7 (finding 1): a caption of 13 words about the photo was read as a message at the menu,
  // and filed as what the school said.
  it('a caption about the file, however long, is not read as a message', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    const r = await app.send({ kind: 'file', text: 'Here is a photo of the letter the school sent home with him today' });
    expect(keys(r)[0]).toBe('input.file');
    expect(app.store.listNotes('parent-a')).toEqual([]);
  });
});

