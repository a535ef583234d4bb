/**
 * Each question is recorded as about the child of the dialogue that asks it (review21 R9): the
 * menu and a dialogue about no child carry none, a child's own question only that child, never
 * the union of every child the turn touched (so erasing one child does not take the record of a
 * question about another, or about no one). By the question replies' `caseIds` and keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { choice, command, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const tagged = (r: Reply[]) => {
  const q = lastQuestion(r);
  return [q.key, q.caseIds ?? []] as const;
};

async function twoChildren(): Promise<{ bean: number; ivy: number }> {
  app = makeTestApp();
  await app.send(command('resume'));
  const at = app.clock.now().toISOString();
  app.store.ensureUser('parent-a', at);
  return { bean: app.store.openCase('parent-a', 'Bean', at).id, ivy: app.store.openCase('parent-a', 'Ivy', at).id };
}

describe('a question carries the child of the dialogue that asked it (review21 R9)', () => {
  it("Bean's question carries Bean; the menu asked when Bean's log is put off carries no one", async () => {
    const { bean } = await twoChildren();
    expect(tagged(await app.send('log today'))).toEqual(['daily-log.ask-which-child', []]);
    expect(tagged(await app.send('Bean'))).toEqual(['daily-log.ask-attendance.today', [bean]]);
    expect(tagged(await app.send('not now'))).toEqual(['home.menu', []]);
  });

  it("from Bean's last question to Ivy's log in one turn: Ivy's question carries Ivy alone", async () => {
    const { bean, ivy } = await twoChildren();
    await app.send('log today');
    let r = await app.send('Bean');
    for (const id of ['full', 'd:3', 'nothing', 'nothing-tried', 'skip']) r = await app.send(choice(id));
    expect(tagged(r)).toEqual(['daily-log.ask-sibling', [bean]]);
    expect(tagged(await app.send(choice('yes')))).toEqual(['daily-log.ask-attendance.today', [ivy]]);
  });
});
