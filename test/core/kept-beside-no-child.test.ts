/**
 * review21 R2: words kept beside a question about no one child (the check-in set-up, which child,
 * the erase's confirmation) went into the notes of whichever child was open last, and that
 * child's erase took them. They are kept by the rule that says which child a turn is about
 * (`childOfDialogue`): at such a question, with no child (General notes); at a child's own
 * question, with that child. By notes' rows and keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function beanAndIvyAtCheckinZone(): Promise<{ bean: number; ivy: number }> {
  app = makeTestApp();
  await app.send(command('resume'));
  const at = app.clock.now().toISOString();
  app.store.ensureUser('parent-a', at);
  const bean = app.store.openCase('parent-a', 'Bean', at).id;
  const ivy = app.store.openCase('parent-a', 'Ivy', at).id;
  await app.send('log today');
  await app.send('Bean');
  await app.send('not now');
  const r = await app.send('remind me at 7:30 on school days');
  expect(lastQuestion(r).key).toBe('checkin.ask-zone');
  return { bean, ivy };
}

describe('words kept beside a question about no one child (review21 R2)', () => {
  it('a return at the check-in set-up keeps its words with no child, and Bean\'s erase leaves them', async () => {
    await beanAndIvyAtCheckinZone();
    await app.send("sorry I've been away, Ivy had her tonsils out on monday");
    const kept = app.store.listNotes('parent-a').filter((n) => n.text.includes('tonsils'));
    expect(kept.map((n) => n.caseId)).toEqual([null]);
    const r = await app.send(command('forget', 'Bean'));
    await app.send(choice(lastQuestion(r).choices[0]!.id));
    expect(app.store.listCases('parent-a').map((c) => c.nickname)).toEqual(['Ivy']);
    expect(app.store.listNotes('parent-a').filter((n) => n.text.includes('tonsils'))).toHaveLength(1);
  });
});
