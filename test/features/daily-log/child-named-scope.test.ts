/**
 * review12 on the summary and chart's child (`scopeOf`, `childrenNamedIn`): the longest nickname
 * named at a place wins ("Mary Kate" over "Mary"); apostrophes are straightened and accents set
 * aside on both sides ("D’Arcy", a decomposed "Zoë" for "Zoe"); and words that name no child
 * never fall back to another child's days: the parent is asked which child. Never one child's
 * data for another. By keys and the nickname the summary is for.
 */
import { describe, expect, it } from 'vitest';
import { childrenNamedIn } from '../../../src/features/daily-log/children-named.js';
import type { CaseRow } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp, type CaseApp } from '../case-file/support.js';

const row = (id: number, nickname: string): CaseRow => ({ id, userId: 'p', nickname, createdAt: '2026-01-01T00:00:00Z', disclaimerShown: true });
const named = (names: string[], text: string) => childrenNamedIn(names.map((n, i) => row(i + 1, n)), text).map((c) => c.nickname);

describe('childrenNamedIn: one reading', () => {
  it('the longest nickname named at a place wins', () => {
    expect(named(['Mary', 'Mary Kate'], 'summary Mary Kate')).toEqual(['Mary Kate']);
    expect(named(['Mary Kate', 'Mary'], 'Mary Kate, last 2 weeks')).toEqual(['Mary Kate']);
    expect(named(['Mary', 'Mary Kate'], 'Mary, last 2 weeks')).toEqual(['Mary']);
    expect(named(['Mary', 'Mary Kate'], 'Mary Kate and Mary')).toEqual(['Mary Kate', 'Mary']);
  });

  it('apostrophes straightened and accents set aside, on both sides', () => {
    expect(named(["D'Arcy", 'Sam'], 'summary D’Arcy')).toEqual(["D'Arcy"]);
    expect(named(['D’Arcy', 'Sam'], "summary d'arcy")).toEqual(['D’Arcy']);
    expect(named(['Zoe', 'Sam'], 'summary Zo\u0065\u0308')).toEqual(['Zoe']);
    expect(named(['Zo\u00eb', 'Sam'], 'summary zoe')).toEqual(['Zo\u00eb']);
    expect(named(['Zo\u0065\u0308', 'Sam'], 'summary Zo\u00eb')).toEqual(['Zo\u0065\u0308']);
  });
});

const cleanups = cleanupsAfterEach();

/** A family whose children each have one day logged, the last of them logged last. */
async function family(names: string[]): Promise<CaseApp> {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  await a.send(cmd('resume'));
  const at = '2027-01-08T10:00:00.000Z';
  names.forEach((n, i) => {
    const c = a.store.openCase('parent-a', n, at);
    a.store.logs.startEntry('parent-a', c.id, `2027-01-0${4 + i}`, i === 0 ? 'absent' : 'full', at);
  });
  return a;
}
const summaryFor = (r: Reply[]) => r.filter((x) => x.key === 'summary.text').map((x) => ('text' in x ? x.text : '')).join(' ');

describe('the summary for the child named', () => {
  it('"summary Mary Kate" is Mary Kate\'s, not Mary\'s', async () => {
    const a = await family(['Mary', 'Mary Kate']);
    expect(summaryFor(await a.send(cmd('summary', 'Mary Kate')))).toContain('Mary Kate');
    const mary = summaryFor(await a.send(cmd('summary', 'Mary')));
    expect(mary).toContain('Mary');
    expect(mary).not.toContain('Mary Kate');
  });

  it('"summary D’Arcy" is D\'Arcy\'s', async () => {
    const a = await family(["D'Arcy", 'Sam']);
    const r = summaryFor(await a.send(cmd('summary', 'D’Arcy')));
    expect(r).toContain("D'Arcy");
    expect(r).not.toContain('Sam');
  });

  it('a name that is no child\'s is asked about, never another child\'s summary', async () => {
    const a = await family(['Zoe', 'Sam']);
    for (const args of ['Bob', 'Bob last 2 weeks']) {
      const r = await a.send(cmd('summary', args));
      expect(keysOf(r)).toContain('summary.which-child');
      expect(keysOf(r)).not.toContain('summary.text');
    }
    const chart = await a.send(cmd('chart', 'Bob'));
    expect(keysOf(chart)).toContain('chart.which-child');
    expect(chart.some((x) => x.type === 'image' || x.type === 'document')).toBe(false);
  });

  it('with no name, or only a range or a please, the summary is as before (the child logged last)', async () => {
    const a = await family(['Zoe', 'Sam']);
    expect(summaryFor(await a.send(cmd('summary', '')))).toContain('Sam');
    expect(summaryFor(await a.send(cmd('summary', 'for my child please')))).toContain('Sam');
    expect(keysOf(await a.send(cmd('summary', 'last 2 weeks')))).not.toContain('summary.which-child');
    expect(summaryFor(await a.send(cmd('summary', 'Zo\u0065\u0308')))).toContain('Zoe');
  });
});
