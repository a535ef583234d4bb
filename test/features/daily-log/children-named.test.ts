/**
 * The child a message names, read one way for the daily log's summary and chart (`scopeOf`) and
 * for a day told at the menu (`logTold`): `childrenNamedIn`, by word boundaries. A nickname next to
 * punctuation counts ("JJ,", "(Sam)", "Rosie's"); one inside a longer word does not ("Samuel",
 * "same"). Before tidy14 the summary looked between spaces only and the told day split words on
 * punctuation but kept apostrophes, so each missed what the other found.
 */
import { describe, expect, it } from 'vitest';
import { childrenNamedIn } from '../../../src/features/daily-log/children-named.js';
import type { CaseRow } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp, pick, question, tellTriage, type CaseApp } from '../case-file/support.js';

const row = (id: number, nickname: string): CaseRow => ({ id, userId: 'p', nickname, createdAt: '2026-01-01T00:00:00Z', disclaimerShown: true });
const CASES = [row(1, 'Sam'), row(2, 'JJ'), row(3, 'Mary Ann'), row(4, 'Rosie')];
const named = (text: string) => childrenNamedIn(CASES, text).map((c) => c.nickname);

describe('childrenNamedIn', () => {
  it('finds a nickname next to punctuation, in any case', () => {
    expect(named('summary JJ, last 2 weeks')).toEqual(['JJ']);
    expect(named('chart (Sam)')).toEqual(['Sam']);
    expect(named("Rosie's day: in at 10, home at 12")).toEqual(['Rosie']);
    expect(named('jj went in at 10')).toEqual(['JJ']);
    expect(named('summary for sam.')).toEqual(['Sam']);
  });

  it('never inside a longer word', () => {
    expect(named('Samuel went in at 10')).toEqual([]);
    expect(named('the same as yesterday')).toEqual([]);
    expect(named('JJs')).toEqual([]);
  });

  it('a nickname of two words, as it is written', () => {
    expect(named('Mary Ann went in at 10')).toEqual(['Mary Ann']);
    expect(named('mary  ann, a good day')).toEqual(['Mary Ann']);
    expect(named('Mary went in')).toEqual([]);
  });

  it('every child named, in the order they are named', () => {
    expect(named('Rosie and Sam both went in')).toEqual(['Rosie', 'Sam']);
  });
});

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

const textOf = (r: Reply[], key: string) => r.filter((x) => x.key === key).map((x) => ('text' in x ? x.text : '')).join(' ');

describe('the child a message names, in the daily log', () => {
  it('the summary for "Rosie," is Rosie\'s, though Alfie was logged last', async () => {
    const a = await family(['Rosie', 'Alfie']);
    let r = await a.send(cmd('log'));
    const alfie = question(r).choices.find((c) => c.label === 'Alfie');
    r = await a.send(pick(alfie?.id ?? ''));
    for (const id of ['full', 'd:3', 'nothing', 'nothing-tried', 'skip']) r = await a.send(pick(id));
    await a.send(cmd('restart'));
    r = await a.send(cmd('summary', 'Rosie, last 2 weeks'));
    expect(keysOf(r)).toContain('summary.empty');
    expect(keysOf(r)).not.toContain('summary.text');
  });

  it('a day told naming "Rosie\'s" maths is offered for Rosie', async () => {
    const a = await family(['Rosie', 'Alfie']);
    const r = await a.send("she went in at 10 and came home at 12, Rosie's maths was the worst of it");
    expect(question(r).key).toBe('daily-log.ask-told.named');
    expect(textOf(r, 'daily-log.ask-told.named')).toContain('Rosie');
  });
});
