/**
 * A day logged as off ill or another authorised absence is noted as such in the case notes, never
 * "didn't go in" (fifteenth walk, W15-11): by the button, and by "yes" when a note speaks of
 * illness. A day not in school stays "didn't go in". By the note's words as stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { choice, command, makeTestApp, type TestApp } from '../../support/builders.js';

const content = loadContent();
let app: TestApp;
afterEach(() => app?.cleanup());

const dayNote = () => app.store.listNotes('parent-a').filter((n) => n.topic === 'daily-log.saved').map((n) => n.text);

async function logToday(): Promise<void> {
  app = makeTestApp();
  await app.send(command('resume'));
  await app.send('log today');
  await app.send('JJ');
}

describe('the case note of a day off ill (W15-11)', () => {
  it('"Off ill, or another authorised absence": noted as off ill', async () => {
    await logToday();
    await app.send(choice('ill'));
    await app.send(choice('skip'));
    expect(dayNote()).toEqual([content.render('daily-log.part.excused')]);
  });

  it('"didn\'t go in" with a note of illness, then yes: noted as off ill', async () => {
    await logToday();
    for (const id of ['absent', 'd:2', 't:physical', 'done', 'nothing-tried']) await app.send(choice(id));
    await app.send('temperature 38.4, proper poorly, nothing to do with school today');
    await app.send(choice('ill'));
    expect(dayNote()).toEqual([content.render('daily-log.part.excused')]);
  });

  it('a day not in school is still "didn\'t go in"', async () => {
    await logToday();
    for (const id of ['absent', 'd:6', 'nothing', 'nothing-tried', 'skip']) await app.send(choice(id));
    expect(dayNote()).toEqual([content.render('daily-log.part.absent')]);
  });
});
