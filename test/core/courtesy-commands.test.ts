/**
 * Commands typed the way a tired parent types them (the sixth walk): "help me", "menu please",
 * "show me my notes please", "can I see my notes", "start again". They had got the menu's nudge,
 * or started a case whose first note was "show me my notes please", or named a child "start
 * again". A "please", "can I" or "could you" around a command's words now runs the command.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function atNickname(a: TestApp) {
  await a.send(command('resume'));
  return lastQuestion(await a.send(choice('new-no')));
}

describe('commands typed with courtesy words', () => {
  it.each(['help me', 'help me please', 'can you help?', 'Please help', 'I need help'])('"%s" shows the help and asks the question again', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    const asked = await atNickname(app);
    const r = await app.send(words);
    expect(keys(r)).toEqual(['help.text', asked.key]);
    expect(app.store.listCases('parent-a')).toEqual([]);
  });

  it.each(['menu please', 'main menu please', 'back to the menu', 'start again', 'Start over please', 'please stop'])('"%s" goes to the menu, no child named', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await atNickname(app);
    const r = await app.send(words);
    expect(keys(r)).not.toContain('home.nudge');
    expect(lastQuestion(r).key).toMatch(/^home\.menu/);
    expect(app.store.listCases('parent-a')).toEqual([]);
  });

  it.each(['show me my notes please', 'can I see my notes', 'could you show me my notes?', 'notes please'])('"%s" shows the notes and keeps nothing', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    const r = await app.send(words);
    expect(keys(r)[0]).toBe('notes.empty');
    expect(app.store.listNotes('parent-a')).toEqual([]);
    expect(app.store.listCases('parent-a')).toEqual([]);
  });

  it('words around a command that are an answer stay an answer', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await atNickname(app);
    await app.send('Bean');
    const r = await app.send('Please help him with the mornings, a quiet start');
    expect(keys(r)).not.toContain('help.text');
    expect(lastQuestion(r).key).toBe('triage.ask-statement');
  });
});
