/**
 * The twelfth walk (W12-2): two children, only Alfie's school replied; Rosie's follow-up reminder
 * said to type "letter follow-up", and the follow-up letter drafted was Alfie's (the open case),
 * to the school that had just answered. The follow-up letter is about a child whose letter is
 * waiting: the only one waiting, else the parent is asked which (only those waiting offered).
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, makeCaseApp, pick, question, sendLetterFor, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();
const USER = 'parent-a';

const sendFor = (a: CaseApp, nickname: string, request: string) => sendLetterFor(a, nickname, request);

/** Two children, a letter sent for each (Rosie's first; Alfie's case is the open one). */
async function twoLetters(): Promise<{ a: CaseApp; rosie: number; alfie: number }> {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  await sendFor(a, 'Rosie', 'A later start at 10');
  await sendFor(a, 'Alfie', 'The library at lunchtime');
  const cases = a.store.listCases(USER);
  const id = (n: string) => cases.find((c) => c.nickname === n)?.id ?? -1;
  return { a, rosie: id('Rosie'), alfie: id('Alfie') };
}

const draftsFor = (a: CaseApp, caseId: number) => a.store.listNotes(USER).filter((n) => n.kind === 'draft' && n.caseId === caseId && /follow/i.test(n.topic));

describe('"letter follow-up" in a family of two children', () => {
  it("drafts the follow-up for the child whose letter is waiting, not the open child whose school replied", async () => {
    const { a, rosie, alfie } = await twoLetters();
    let r = await a.send(cmd('replied', 'Mr Hill says Alfie can use the library from Monday'));
    const alfieChoice = question(r).choices.find((c) => c.label === 'Alfie');
    await a.send(pick(alfieChoice?.id ?? ''));
    await a.send(pick('keep'));
    await a.send(cmd('restart'));
    const alfieDrafts = draftsFor(a, alfie).length;
    r = await a.send('letter follow-up');
    expect(r.map((x) => x.key)).toContain('letter.follow-up');
    await a.send(pick('keep'));
    expect(draftsFor(a, rosie)).toHaveLength(1);
    expect(draftsFor(a, alfie)).toHaveLength(alfieDrafts);
  });

  it('with both letters waiting, asks which child (the waiting ones), then drafts that one', async () => {
    const { a, rosie, alfie } = await twoLetters();
    await a.send(cmd('restart'));
    let r = await a.send('letter follow-up');
    const q = question(r);
    expect(q.key).toBe('which-child.ask');
    expect(q.choices.map((c) => c.label)).toEqual(['Rosie', 'Alfie']);
    r = await a.send(pick(q.choices[0]?.id ?? ''));
    expect(r.map((x) => x.key)).toContain('letter.follow-up');
    await a.send(pick('keep'));
    expect(draftsFor(a, rosie)).toHaveLength(1);
    expect(draftsFor(a, alfie)).toHaveLength(0);
  });
});
