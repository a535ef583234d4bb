/**
 * review19 R2: words typed with "Yes, erase Alfie's notes, …" were kept in the open child's
 * (Rosie's) notes and outlived Alfie's erase, and the turn said "I've kept the rest…" right
 * before "erased". Words typed with the erase's buttons are about the child it asks about: with
 * yes they go with that child; with no (or a copy first) they are kept in that child's notes,
 * never another's. At "forget me", nothing typed with yes is kept. By notes and keys.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, question, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

/** Alfie first, then Rosie: Rosie's is the open case when Alfie's erase is asked for. */
async function alfieThenRosie(): Promise<CaseApp> {
  const a = app();
  for (const nickname of ['Alfie', 'Rosie']) {
    await tellTriage(a, { nickname, request: 'a later start at 10', statement: 'We need more evidence first.', who: 'Mr Hill' });
    await a.send(cmd('restart'));
  }
  return a;
}

const caseOf = (a: CaseApp, nickname: string) => a.store.listCases('parent-a').find((c) => c.nickname === nickname)?.id;

describe('words typed with the erase\'s buttons (review19 R2)', () => {
  it('"Yes, erase Alfie\'s notes, he has gone to live with his dad…": nothing of it is left in Rosie\'s notes, and nothing said kept', async () => {
    const a = await alfieThenRosie();
    expect(question(await a.send("delete Alfie's data")).key).toBe('case-file.forget-child.confirm');
    const r = await a.send("Yes, erase Alfie's notes, he has gone to live with his dad in Leeds now");
    expect(keysOf(r)).not.toContain('engine.added-kept');
    expect(a.store.listNotes('parent-a').filter((n) => /Leeds/.test(n.text))).toEqual([]);
  });

  it('"No, keep them, he might come back after Easter": kept in Alfie\'s notes, not Rosie\'s', async () => {
    const a = await alfieThenRosie();
    await a.send("delete Alfie's data");
    await a.send('No, keep them, he might come back after Easter');
    const kept = a.store.listNotes('parent-a').filter((n) => /Easter/.test(n.text));
    expect(kept.map((n) => n.caseId)).toEqual([caseOf(a, 'Alfie')]);
    expect(a.store.listCases('parent-a')).toHaveLength(2);
  });

  it('"Yes, erase everything, we are done with all this" at "forget me" keeps nothing and says nothing kept', async () => {
    const a = await alfieThenRosie();
    await a.send('forget me');
    const r = await a.send('Yes, erase everything, we have moved away from all this');
    expect(keysOf(r)).not.toContain('engine.added-kept');
  });
});
