/**
 * situations16 item 5: "summary Sam" typed without the slash is the summary for Sam, as "/summary
 * Sam" is; "chart Zoe last 2 weeks" the same. A sentence that starts with the same word and names
 * no child ("summary of the meeting: they said no") is never read as the command. By keys.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();

/** Zoe and Sam, each with a day logged, Sam's last. */
async function family(): Promise<CaseApp> {
  const a = app();
  await a.send(cmd('resume'));
  const at = '2027-01-08T10:00:00.000Z';
  ['Zoe', 'Sam'].forEach((n, i) => {
    const c = a.store.openCase('parent-a', n, at);
    a.store.logs.startEntry('parent-a', c.id, `2027-01-0${4 + i}`, i === 0 ? 'absent' : 'full', at);
  });
  return a;
}
const summaryFor = (r: Reply[]) => r.filter((x) => x.key === 'summary.text').map((x) => ('text' in x ? x.text : '')).join(' ');

describe('a bare command with a child named (situations16)', () => {
  it('"summary Zoe" is Zoe\'s summary, as "/summary Zoe" is', async () => {
    const a = await family();
    const r = summaryFor(await a.send('summary Zoe'));
    expect(r).toContain('Zoe');
    expect(r).not.toContain('Sam');
    expect(summaryFor(await a.send('show me the summary for Zoe please'))).toContain('Zoe');
    // A range with it: the summary for those days (empty here: the days logged are older).
    expect(keysOf(await a.send('summary Zoe last 2 weeks')).some((k) => k === 'summary.text' || k === 'summary.empty')).toBe(true);
  });

  it('"chart Zoe" is Zoe\'s chart', async () => {
    const a = await family();
    const r = await a.send('chart Zoe');
    expect(keysOf(r).some((k) => k.startsWith('chart.'))).toBe(true);
    expect(keysOf(r)).not.toContain('chart.which-child');
  });

  it('"summary last 2 weeks" is the summary too', async () => {
    const a = await family();
    const k = keysOf(await a.send('summary last 2 weeks'));
    expect(k.some((x) => x === 'summary.text' || x === 'summary.empty')).toBe(true);
    expect(k).not.toContain('summary.which-child');
  });

  it('a sentence starting "summary" that names no child is not the command', async () => {
    const a = await family();
    for (const words of ['summary of the meeting: they said no', 'summary of what the head said', 'chart the school sent home']) {
      const r = await a.send(words);
      expect(keysOf(r)).not.toContain('summary.text');
      expect(keysOf(r)).not.toContain('summary.which-child');
      expect(keysOf(r)).not.toContain('chart.which-child');
      await a.send(cmd('menu'));
    }
  });
});
