/**
 * A command the bot does not have (a typo such as "/notse"): named back, with the nearest command
 * a parent can ask for when it is close, and the question they were on asked again; otherwise the
 * help. Flows by content keys; the words are checked by the content tests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nearestCommand } from '../../src/core/unknown-command.js';
import { command, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

const KNOWN = ['help', 'restart', 'notes', 'log', 'summary', 'chart', 'export', 'forget', 'say', 'profile', 'letter', 'sent', 'replied', 'checkin'];

describe('nearestCommand', () => {
  it.each([
    ['notse', 'notes'],
    ['nots', 'notes'],
    ['NOTES ', 'notes'],
    ['hlep', 'help'],
    ['sumary', 'summary'],
    ['exprot', 'export'],
    ['lgo', null],
    ['menu', null],
    ['sant', 'sent'],
    ['frobnicate', null],
    ['', null],
  ])('%s -> %s', (typed, expected) => {
    expect(nearestCommand(typed, KNOWN)).toBe(expected);
  });
});

describe('an unknown command in chat', () => {
  let app: TestApp;
  afterEach(() => app.cleanup());

  it('suggests the nearest command and asks the question the parent was on again', async () => {
    app = makeTestApp();
    const menu = lastQuestion(await app.send(command('resume')));
    const r = await app.send(command('notse'));
    expect(keys(r)[0]).toBe('engine.unknown-command.near');
    const first = r[0];
    expect(first && 'text' in first ? first.text : '').toContain('"notes"');
    expect(lastQuestion(r).key).toBe(menu.key);
    expect(keys(r)).not.toContain('help.text');
  });

  it('"/menu" goes back to the menu, as "/restart" does', async () => {
    app = makeTestApp();
    const menu = lastQuestion(await app.send(command('restart')));
    const r = await app.send(command('menu'));
    expect(keys(r)).not.toContain('engine.unknown-command');
    expect(lastQuestion(r).key).toBe(menu.key);
  });

  it('shows the help when nothing is close', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    const r = await app.send(command('frobnicate'));
    expect(keys(r).slice(0, 2)).toEqual(['engine.unknown-command', 'help.text']);
    expect(keys(r)).not.toContain('engine.bad-event');
  });
});
