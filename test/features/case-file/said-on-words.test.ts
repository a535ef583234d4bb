/**
 * The seventh walk: a US mother answered "12/1" at "When was this?" before her place was known,
 * so triage kept it in her words. Her letter said "December 1, 2026", but her notes and the
 * packet's timeline dated the school's words the day she typed them (3 December): two dates for
 * one statement, and the packet, the record a school reads, had the wrong one. Now the notes and
 * the packet read the kept words as the letter does, in the case's order of day and month.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gatherCaseFile } from '../../../src/features/case-file/evidence.js';
import { choice, command, FixedClock, fixedClassifier, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function said(a: TestApp, when: string, place: 'us' | 'england'): Promise<void> {
  const menu = await a.send(command('resume'));
  await a.send(choice('new-no', lastQuestion(menu).promptId));
  await a.send('Mateo');
  await a.send('A later start');
  await a.send('We need more documentation before we change anything.');
  await a.send('Ms Alvarez');
  await a.send(when);
  await a.send(choice('yes'));
  const r = await a.send(choice(place));
  if (lastQuestion(r).key === 'profile.ask-region') await a.send(choice('skip'));
  await a.send(choice('none'));
  await a.send('4th grade');
  await a.send(choice('he'));
}

const statementLine = (text: string) => text.split('\n').find((l) => l.includes('We need more documentation')) ?? '';

describe('a statement dated in words the letter can read', () => {
  it('"12/1" from a US parent is 1 December in the notes and the packet', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data'), clock: new FixedClock(new Date('2026-12-03T20:00:00Z')) });
    await said(app, '12/1', 'us');
    const notes = (await app.send(command('notes'))).map((r) => ('text' in r ? r.text : 'body' in r ? r.body : '')).join('\n');
    // In the family's date style (month first in the US), as the letter writes it (D-L4 of the seventh walk).
    expect(statementLine(notes)).toContain('December 1, 2026');
    const cf = gatherCaseFile(app.store, app.content, 'parent-a', app.clock.now());
    expect(statementLine(cf.timeline)).toContain('December 1, 2026');
  });

  it('"3/12" from a parent in England is 3 December; words naming no day keep the day noted', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data'), clock: new FixedClock(new Date('2026-12-07T19:00:00Z')) });
    await said(app, '3/12', 'england');
    expect(statementLine(gatherCaseFile(app.store, app.content, 'parent-a', app.clock.now()).timeline)).toContain('3 December 2026');
  });

  it('before the place is known, "12/1" could be either: the statement keeps the day it was noted', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data'), clock: new FixedClock(new Date('2026-12-03T20:00:00Z')) });
    const menu = await app.send(command('resume'));
    await app.send(choice('new-no', lastQuestion(menu).promptId));
    for (const t of ['Mateo', 'A later start', 'We need more documentation before we change anything.', 'Ms Alvarez', '12/1']) await app.send(t);
    await app.send(choice('yes'));
    expect(statementLine(gatherCaseFile(app.store, app.content, 'parent-a', app.clock.now()).timeline)).toContain('3 December 2026');
  });
});
