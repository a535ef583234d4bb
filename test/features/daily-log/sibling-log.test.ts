/**
 * The ninth walk's N-L3: in a family of two, a day logged for one child ended at the menu with
 * no word of the other's day. Now, when a brother or sister has no entry for that day yet, the
 * log offers theirs next ("Log Alfie's day too?"), and a yes goes straight to their first
 * question (no "which child?" again). Never for a single child, nor for one already logged.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp, pick, question, tellTriage, type CaseApp } from '../case-file/support.js';

const cleanups = cleanupsAfterEach();

async function family(names: string[]): Promise<CaseApp> {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  for (const nickname of names) {
    await tellTriage(a, { nickname, request: 'A later start at 10', statement: `We need more evidence before we change anything for ${nickname}.`, who: 'Mr Hill' });
    await a.send(cmd('restart'));
  }
  return a;
}

/** Answers a day's log from its attendance question to its end. */
async function logDay(a: CaseApp, first: Reply[]): Promise<Reply[]> {
  expect(question(first).key).toMatch(/^daily-log\.ask-attendance\./);
  let r = first;
  for (const id of ['full', 'd:3', 'nothing', 'nothing-tried', 'skip']) r = await a.send(pick(id));
  return r;
}

const childPick = (r: Reply[], name: string) => {
  const q = question(r);
  expect(q.key).toBe('daily-log.ask-which-child');
  const c = (q.type === 'question' ? q.choices : []).find((x) => x.label === name);
  expect(c, name).toBeDefined();
  return pick(c?.id ?? '');
};

describe("a brother's or sister's day, offered after one child's", () => {
  it('offers the other child, and a yes starts their log without asking which child', async () => {
    const a = await family(['Rosie', 'Alfie']);
    let r = await a.send(cmd('log'));
    r = await logDay(a, await a.send(childPick(r, 'Rosie')));
    const offer = question(r);
    expect(offer.key).toBe('daily-log.ask-sibling');
    expect(offer.type === 'question' && offer.text).toContain('Alfie');
    r = await a.send(pick('yes'));
    expect(keysOf(r)).not.toContain('daily-log.ask-which-child');
    r = await logDay(a, r);
    // Both logged: nothing more offered.
    expect(keysOf(r)).not.toContain('daily-log.ask-sibling');
    expect(question(r).key).toBe('home.menu');
    const cases = a.store.listCases('parent-a');
    expect(cases.map((c) => a.store.logs.loggedDates('parent-a', c.id).length)).toEqual([1, 1]);
  });

  it('"not now" ends at the menu, the other child not logged', async () => {
    const a = await family(['Rosie', 'Alfie']);
    let r = await a.send(cmd('log'));
    r = await logDay(a, await a.send(childPick(r, 'Alfie')));
    expect(question(r).key).toBe('daily-log.ask-sibling');
    r = await a.send(pick('not-now'));
    // A first log ends with the reminder tip; the offer does not swallow it (the second review).
    expect(keysOf(r)).toContain('daily-log.tip-reminder');
    expect(question(r).key).toBe('home.menu');
    const rosie = a.store.listCases('parent-a').find((c) => c.nickname === 'Rosie');
    expect(a.store.logs.loggedDates('parent-a', rosie?.id ?? -1)).toEqual([]);
  });

  it('with three children, offers the next one not logged yet', async () => {
    const a = await family(['Rosie', 'Alfie', 'Mia']);
    let r = await a.send(cmd('log'));
    r = await logDay(a, await a.send(childPick(r, 'Alfie')));
    expect(question(r).type === 'question' && question(r).text).toContain('Rosie');
    r = await logDay(a, await a.send(pick('yes')));
    expect(question(r).type === 'question' && question(r).text).toContain('Mia');
  });

  it('never for a single child', async () => {
    const a = await family(['Rosie']);
    const r = await logDay(a, await a.send(cmd('log')));
    expect(keysOf(r)).not.toContain('daily-log.ask-sibling');
  });
});
